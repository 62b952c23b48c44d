using System.Collections;
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// How the rows of one entity type (an aggregate root, or an element of an owned collection) are inserted: its table,
/// its columns with where each value comes from (its own properties, those of owned references split into the same
/// table, its owner's key) and its owned collections, each with its own plan. Built once per entity type from the EF
/// model; null for shapes it does not cover (then EF inserts them).
/// </summary>
internal sealed class AggregateInsertPlan
{
    private static readonly ConcurrentDictionary<IEntityType, AggregateInsertPlan?> s_plans = new();

    private AggregateInsertPlan(IEntityType type, string table, string? schema)
    {
        Type = type;
        Table = table;
        Schema = schema;
    }

    public IEntityType Type { get; }

    public string Table { get; }

    public string? Schema { get; }

    /// <summary>The store-generated key whose values are reserved before inserting (rows with owned rows under them).</summary>
    public IProperty? ReservedKey { get; private set; }

    public List<InsertColumn<InsertRow>> Columns { get; } = [];

    public List<(INavigation Navigation, AggregateInsertPlan Plan)> Children { get; } = [];

    /// <summary>The plan of <paramref name="type"/>, or null when its shape is not covered.</summary>
    public static AggregateInsertPlan? For(IEntityType type) => s_plans.GetOrAdd(type, t => TryBuild(t));

    private static AggregateInsertPlan? TryBuild(IEntityType type)
    {
        if (type.GetTableName() is not { } table || type.GetNavigations().Any(n => !n.TargetEntityType.IsOwned() || n.IsOnDependent))
        {
            return null;
        }

        var plan = new AggregateInsertPlan(type, table, type.GetSchema());
        var store = StoreObjectIdentifier.Table(table, plan.Schema);
        foreach (var navigation in type.GetNavigations().Where(n => n.IsCollection))
        {
            if (For(navigation.TargetEntityType) is not { } child)
            {
                return null;
            }

            plan.Children.Add((navigation, child));
        }

        var ownership = type.FindOwnership();
        var generatedKey = type.FindPrimaryKey() is { Properties: [{ ValueGenerated: not ValueGenerated.Never } key] } && ownership is not null ? key : null;
        if (generatedKey is not null && plan.Children.Count > 0)
        {
            plan.ReservedKey = generatedKey;
        }

        foreach (var property in type.GetProperties())
        {
            Func<InsertRow, object?> value;
            if (property == generatedKey)
            {
                if (plan.ReservedKey is null)
                {
                    continue;
                }

                value = row => row.ReservedId;
            }
            else if (ownership is not null && ownership.Properties.Contains(property))
            {
                var principal = ownership.PrincipalKey.Properties[ownership.Properties.ToList().IndexOf(property)];
                var parentKey = principal.IsShadowProperty() ? null : principal.GetGetter();
                value = row => parentKey is null ? row.Parent!.ReservedId : parentKey.GetClrValue(row.Parent!.Entity);
            }
            else if (property.IsShadowProperty())
            {
                return null;
            }
            else
            {
                var getter = property.GetGetter();
                value = row => getter.GetClrValue(row.Entity);
            }

            plan.Columns.Add(new InsertColumn<InsertRow>(property.GetColumnName(store)!, property.GetRelationalTypeMapping(), value));
        }

        // Owned references split into the same table (e.g. the provenance): their columns, their key being the row's.
        foreach (var navigation in type.GetNavigations().Where(n => !n.IsCollection))
        {
            var target = navigation.TargetEntityType;
            if (target.GetTableName() != table || target.GetNavigations().Any())
            {
                return null;
            }

            var owned = navigation.GetGetter();
            foreach (var property in target.GetProperties().Where(p => !p.IsPrimaryKey()))
            {
                if (property.IsShadowProperty())
                {
                    return null;
                }

                var getter = property.GetGetter();
                plan.Columns.Add(new InsertColumn<InsertRow>(property.GetColumnName(store)!, property.GetRelationalTypeMapping(), row =>
                    owned.GetClrValue(row.Entity) is { } value ? getter.GetClrValue(value) : null));
            }
        }

        return plan;
    }

    /// <summary>The elements of the owned collection <paramref name="navigation"/> of <paramref name="entity"/>.</summary>
    public static IEnumerable<object> Elements(INavigation navigation, object entity) =>
        navigation.GetGetter().GetClrValue(entity) is IEnumerable items ? items.Cast<object>() : [];
}
