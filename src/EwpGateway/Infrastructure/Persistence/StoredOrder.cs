using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Reads an aggregate's owned collections in the order they were stored. A split query orders each collection's rows
/// only by the owner's key, so the rows of one owner come back in whatever order the database finds them: SQLite
/// happens to return them in insertion order, PostgreSQL does not once rows have been deleted and inserted (an IIA's
/// first partner, its conditions, its subject areas changed places). Every owned collection is a table keyed by a row id
/// given in insertion order (<see cref="AggregateInsert"/> reserves them in list order, EF inserts in tracking order), so
/// including each collection ordered by that key restores the order.
/// </summary>
internal static class StoredOrder
{
    private static readonly ConcurrentDictionary<IEntityType, Func<IQueryable, IQueryable>> Includes = new();

    private static readonly MethodInfo IncludeMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include) && m.GetGenericArguments().Length == 2);

    private static readonly MethodInfo[] ThenIncludeMethods = [.. typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Where(m => m.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude))];

    private static readonly MethodInfo OrderByMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.OrderBy) && m.GetParameters().Length == 2);

    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;

    /// <summary>
    /// How every aggregate is read: one query per owned collection (no cartesian product of an IIA's lists), each
    /// collection in stored order. Reading with <c>AsSplitQuery</c> alone loses that order on PostgreSQL.
    /// </summary>
    public static IQueryable<T> AsAggregate<T>(this IQueryable<T> query)
        where T : class => query.AsSplitQuery().InStoredOrder();

    /// <summary>The query with every owned collection of its entities (at any depth) included in stored order.</summary>
    public static IQueryable<T> InStoredOrder<T>(this IQueryable<T> query)
        where T : class
    {
        var root = FindRoot(query.Expression)
            ?? throw new InvalidOperationException($"The query of {typeof(T).Name} does not start from a DbSet.");
        return (IQueryable<T>)Includes.GetOrAdd(root, Build)(query);
    }

    private static IEntityType? FindRoot(Expression expression) => expression switch
    {
        EntityQueryRootExpression root => root.EntityType,
        MethodCallExpression call when call.Arguments.Count > 0 => FindRoot(call.Arguments[0]),
        _ => null,
    };

    /// <summary>
    /// The include calls for <paramref name="root"/>, built once: each is a generic method closed over its types and the
    /// lambda it takes, so that reading an aggregate only wraps the query's expression (building them per query, with
    /// reflection and new expression trees, took about 5 % of a reconciliation's CPU).
    /// </summary>
    private static Func<IQueryable, IQueryable> Build(IEntityType root)
    {
        var paths = new List<INavigation[]>();
        Collect(root, [], paths);
        var steps = paths.SelectMany(path => IncludeSteps(root.ClrType, path)).ToArray();
        return query =>
        {
            var expression = query.Expression;
            foreach (var (method, lambda) in steps)
            {
                expression = Expression.Call(method, expression, lambda);
            }

            return query.Provider.CreateQuery(expression);
        };
    }

    /// <summary>Every path from the root down to an owned collection (owned references on the way included plainly).</summary>
    private static void Collect(IEntityType type, INavigation[] prefix, List<INavigation[]> paths)
    {
        foreach (var navigation in type.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent))
        {
            INavigation[] path = [.. prefix, navigation];
            if (navigation.IsCollection)
            {
                paths.Add(path);
            }

            Collect(navigation.TargetEntityType, path, paths);
        }
    }

    /// <summary>
    /// <c>Include</c> of the path's first navigation, then a <c>ThenInclude</c> for each further one: each call as its closed
    /// method and its quoted lambda, as <c>Include</c> and <c>ThenInclude</c> themselves add them to a query.
    /// </summary>
    private static IEnumerable<(MethodInfo Method, UnaryExpression Lambda)> IncludeSteps(Type rootType, INavigation[] path)
    {
        bool? afterCollection = null;
        foreach (var navigation in path)
        {
            var lambda = Lambda(navigation);
            var method = afterCollection is { } collection
                ? ThenInclude(collection).MakeGenericMethod(rootType, navigation.DeclaringEntityType.ClrType, lambda.ReturnType)
                : IncludeMethod.MakeGenericMethod(rootType, lambda.ReturnType);
            yield return (method, Expression.Quote(lambda));
            afterCollection = navigation.IsCollection;
        }
    }

    /// <summary>The ThenInclude that follows a collection (its source's property is <c>IEnumerable&lt;T&gt;</c>) or a reference.</summary>
    private static MethodInfo ThenInclude(bool afterCollection) =>
        ThenIncludeMethods.Single(m => m.GetParameters()[0].ParameterType.GetGenericArguments()[1].IsGenericType == afterCollection);

    /// <summary><c>x =&gt; x.Collection.OrderBy(e =&gt; EF.Property&lt;long&gt;(e, key))</c>, or <c>x =&gt; x.Reference</c>.</summary>
    private static LambdaExpression Lambda(INavigation navigation)
    {
        var owner = Expression.Parameter(navigation.DeclaringEntityType.ClrType, "x");
        Expression member = Expression.MakeMemberAccess(owner, (MemberInfo?)navigation.PropertyInfo ?? navigation.FieldInfo!);
        if (navigation.IsCollection)
        {
            var element = navigation.TargetEntityType.ClrType;
            var key = navigation.TargetEntityType.FindPrimaryKey()!.Properties[^1];
            var row = Expression.Parameter(element, "e");
            var keyOf = Expression.Lambda(
                Expression.Call(PropertyMethod.MakeGenericMethod(key.ClrType), row, Expression.Constant(key.Name)), row);
            member = Expression.Call(OrderByMethod.MakeGenericMethod(element, key.ClrType), member, keyOf);
        }

        return Expression.Lambda(member, owner);
    }
}
