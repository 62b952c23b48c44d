using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EwpGateway.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InEffect = table.Column<bool>(type: "boolean", nullable: false),
                    TerminatedAsAWhole = table.Column<bool>(type: "boolean", nullable: false),
                    IiaHash = table.Column<string>(type: "text", nullable: true),
                    PdfFileId = table.Column<string>(type: "text", nullable: true),
                    TerminatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HashMismatch = table.Column<string>(type: "text", nullable: true),
                    HashComparedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TerminationReason = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Provenance_PartnerHeiId = table.Column<string>(type: "text", nullable: true),
                    Provenance_PartnerObjectId = table.Column<string>(type: "text", nullable: true),
                    Provenance_EwpVersion = table.Column<string>(type: "text", nullable: true),
                    Provenance_RawPayload = table.Column<byte[]>(type: "bytea", nullable: true),
                    Provenance_FirstSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChangeLog",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    AggregateType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AggregateId = table.Column<string>(type: "text", nullable: false),
                    Operation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeLog", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Exchanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Direction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PartnerHeiIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Api = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DurationMs = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ClockOffsetSeconds = table.Column<double>(type: "double precision", nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RequestBody = table.Column<byte[]>(type: "bytea", nullable: true),
                    ResponseBody = table.Column<byte[]>(type: "bytea", nullable: true),
                    BodiesTruncated = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exchanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Operation = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClientKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AggregateId = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.Operation, x.ClientKey });
                });

            migrationBuilder.CreateTable(
                name: "Inbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SenderHeiIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SenderKeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirstReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedCount = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Institutions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Abbreviation = table.Column<string>(type: "text", nullable: true),
                    WebsiteUrl = table.Column<string>(type: "text", nullable: true),
                    Country = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Provenance_PartnerHeiId = table.Column<string>(type: "text", nullable: true),
                    Provenance_PartnerObjectId = table.Column<string>(type: "text", nullable: true),
                    Provenance_EwpVersion = table.Column<string>(type: "text", nullable: true),
                    Provenance_RawPayload = table.Column<byte[]>(type: "bytea", nullable: true),
                    Provenance_FirstSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Nominations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Direction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Student_GivenNames = table.Column<string>(type: "text", nullable: false),
                    Student_FamilyName = table.Column<string>(type: "text", nullable: false),
                    Student_BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Student_Citizenship = table.Column<string>(type: "text", nullable: true),
                    Student_Gender = table.Column<int>(type: "integer", nullable: true),
                    Student_Email = table.Column<string>(type: "text", nullable: true),
                    Student_GlobalId = table.Column<string>(type: "text", nullable: true),
                    SendingHeiId = table.Column<string>(type: "text", nullable: false),
                    SendingOunitId = table.Column<string>(type: "text", nullable: true),
                    ReceivingHeiId = table.Column<string>(type: "text", nullable: false),
                    ReceivingOunitId = table.Column<string>(type: "text", nullable: true),
                    ReceivingAcademicYearId = table.Column<string>(type: "text", nullable: false),
                    PlannedArrivalDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedDepartureDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EqfLevel = table.Column<int>(type: "integer", nullable: true),
                    IscedFCode = table.Column<string>(type: "text", nullable: true),
                    MobilityType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SendingAcademicTermId = table.Column<string>(type: "text", nullable: true),
                    ActivityAttributes = table.Column<string>(type: "text", nullable: true),
                    IiaId = table.Column<string>(type: "text", nullable: true),
                    AgreementId = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CurrentProposalId = table.Column<string>(type: "text", nullable: true),
                    DecisionComment = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Provenance_PartnerHeiId = table.Column<string>(type: "text", nullable: true),
                    Provenance_PartnerObjectId = table.Column<string>(type: "text", nullable: true),
                    Provenance_EwpVersion = table.Column<string>(type: "text", nullable: true),
                    Provenance_RawPayload = table.Column<byte[]>(type: "bytea", nullable: true),
                    Provenance_FirstSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerHeiId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ObjectId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MergedCount = table.Column<int>(type: "integer", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayloadIssues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerHeiId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Api = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayloadIssues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayloadSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerHeiId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Api = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AggregateId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EwpVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PayloadSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IiaHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Payload = table.Column<byte[]>(type: "bytea", nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayloadSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeerCertificates",
                columns: table => new
                {
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HeiIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Host = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    NotBefore = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NotAfter = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerCertificates", x => x.Fingerprint);
                });

            migrationBuilder.CreateTable(
                name: "SyncStates",
                columns: table => new
                {
                    PartnerHeiId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Api = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApiVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastSuccessAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastFailureAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "integer", nullable: false),
                    ReconciledFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastDurationMs = table.Column<long>(type: "bigint", nullable: false),
                    LastListed = table.Column<int>(type: "integer", nullable: false),
                    LastStored = table.Column<int>(type: "integer", nullable: false),
                    LastRejected = table.Column<int>(type: "integer", nullable: false),
                    LastWithdrawn = table.Column<int>(type: "integer", nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FullSyncRequested = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncStates", x => new { x.PartnerHeiId, x.Api });
                });

            migrationBuilder.CreateTable(
                name: "Transcripts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OmobilityId = table.Column<string>(type: "text", nullable: false),
                    SendingHeiId = table.Column<string>(type: "text", nullable: false),
                    ReceivingHeiId = table.Column<string>(type: "text", nullable: false),
                    Learner_GivenNames = table.Column<string>(type: "text", nullable: false),
                    Learner_FamilyName = table.Column<string>(type: "text", nullable: false),
                    Learner_BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Learner_Citizenship = table.Column<string>(type: "text", nullable: true),
                    Learner_GlobalId = table.Column<string>(type: "text", nullable: true),
                    Learner_Email = table.Column<string>(type: "text", nullable: true),
                    IssueDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GeneratedDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IssuerCountry = table.Column<string>(type: "text", nullable: true),
                    IssuerUrl = table.Column<string>(type: "text", nullable: true),
                    ElmoSignature = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ElmoSignatureDetail = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Provenance_PartnerHeiId = table.Column<string>(type: "text", nullable: true),
                    Provenance_PartnerObjectId = table.Column<string>(type: "text", nullable: true),
                    Provenance_EwpVersion = table.Column<string>(type: "text", nullable: true),
                    Provenance_RawPayload = table.Column<byte[]>(type: "bytea", nullable: true),
                    Provenance_FirstSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transcripts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgreementApprovals",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HeiId = table.Column<string>(type: "text", nullable: false),
                    IiaHash = table.Column<string>(type: "text", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AgreementId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementApprovals", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementApprovals_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContacts",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PartnerHeiId = table.Column<string>(type: "text", nullable: true),
                    ConditionIndex = table.Column<int>(type: "integer", nullable: true),
                    Gender = table.Column<string>(type: "text", nullable: true),
                    AgreementId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContacts", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContacts_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementPartners",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HeiId = table.Column<string>(type: "text", nullable: false),
                    OunitId = table.Column<string>(type: "text", nullable: true),
                    IiaId = table.Column<string>(type: "text", nullable: true),
                    IiaCode = table.Column<string>(type: "text", nullable: true),
                    SigningContactGivenNames = table.Column<string>(type: "text", nullable: true),
                    SigningContactFamilyName = table.Column<string>(type: "text", nullable: true),
                    SigningContactEmail = table.Column<string>(type: "text", nullable: true),
                    SigningDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementPartners", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementPartners_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationConditions",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MobilityType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SendingHeiId = table.Column<string>(type: "text", nullable: false),
                    SendingOunitId = table.Column<string>(type: "text", nullable: true),
                    ReceivingHeiId = table.Column<string>(type: "text", nullable: false),
                    ReceivingOunitId = table.Column<string>(type: "text", nullable: true),
                    ReceivingFirstAcademicYearId = table.Column<string>(type: "text", nullable: false),
                    ReceivingLastAcademicYearId = table.Column<string>(type: "text", nullable: false),
                    MobilitiesPerYear = table.Column<int>(type: "integer", nullable: true),
                    MobilitiesPerYearNotYetDefined = table.Column<bool>(type: "boolean", nullable: false),
                    TotalMonthsPerYear = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    TotalDaysPerYear = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Blended = table.Column<bool>(type: "boolean", nullable: false),
                    OtherInfo = table.Column<string>(type: "text", nullable: true),
                    AgreementId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationConditions", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_CooperationConditions_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContacts",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OunitId = table.Column<string>(type: "text", nullable: true),
                    Gender = table.Column<string>(type: "text", nullable: true),
                    InstitutionId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContacts", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContacts_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Lang = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    InstitutionId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionNames_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionOtherIds",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    InstitutionId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionOtherIds", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionOtherIds_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationalUnits",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OunitId = table.Column<string>(type: "text", nullable: false),
                    OunitCode = table.Column<string>(type: "text", nullable: true),
                    ParentOunitId = table.Column<string>(type: "text", nullable: true),
                    WebsiteUrl = table.Column<string>(type: "text", nullable: true),
                    InstitutionId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationalUnits", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_OrganizationalUnits_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NominationStatusChanges",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    NominationId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationStatusChanges", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_NominationStatusChanges_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptAttachments",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "text", nullable: false),
                    MediaType = table.Column<string>(type: "text", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    TitleLang = table.Column<string>(type: "text", nullable: true),
                    Type = table.Column<string>(type: "text", nullable: true),
                    ContentUri = table.Column<string>(type: "text", nullable: true),
                    TranscriptId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptAttachments", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptAttachments_Transcripts_TranscriptId",
                        column: x => x.TranscriptId,
                        principalTable: "Transcripts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptGradeFrequencies",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IscedCode = table.Column<string>(type: "text", nullable: false),
                    Label = table.Column<string>(type: "text", nullable: false),
                    Percentage = table.Column<string>(type: "text", nullable: false),
                    TranscriptId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptGradeFrequencies", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptGradeFrequencies_Transcripts_TranscriptId",
                        column: x => x.TranscriptId,
                        principalTable: "Transcripts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptGradingSchemes",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LocalId = table.Column<string>(type: "text", nullable: false),
                    Lang = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: false),
                    TranscriptId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptGradingSchemes", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptGradingSchemes_Transcripts_TranscriptId",
                        column: x => x.TranscriptId,
                        principalTable: "Transcripts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptIssuerIdentifiers",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    TranscriptId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptIssuerIdentifiers", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptIssuerIdentifiers_Transcripts_TranscriptId",
                        column: x => x.TranscriptId,
                        principalTable: "Transcripts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptIssuerTitles",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Lang = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    TranscriptId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptIssuerTitles", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptIssuerTitles_Transcripts_TranscriptId",
                        column: x => x.TranscriptId,
                        principalTable: "Transcripts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptLearnerIdentifiers",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    TranscriptId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptLearnerIdentifiers", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptLearnerIdentifiers_Transcripts_TranscriptId",
                        column: x => x.TranscriptId,
                        principalTable: "Transcripts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptResults",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseCode = table.Column<string>(type: "text", nullable: true),
                    Title = table.Column<string>(type: "text", nullable: false),
                    EctsCredits = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Grade = table.Column<string>(type: "text", nullable: true),
                    GradingScheme = table.Column<string>(type: "text", nullable: true),
                    HomeGrade = table.Column<string>(type: "text", nullable: true),
                    AcademicTerm = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "text", nullable: true),
                    ResultDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LosType = table.Column<string>(type: "text", nullable: true),
                    IscedCode = table.Column<string>(type: "text", nullable: true),
                    Url = table.Column<string>(type: "text", nullable: true),
                    CreditLevel = table.Column<string>(type: "text", nullable: true),
                    GradingSchemeLocalId = table.Column<string>(type: "text", nullable: true),
                    TranscriptId = table.Column<string>(type: "character varying(200)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptResults", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptResults_Transcripts_TranscriptId",
                        column: x => x.TranscriptId,
                        principalTable: "Transcripts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContactEmails",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Address = table.Column<string>(type: "text", nullable: false),
                    AgreementContactRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContactEmails", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContactEmails_AgreementContacts_AgreementContactRo~",
                        column: x => x.AgreementContactRowId,
                        principalTable: "AgreementContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContactFamilyNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Lang = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    AgreementContactRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContactFamilyNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContactFamilyNames_AgreementContacts_AgreementCont~",
                        column: x => x.AgreementContactRowId,
                        principalTable: "AgreementContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContactGivenNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Lang = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    AgreementContactRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContactGivenNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContactGivenNames_AgreementContacts_AgreementConta~",
                        column: x => x.AgreementContactRowId,
                        principalTable: "AgreementContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContactNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Lang = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    AgreementContactRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContactNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContactNames_AgreementContacts_AgreementContactRow~",
                        column: x => x.AgreementContactRowId,
                        principalTable: "AgreementContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContactPhones",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IsFax = table.Column<bool>(type: "boolean", nullable: false),
                    E164 = table.Column<string>(type: "text", nullable: true),
                    Extension = table.Column<string>(type: "text", nullable: true),
                    OtherFormat = table.Column<string>(type: "text", nullable: true),
                    AgreementContactRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContactPhones", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContactPhones_AgreementContacts_AgreementContactRo~",
                        column: x => x.AgreementContactRowId,
                        principalTable: "AgreementContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContactRoleDescriptions",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Lang = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    AgreementContactRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContactRoleDescriptions", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContactRoleDescriptions_AgreementContacts_Agreemen~",
                        column: x => x.AgreementContactRowId,
                        principalTable: "AgreementContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationConditionEqfLevels",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    CooperationConditionRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationConditionEqfLevels", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_CooperationConditionEqfLevels_CooperationConditions_Coopera~",
                        column: x => x.CooperationConditionRowId,
                        principalTable: "CooperationConditions",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationConditionLanguageSkills",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Language = table.Column<string>(type: "text", nullable: false),
                    CefrLevel = table.Column<string>(type: "text", nullable: true),
                    IscedFCode = table.Column<string>(type: "text", nullable: true),
                    IscedV6Value = table.Column<string>(type: "text", nullable: true),
                    IscedClarification = table.Column<string>(type: "text", nullable: true),
                    NotYetDefined = table.Column<bool>(type: "boolean", nullable: false),
                    CooperationConditionRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationConditionLanguageSkills", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_CooperationConditionLanguageSkills_CooperationConditions_Co~",
                        column: x => x.CooperationConditionRowId,
                        principalTable: "CooperationConditions",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationConditionSubjectAreas",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IscedFCode = table.Column<string>(type: "text", nullable: false),
                    V6Value = table.Column<string>(type: "text", nullable: true),
                    IscedClarification = table.Column<string>(type: "text", nullable: true),
                    CooperationConditionRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationConditionSubjectAreas", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_CooperationConditionSubjectAreas_CooperationConditions_Coop~",
                        column: x => x.CooperationConditionRowId,
                        principalTable: "CooperationConditions",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContactEmails",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Address = table.Column<string>(type: "text", nullable: false),
                    InstitutionContactRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContactEmails", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContactEmails_InstitutionContacts_InstitutionCon~",
                        column: x => x.InstitutionContactRowId,
                        principalTable: "InstitutionContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContactFamilyNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Lang = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    InstitutionContactRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContactFamilyNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContactFamilyNames_InstitutionContacts_Instituti~",
                        column: x => x.InstitutionContactRowId,
                        principalTable: "InstitutionContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContactGivenNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Lang = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    InstitutionContactRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContactGivenNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContactGivenNames_InstitutionContacts_Institutio~",
                        column: x => x.InstitutionContactRowId,
                        principalTable: "InstitutionContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContactNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Lang = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    InstitutionContactRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContactNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContactNames_InstitutionContacts_InstitutionCont~",
                        column: x => x.InstitutionContactRowId,
                        principalTable: "InstitutionContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContactPhones",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IsFax = table.Column<bool>(type: "boolean", nullable: false),
                    E164 = table.Column<string>(type: "text", nullable: true),
                    Extension = table.Column<string>(type: "text", nullable: true),
                    OtherFormat = table.Column<string>(type: "text", nullable: true),
                    InstitutionContactRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContactPhones", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContactPhones_InstitutionContacts_InstitutionCon~",
                        column: x => x.InstitutionContactRowId,
                        principalTable: "InstitutionContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContactRoleDescriptions",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Lang = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    InstitutionContactRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContactRoleDescriptions", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContactRoleDescriptions_InstitutionContacts_Inst~",
                        column: x => x.InstitutionContactRowId,
                        principalTable: "InstitutionContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationalUnitNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Lang = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    OrganizationalUnitRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationalUnitNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_OrganizationalUnitNames_OrganizationalUnits_OrganizationalU~",
                        column: x => x.OrganizationalUnitRowId,
                        principalTable: "OrganizationalUnits",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptResultCategories",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Label = table.Column<string>(type: "text", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    TranscriptResultRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptResultCategories", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptResultCategories_TranscriptResults_TranscriptResu~",
                        column: x => x.TranscriptResultRowId,
                        principalTable: "TranscriptResults",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptResultCredits",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Scheme = table.Column<string>(type: "text", nullable: false),
                    Level = table.Column<string>(type: "text", nullable: true),
                    Value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    TranscriptResultRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptResultCredits", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptResultCredits_TranscriptResults_TranscriptResultR~",
                        column: x => x.TranscriptResultRowId,
                        principalTable: "TranscriptResults",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptResultIdentifiers",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    TranscriptResultRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptResultIdentifiers", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptResultIdentifiers_TranscriptResults_TranscriptRes~",
                        column: x => x.TranscriptResultRowId,
                        principalTable: "TranscriptResults",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptResultTitles",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Lang = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    TranscriptResultRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptResultTitles", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptResultTitles_TranscriptResults_TranscriptResultRo~",
                        column: x => x.TranscriptResultRowId,
                        principalTable: "TranscriptResults",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementApprovals_AgreementId",
                table: "AgreementApprovals",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementContactEmails_AgreementContactRowId",
                table: "AgreementContactEmails",
                column: "AgreementContactRowId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementContactFamilyNames_AgreementContactRowId",
                table: "AgreementContactFamilyNames",
                column: "AgreementContactRowId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementContactGivenNames_AgreementContactRowId",
                table: "AgreementContactGivenNames",
                column: "AgreementContactRowId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementContactNames_AgreementContactRowId",
                table: "AgreementContactNames",
                column: "AgreementContactRowId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementContactPhones_AgreementContactRowId",
                table: "AgreementContactPhones",
                column: "AgreementContactRowId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementContactRoleDescriptions_AgreementContactRowId",
                table: "AgreementContactRoleDescriptions",
                column: "AgreementContactRowId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementContacts_AgreementId",
                table: "AgreementContacts",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementPartners_AgreementId",
                table: "AgreementPartners",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Provenance_PartnerHeiId_Provenance_PartnerObject~",
                table: "Agreements",
                columns: new[] { "Provenance_PartnerHeiId", "Provenance_PartnerObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_CooperationConditionEqfLevels_CooperationConditionRowId",
                table: "CooperationConditionEqfLevels",
                column: "CooperationConditionRowId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationConditionLanguageSkills_CooperationConditionRowId",
                table: "CooperationConditionLanguageSkills",
                column: "CooperationConditionRowId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationConditions_AgreementId",
                table: "CooperationConditions",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationConditionSubjectAreas_CooperationConditionRowId",
                table: "CooperationConditionSubjectAreas",
                column: "CooperationConditionRowId");

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_Api_At",
                table: "Exchanges",
                columns: new[] { "Api", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_At",
                table: "Exchanges",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_Kind_SenderHeiIds_ObjectId",
                table: "Inbox",
                columns: new[] { "Kind", "SenderHeiIds", "ObjectId" },
                unique: true,
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_Status_LastReceivedAt",
                table: "Inbox",
                columns: new[] { "Status", "LastReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionContactEmails_InstitutionContactRowId",
                table: "InstitutionContactEmails",
                column: "InstitutionContactRowId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionContactFamilyNames_InstitutionContactRowId",
                table: "InstitutionContactFamilyNames",
                column: "InstitutionContactRowId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionContactGivenNames_InstitutionContactRowId",
                table: "InstitutionContactGivenNames",
                column: "InstitutionContactRowId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionContactNames_InstitutionContactRowId",
                table: "InstitutionContactNames",
                column: "InstitutionContactRowId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionContactPhones_InstitutionContactRowId",
                table: "InstitutionContactPhones",
                column: "InstitutionContactRowId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionContactRoleDescriptions_InstitutionContactRowId",
                table: "InstitutionContactRoleDescriptions",
                column: "InstitutionContactRowId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionContacts_InstitutionId",
                table: "InstitutionContacts",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionNames_InstitutionId",
                table: "InstitutionNames",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionOtherIds_InstitutionId",
                table: "InstitutionOtherIds",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_Provenance_PartnerHeiId_Provenance_PartnerObje~",
                table: "Institutions",
                columns: new[] { "Provenance_PartnerHeiId", "Provenance_PartnerObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_Direction_Status",
                table: "Nominations",
                columns: new[] { "Direction", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_Provenance_PartnerHeiId_Provenance_PartnerObjec~",
                table: "Nominations",
                columns: new[] { "Provenance_PartnerHeiId", "Provenance_PartnerObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_NominationStatusChanges_NominationId",
                table: "NominationStatusChanges",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationalUnitNames_OrganizationalUnitRowId",
                table: "OrganizationalUnitNames",
                column: "OrganizationalUnitRowId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationalUnits_InstitutionId",
                table: "OrganizationalUnits",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_PartnerHeiId_Kind_ObjectId_Status",
                table: "Outbox",
                columns: new[] { "PartnerHeiId", "Kind", "ObjectId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Status_NextAttemptAt",
                table: "Outbox",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PayloadIssues_PartnerHeiId_Api_Kind_ObjectId",
                table: "PayloadIssues",
                columns: new[] { "PartnerHeiId", "Api", "Kind", "ObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayloadSnapshots_PartnerHeiId_Api_ObjectId",
                table: "PayloadSnapshots",
                columns: new[] { "PartnerHeiId", "Api", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerCertificates_LastSeenAt",
                table: "PeerCertificates",
                column: "LastSeenAt");

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptAttachments_TranscriptId",
                table: "TranscriptAttachments",
                column: "TranscriptId");

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptGradeFrequencies_TranscriptId",
                table: "TranscriptGradeFrequencies",
                column: "TranscriptId");

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptGradingSchemes_TranscriptId",
                table: "TranscriptGradingSchemes",
                column: "TranscriptId");

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptIssuerIdentifiers_TranscriptId",
                table: "TranscriptIssuerIdentifiers",
                column: "TranscriptId");

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptIssuerTitles_TranscriptId",
                table: "TranscriptIssuerTitles",
                column: "TranscriptId");

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptLearnerIdentifiers_TranscriptId",
                table: "TranscriptLearnerIdentifiers",
                column: "TranscriptId");

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptResultCategories_TranscriptResultRowId",
                table: "TranscriptResultCategories",
                column: "TranscriptResultRowId");

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptResultCredits_TranscriptResultRowId",
                table: "TranscriptResultCredits",
                column: "TranscriptResultRowId");

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptResultIdentifiers_TranscriptResultRowId",
                table: "TranscriptResultIdentifiers",
                column: "TranscriptResultRowId");

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptResults_TranscriptId",
                table: "TranscriptResults",
                column: "TranscriptId");

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptResultTitles_TranscriptResultRowId",
                table: "TranscriptResultTitles",
                column: "TranscriptResultRowId");

            migrationBuilder.CreateIndex(
                name: "IX_Transcripts_OmobilityId",
                table: "Transcripts",
                column: "OmobilityId");

            migrationBuilder.CreateIndex(
                name: "IX_Transcripts_Provenance_PartnerHeiId_Provenance_PartnerObjec~",
                table: "Transcripts",
                columns: new[] { "Provenance_PartnerHeiId", "Provenance_PartnerObjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementApprovals");

            migrationBuilder.DropTable(
                name: "AgreementContactEmails");

            migrationBuilder.DropTable(
                name: "AgreementContactFamilyNames");

            migrationBuilder.DropTable(
                name: "AgreementContactGivenNames");

            migrationBuilder.DropTable(
                name: "AgreementContactNames");

            migrationBuilder.DropTable(
                name: "AgreementContactPhones");

            migrationBuilder.DropTable(
                name: "AgreementContactRoleDescriptions");

            migrationBuilder.DropTable(
                name: "AgreementPartners");

            migrationBuilder.DropTable(
                name: "ChangeLog");

            migrationBuilder.DropTable(
                name: "CooperationConditionEqfLevels");

            migrationBuilder.DropTable(
                name: "CooperationConditionLanguageSkills");

            migrationBuilder.DropTable(
                name: "CooperationConditionSubjectAreas");

            migrationBuilder.DropTable(
                name: "Exchanges");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "Inbox");

            migrationBuilder.DropTable(
                name: "InstitutionContactEmails");

            migrationBuilder.DropTable(
                name: "InstitutionContactFamilyNames");

            migrationBuilder.DropTable(
                name: "InstitutionContactGivenNames");

            migrationBuilder.DropTable(
                name: "InstitutionContactNames");

            migrationBuilder.DropTable(
                name: "InstitutionContactPhones");

            migrationBuilder.DropTable(
                name: "InstitutionContactRoleDescriptions");

            migrationBuilder.DropTable(
                name: "InstitutionNames");

            migrationBuilder.DropTable(
                name: "InstitutionOtherIds");

            migrationBuilder.DropTable(
                name: "NominationStatusChanges");

            migrationBuilder.DropTable(
                name: "OrganizationalUnitNames");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "PayloadIssues");

            migrationBuilder.DropTable(
                name: "PayloadSnapshots");

            migrationBuilder.DropTable(
                name: "PeerCertificates");

            migrationBuilder.DropTable(
                name: "SyncStates");

            migrationBuilder.DropTable(
                name: "TranscriptAttachments");

            migrationBuilder.DropTable(
                name: "TranscriptGradeFrequencies");

            migrationBuilder.DropTable(
                name: "TranscriptGradingSchemes");

            migrationBuilder.DropTable(
                name: "TranscriptIssuerIdentifiers");

            migrationBuilder.DropTable(
                name: "TranscriptIssuerTitles");

            migrationBuilder.DropTable(
                name: "TranscriptLearnerIdentifiers");

            migrationBuilder.DropTable(
                name: "TranscriptResultCategories");

            migrationBuilder.DropTable(
                name: "TranscriptResultCredits");

            migrationBuilder.DropTable(
                name: "TranscriptResultIdentifiers");

            migrationBuilder.DropTable(
                name: "TranscriptResultTitles");

            migrationBuilder.DropTable(
                name: "AgreementContacts");

            migrationBuilder.DropTable(
                name: "CooperationConditions");

            migrationBuilder.DropTable(
                name: "InstitutionContacts");

            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropTable(
                name: "OrganizationalUnits");

            migrationBuilder.DropTable(
                name: "TranscriptResults");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "Institutions");

            migrationBuilder.DropTable(
                name: "Transcripts");
        }
    }
}
