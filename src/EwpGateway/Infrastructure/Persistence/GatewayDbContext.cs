using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// The gateway's database. One derived context per provider (<see cref="SqliteGatewayDbContext"/>,
/// <see cref="PostgresGatewayDbContext"/>) so each has its own migrations; the model is the same.
/// Value lists are owned collections in their own tables (queryable), never JSON blobs; collection rows have a
/// store-generated key so they come back in the order they were written.
/// </summary>
internal abstract class GatewayDbContext(DbContextOptions options) : DbContext(options)
{
    public abstract DatabaseProvider Provider { get; }

    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<Nomination> Nominations => Set<Nomination>();

    public DbSet<Transcript> Transcripts => Set<Transcript>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    public DbSet<SyncState> SyncStates => Set<SyncState>();

    public DbSet<PayloadIssue> PayloadIssues => Set<PayloadIssue>();

    public DbSet<PayloadSnapshot> PayloadSnapshots => Set<PayloadSnapshot>();

    public DbSet<Exchange> Exchanges => Set<Exchange>();

    public DbSet<PeerCertificate> PeerCertificates => Set<PeerCertificate>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<ProvenanceSource>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MobilityType>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AgreementContactRole>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<NominationDirection>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<NominationStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ChangeOperation>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OutboxKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<OutboxStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<InboxKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<InboxStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ExchangeDirection>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PeerCertificateRole>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ElmoSignatureStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<Institution>(e =>
        {
            Root(e);
            e.OwnsMany(x => x.Names, n => Texts(n, "InstitutionNames"));
            e.OwnsMany(x => x.OtherIds, o => Rows(o, "InstitutionOtherIds"));
            e.OwnsMany(x => x.OrganizationalUnits, u =>
            {
                Rows(u, "OrganizationalUnits");
                u.OwnsMany(x => x.Names, n => Texts(n, "OrganizationalUnitNames"));
            });
            e.OwnsMany(x => x.Contacts, c =>
            {
                Rows(c, "InstitutionContacts");
                c.OwnsMany(x => x.Names, n => Texts(n, "InstitutionContactNames"));
                c.OwnsMany(x => x.GivenNames, n => Texts(n, "InstitutionContactGivenNames"));
                c.OwnsMany(x => x.FamilyNames, n => Texts(n, "InstitutionContactFamilyNames"));
                c.OwnsMany(x => x.RoleDescriptions, n => Texts(n, "InstitutionContactRoleDescriptions"));
                c.OwnsMany(x => x.Phones, n => Rows(n, "InstitutionContactPhones"));
                c.OwnsMany(x => x.Emails, n => Rows(n, "InstitutionContactEmails"));
            });
        });

        modelBuilder.Entity<Agreement>(e =>
        {
            Root(e);
            e.OwnsMany(x => x.Partners, p => Rows(p, "AgreementPartners"));
            e.OwnsMany(x => x.CooperationConditions, c =>
            {
                Rows(c, "CooperationConditions");
                c.OwnsMany(x => x.SubjectAreas, s => Rows(s, "CooperationConditionSubjectAreas"));
                c.OwnsMany(x => x.EqfLevels, s => Rows(s, "CooperationConditionEqfLevels"));
                c.OwnsMany(x => x.RecommendedLanguageSkills, s => Rows(s, "CooperationConditionLanguageSkills"));
            });
            e.OwnsMany(x => x.Approvals, a => Rows(a, "AgreementApprovals"));
            e.OwnsMany(x => x.Contacts, c =>
            {
                Rows(c, "AgreementContacts");
                c.OwnsMany(x => x.Names, n => Texts(n, "AgreementContactNames"));
                c.OwnsMany(x => x.GivenNames, n => Texts(n, "AgreementContactGivenNames"));
                c.OwnsMany(x => x.FamilyNames, n => Texts(n, "AgreementContactFamilyNames"));
                c.OwnsMany(x => x.RoleDescriptions, n => Texts(n, "AgreementContactRoleDescriptions"));
                c.OwnsMany(x => x.Phones, n => Rows(n, "AgreementContactPhones"));
                c.OwnsMany(x => x.Emails, n => Rows(n, "AgreementContactEmails"));
            });
        });

        modelBuilder.Entity<Nomination>(e =>
        {
            Root(e);
            e.OwnsOne(x => x.Student);
            e.Navigation(x => x.Student).IsRequired();
            e.OwnsMany(x => x.StatusHistory, h => Rows(h, "NominationStatusChanges"));
            e.HasIndex(x => new { x.Direction, x.Status });
        });

        modelBuilder.Entity<Transcript>(e =>
        {
            Root(e);
            e.OwnsOne(x => x.Learner);
            e.Navigation(x => x.Learner).IsRequired();
            e.OwnsMany(x => x.Results, r =>
            {
                Rows(r, "TranscriptResults");
                r.OwnsMany(x => x.Titles, t => Texts(t, "TranscriptResultTitles"));
                r.OwnsMany(x => x.Identifiers, i => Rows(i, "TranscriptResultIdentifiers"));
                r.OwnsMany(x => x.ResultDistribution, c => Rows(c, "TranscriptResultCategories"));
                r.OwnsMany(x => x.OtherCredits, c => Rows(c, "TranscriptResultCredits"));
            });
            e.OwnsMany(x => x.Attachments, a => Rows(a, "TranscriptAttachments"));
            e.OwnsMany(x => x.LearnerIdentifiers, i => Rows(i, "TranscriptLearnerIdentifiers"));
            e.OwnsMany(x => x.IssuerIdentifiers, i => Rows(i, "TranscriptIssuerIdentifiers"));
            e.OwnsMany(x => x.IssuerTitles, t => Texts(t, "TranscriptIssuerTitles"));
            e.OwnsMany(x => x.GradingSchemes, g => Rows(g, "TranscriptGradingSchemes"));
            e.OwnsMany(x => x.GradeConversion, g => Rows(g, "TranscriptGradeFrequencies"));
            e.HasIndex(x => x.OmobilityId);
        });

        modelBuilder.Entity<ChangeLogEntry>(e =>
        {
            e.ToTable("ChangeLog");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.Property(x => x.AggregateType).HasMaxLength(64);
        });

        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("Outbox");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.PartnerHeiId).HasMaxLength(200);
            e.Property(x => x.ObjectId).HasMaxLength(200);
            e.Property(x => x.LeaseOwner).HasMaxLength(100);
            e.HasIndex(x => new { x.Status, x.NextAttemptAt });
            e.HasIndex(x => new { x.PartnerHeiId, x.Kind, x.ObjectId, x.Status });
        });

        modelBuilder.Entity<InboxMessage>(e =>
        {
            e.ToTable("Inbox");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.SenderHeiIds).HasMaxLength(2000);
            e.Property(x => x.SenderKeyId).HasMaxLength(64);
            e.Property(x => x.ObjectId).HasMaxLength(200);

            // At most one pending row per notifier and object: a burst of notifications becomes one fetch.
            e.HasIndex(x => new { x.Kind, x.SenderHeiIds, x.ObjectId }).IsUnique().HasFilter("\"Status\" = 'Pending'");
            e.Property(x => x.LeaseOwner).HasMaxLength(100);
            e.HasIndex(x => new { x.Status, x.LastReceivedAt });
        });

        modelBuilder.Entity<SyncState>(e =>
        {
            e.ToTable("SyncStates");
            e.HasKey(x => new { x.PartnerHeiId, x.Api });
            e.Property(x => x.PartnerHeiId).HasMaxLength(200);
            e.Property(x => x.Api).HasMaxLength(64);
            e.Property(x => x.ApiVersion).HasMaxLength(32);
            e.Property(x => x.LeaseOwner).HasMaxLength(100);
        });

        modelBuilder.Entity<PayloadIssue>(e =>
        {
            e.ToTable("PayloadIssues");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.PartnerHeiId).HasMaxLength(200);
            e.Property(x => x.Api).HasMaxLength(64);
            e.Property(x => x.Kind).HasMaxLength(64);
            e.Property(x => x.ObjectId).HasMaxLength(200);
            e.Property(x => x.Message).HasMaxLength(2000);

            // One row per partner, API, kind and object: repeats count, they do not pile up.
            e.HasIndex(x => new { x.PartnerHeiId, x.Api, x.Kind, x.ObjectId }).IsUnique();
        });

        modelBuilder.Entity<PeerCertificate>(e =>
        {
            e.ToTable("PeerCertificates");
            e.HasKey(x => x.Fingerprint);
            e.Property(x => x.Fingerprint).HasMaxLength(64);
            e.Property(x => x.HeiIds).HasMaxLength(2000);
            e.Property(x => x.Host).HasMaxLength(255);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.HasIndex(x => x.LastSeenAt);
        });

        modelBuilder.Entity<Exchange>(e =>
        {
            e.ToTable("Exchanges");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.PartnerHeiIds).HasMaxLength(2000);
            e.Property(x => x.Api).HasMaxLength(64);
            e.Property(x => x.Method).HasMaxLength(16);
            e.Property(x => x.Url).HasMaxLength(2000);
            e.Property(x => x.RequestId).HasMaxLength(64);
            e.Property(x => x.KeyId).HasMaxLength(64);
            e.Property(x => x.Error).HasMaxLength(2000);
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.Api, x.At });
        });

        modelBuilder.Entity<PayloadSnapshot>(e =>
        {
            e.ToTable("PayloadSnapshots");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.PartnerHeiId).HasMaxLength(200);
            e.Property(x => x.Api).HasMaxLength(64);
            e.Property(x => x.ObjectId).HasMaxLength(200);
            e.Property(x => x.AggregateId).HasMaxLength(200);
            e.Property(x => x.EwpVersion).HasMaxLength(32);
            e.Property(x => x.PayloadSha256).HasMaxLength(64);
            e.Property(x => x.IiaHash).HasMaxLength(64);
            e.Property(x => x.Reason).HasMaxLength(32);
            e.HasIndex(x => new { x.PartnerHeiId, x.Api, x.ObjectId });
        });

        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.HasKey(x => new { x.Operation, x.ClientKey });
            e.Property(x => x.Operation).HasMaxLength(64);
            e.Property(x => x.ClientKey).HasMaxLength(200);
            e.Property(x => x.RequestHash).HasMaxLength(64);
        });
    }

    private static void Root<T>(EntityTypeBuilder<T> e)
        where T : AggregateRoot
    {
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasMaxLength(200);
        e.Property(x => x.Version).IsConcurrencyToken();
        // Partner objects are found by the partner's own id when they arrive again.
        e.OwnsOne(x => x.Provenance, p => p.HasIndex(x => new { x.PartnerHeiId, x.PartnerObjectId }));
        e.Navigation(x => x.Provenance).IsRequired();
    }

    private static void Rows<TOwner, T>(OwnedNavigationBuilder<TOwner, T> b, string table)
        where TOwner : class
        where T : class
    {
        b.ToTable(table);
        b.Property<long>("RowId").ValueGeneratedOnAdd();
        b.HasKey("RowId");
    }

    private static void Texts<TOwner>(OwnedNavigationBuilder<TOwner, LocalizedText> b, string table)
        where TOwner : class
    {
        Rows(b, table);
        b.Property(x => x.Lang).HasMaxLength(35);
    }
}
