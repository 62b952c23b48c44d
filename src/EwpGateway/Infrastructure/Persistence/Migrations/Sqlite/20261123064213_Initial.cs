using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EwpGateway.Infrastructure.Persistence.Migrations.Sqlite
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InEffect = table.Column<bool>(type: "INTEGER", nullable: false),
                    TerminatedAsAWhole = table.Column<bool>(type: "INTEGER", nullable: false),
                    IiaHash = table.Column<string>(type: "TEXT", nullable: true),
                    PdfFileId = table.Column<string>(type: "TEXT", nullable: true),
                    TerminatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HashMismatch = table.Column<string>(type: "TEXT", nullable: true),
                    HashComparedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TerminationReason = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Provenance_PartnerHeiId = table.Column<string>(type: "TEXT", nullable: true),
                    Provenance_PartnerObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    Provenance_EwpVersion = table.Column<string>(type: "TEXT", nullable: true),
                    Provenance_RawPayload = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Provenance_FirstSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_LastSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_LastModified = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChangeLog",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    AggregateType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AggregateId = table.Column<string>(type: "TEXT", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeLog", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Exchanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartnerHeiIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Api = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClockOffsetSeconds = table.Column<double>(type: "REAL", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RequestBody = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ResponseBody = table.Column<byte[]>(type: "BLOB", nullable: true),
                    BodiesTruncated = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exchanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Operation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClientKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AggregateId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.Operation, x.ClientKey });
                });

            migrationBuilder.CreateTable(
                name: "Inbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SenderHeiIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SenderKeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirstReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Institutions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Abbreviation = table.Column<string>(type: "TEXT", nullable: true),
                    WebsiteUrl = table.Column<string>(type: "TEXT", nullable: true),
                    Country = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Provenance_PartnerHeiId = table.Column<string>(type: "TEXT", nullable: true),
                    Provenance_PartnerObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    Provenance_EwpVersion = table.Column<string>(type: "TEXT", nullable: true),
                    Provenance_RawPayload = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Provenance_FirstSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_LastSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_LastModified = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Nominations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Student_GivenNames = table.Column<string>(type: "TEXT", nullable: false),
                    Student_FamilyName = table.Column<string>(type: "TEXT", nullable: false),
                    Student_BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Student_Citizenship = table.Column<string>(type: "TEXT", nullable: true),
                    Student_Gender = table.Column<int>(type: "INTEGER", nullable: true),
                    Student_Email = table.Column<string>(type: "TEXT", nullable: true),
                    Student_GlobalId = table.Column<string>(type: "TEXT", nullable: true),
                    SendingHeiId = table.Column<string>(type: "TEXT", nullable: false),
                    SendingOunitId = table.Column<string>(type: "TEXT", nullable: true),
                    ReceivingHeiId = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivingOunitId = table.Column<string>(type: "TEXT", nullable: true),
                    ReceivingAcademicYearId = table.Column<string>(type: "TEXT", nullable: false),
                    PlannedArrivalDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlannedDepartureDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EqfLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    IscedFCode = table.Column<string>(type: "TEXT", nullable: true),
                    MobilityType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SendingAcademicTermId = table.Column<string>(type: "TEXT", nullable: true),
                    ActivityAttributes = table.Column<string>(type: "TEXT", nullable: true),
                    IiaId = table.Column<string>(type: "TEXT", nullable: true),
                    AgreementId = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CurrentProposalId = table.Column<string>(type: "TEXT", nullable: true),
                    DecisionComment = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Provenance_PartnerHeiId = table.Column<string>(type: "TEXT", nullable: true),
                    Provenance_PartnerObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    Provenance_EwpVersion = table.Column<string>(type: "TEXT", nullable: true),
                    Provenance_RawPayload = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Provenance_FirstSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_LastSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_LastModified = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerHeiId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MergedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Payload = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayloadIssues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerHeiId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Api = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayloadIssues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayloadSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerHeiId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Api = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AggregateId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EwpVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PayloadSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IiaHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Payload = table.Column<byte[]>(type: "BLOB", nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayloadSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeerCertificates",
                columns: table => new
                {
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HeiIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NotBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    NotAfter = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerCertificates", x => x.Fingerprint);
                });

            migrationBuilder.CreateTable(
                name: "SyncStates",
                columns: table => new
                {
                    PartnerHeiId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Api = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApiVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSuccessAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastFailureAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    ReconciledFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    LastDurationMs = table.Column<long>(type: "INTEGER", nullable: false),
                    LastListed = table.Column<int>(type: "INTEGER", nullable: false),
                    LastStored = table.Column<int>(type: "INTEGER", nullable: false),
                    LastRejected = table.Column<int>(type: "INTEGER", nullable: false),
                    LastWithdrawn = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    FullSyncRequested = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncStates", x => new { x.PartnerHeiId, x.Api });
                });

            migrationBuilder.CreateTable(
                name: "Transcripts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OmobilityId = table.Column<string>(type: "TEXT", nullable: false),
                    SendingHeiId = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivingHeiId = table.Column<string>(type: "TEXT", nullable: false),
                    Learner_GivenNames = table.Column<string>(type: "TEXT", nullable: false),
                    Learner_FamilyName = table.Column<string>(type: "TEXT", nullable: false),
                    Learner_BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Learner_Citizenship = table.Column<string>(type: "TEXT", nullable: true),
                    Learner_GlobalId = table.Column<string>(type: "TEXT", nullable: true),
                    Learner_Email = table.Column<string>(type: "TEXT", nullable: true),
                    IssueDate = table.Column<long>(type: "INTEGER", nullable: false),
                    GeneratedDate = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuerCountry = table.Column<string>(type: "TEXT", nullable: true),
                    IssuerUrl = table.Column<string>(type: "TEXT", nullable: true),
                    ElmoSignature = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ElmoSignatureDetail = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Provenance_PartnerHeiId = table.Column<string>(type: "TEXT", nullable: true),
                    Provenance_PartnerObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    Provenance_EwpVersion = table.Column<string>(type: "TEXT", nullable: true),
                    Provenance_RawPayload = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Provenance_FirstSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_LastSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_LastModified = table.Column<long>(type: "INTEGER", nullable: false),
                    Provenance_WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transcripts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgreementApprovals",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HeiId = table.Column<string>(type: "TEXT", nullable: false),
                    IiaHash = table.Column<string>(type: "TEXT", nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AgreementId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartnerHeiId = table.Column<string>(type: "TEXT", nullable: true),
                    ConditionIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    Gender = table.Column<string>(type: "TEXT", nullable: true),
                    AgreementId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HeiId = table.Column<string>(type: "TEXT", nullable: false),
                    OunitId = table.Column<string>(type: "TEXT", nullable: true),
                    IiaId = table.Column<string>(type: "TEXT", nullable: true),
                    IiaCode = table.Column<string>(type: "TEXT", nullable: true),
                    SigningContactGivenNames = table.Column<string>(type: "TEXT", nullable: true),
                    SigningContactFamilyName = table.Column<string>(type: "TEXT", nullable: true),
                    SigningContactEmail = table.Column<string>(type: "TEXT", nullable: true),
                    SigningDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreementId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MobilityType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SendingHeiId = table.Column<string>(type: "TEXT", nullable: false),
                    SendingOunitId = table.Column<string>(type: "TEXT", nullable: true),
                    ReceivingHeiId = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivingOunitId = table.Column<string>(type: "TEXT", nullable: true),
                    ReceivingFirstAcademicYearId = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivingLastAcademicYearId = table.Column<string>(type: "TEXT", nullable: false),
                    MobilitiesPerYear = table.Column<int>(type: "INTEGER", nullable: true),
                    MobilitiesPerYearNotYetDefined = table.Column<bool>(type: "INTEGER", nullable: false),
                    TotalMonthsPerYear = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    TotalDaysPerYear = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Blended = table.Column<bool>(type: "INTEGER", nullable: false),
                    OtherInfo = table.Column<string>(type: "TEXT", nullable: true),
                    AgreementId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OunitId = table.Column<string>(type: "TEXT", nullable: true),
                    Gender = table.Column<string>(type: "TEXT", nullable: true),
                    InstitutionId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OunitId = table.Column<string>(type: "TEXT", nullable: false),
                    OunitCode = table.Column<string>(type: "TEXT", nullable: true),
                    ParentOunitId = table.Column<string>(type: "TEXT", nullable: true),
                    WebsiteUrl = table.Column<string>(type: "TEXT", nullable: true),
                    InstitutionId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", nullable: true),
                    NominationId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    TitleLang = table.Column<string>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", nullable: true),
                    ContentUri = table.Column<string>(type: "TEXT", nullable: true),
                    TranscriptId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IscedCode = table.Column<string>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    Percentage = table.Column<string>(type: "TEXT", nullable: false),
                    TranscriptId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LocalId = table.Column<string>(type: "TEXT", nullable: false),
                    Lang = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    TranscriptId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    TranscriptId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    TranscriptId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    TranscriptId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseCode = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    EctsCredits = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Grade = table.Column<string>(type: "TEXT", nullable: true),
                    GradingScheme = table.Column<string>(type: "TEXT", nullable: true),
                    HomeGrade = table.Column<string>(type: "TEXT", nullable: true),
                    AcademicTerm = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: true),
                    ResultDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LosType = table.Column<string>(type: "TEXT", nullable: true),
                    IscedCode = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    CreditLevel = table.Column<string>(type: "TEXT", nullable: true),
                    GradingSchemeLocalId = table.Column<string>(type: "TEXT", nullable: true),
                    TranscriptId = table.Column<string>(type: "TEXT", nullable: false)
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
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Address = table.Column<string>(type: "TEXT", nullable: false),
                    AgreementContactRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContactEmails", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContactEmails_AgreementContacts_AgreementContactRowId",
                        column: x => x.AgreementContactRowId,
                        principalTable: "AgreementContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContactFamilyNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    AgreementContactRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContactFamilyNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContactFamilyNames_AgreementContacts_AgreementContactRowId",
                        column: x => x.AgreementContactRowId,
                        principalTable: "AgreementContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContactGivenNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    AgreementContactRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContactGivenNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContactGivenNames_AgreementContacts_AgreementContactRowId",
                        column: x => x.AgreementContactRowId,
                        principalTable: "AgreementContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContactNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    AgreementContactRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContactNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContactNames_AgreementContacts_AgreementContactRowId",
                        column: x => x.AgreementContactRowId,
                        principalTable: "AgreementContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContactPhones",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IsFax = table.Column<bool>(type: "INTEGER", nullable: false),
                    E164 = table.Column<string>(type: "TEXT", nullable: true),
                    Extension = table.Column<string>(type: "TEXT", nullable: true),
                    OtherFormat = table.Column<string>(type: "TEXT", nullable: true),
                    AgreementContactRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContactPhones", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContactPhones_AgreementContacts_AgreementContactRowId",
                        column: x => x.AgreementContactRowId,
                        principalTable: "AgreementContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContactRoleDescriptions",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    AgreementContactRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContactRoleDescriptions", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgreementContactRoleDescriptions_AgreementContacts_AgreementContactRowId",
                        column: x => x.AgreementContactRowId,
                        principalTable: "AgreementContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationConditionEqfLevels",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    CooperationConditionRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationConditionEqfLevels", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_CooperationConditionEqfLevels_CooperationConditions_CooperationConditionRowId",
                        column: x => x.CooperationConditionRowId,
                        principalTable: "CooperationConditions",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationConditionLanguageSkills",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    CefrLevel = table.Column<string>(type: "TEXT", nullable: true),
                    IscedFCode = table.Column<string>(type: "TEXT", nullable: true),
                    IscedV6Value = table.Column<string>(type: "TEXT", nullable: true),
                    IscedClarification = table.Column<string>(type: "TEXT", nullable: true),
                    NotYetDefined = table.Column<bool>(type: "INTEGER", nullable: false),
                    CooperationConditionRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationConditionLanguageSkills", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_CooperationConditionLanguageSkills_CooperationConditions_CooperationConditionRowId",
                        column: x => x.CooperationConditionRowId,
                        principalTable: "CooperationConditions",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationConditionSubjectAreas",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IscedFCode = table.Column<string>(type: "TEXT", nullable: false),
                    V6Value = table.Column<string>(type: "TEXT", nullable: true),
                    IscedClarification = table.Column<string>(type: "TEXT", nullable: true),
                    CooperationConditionRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationConditionSubjectAreas", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_CooperationConditionSubjectAreas_CooperationConditions_CooperationConditionRowId",
                        column: x => x.CooperationConditionRowId,
                        principalTable: "CooperationConditions",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContactEmails",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Address = table.Column<string>(type: "TEXT", nullable: false),
                    InstitutionContactRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContactEmails", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContactEmails_InstitutionContacts_InstitutionContactRowId",
                        column: x => x.InstitutionContactRowId,
                        principalTable: "InstitutionContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContactFamilyNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    InstitutionContactRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContactFamilyNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContactFamilyNames_InstitutionContacts_InstitutionContactRowId",
                        column: x => x.InstitutionContactRowId,
                        principalTable: "InstitutionContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContactGivenNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    InstitutionContactRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContactGivenNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContactGivenNames_InstitutionContacts_InstitutionContactRowId",
                        column: x => x.InstitutionContactRowId,
                        principalTable: "InstitutionContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContactNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    InstitutionContactRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContactNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContactNames_InstitutionContacts_InstitutionContactRowId",
                        column: x => x.InstitutionContactRowId,
                        principalTable: "InstitutionContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContactPhones",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IsFax = table.Column<bool>(type: "INTEGER", nullable: false),
                    E164 = table.Column<string>(type: "TEXT", nullable: true),
                    Extension = table.Column<string>(type: "TEXT", nullable: true),
                    OtherFormat = table.Column<string>(type: "TEXT", nullable: true),
                    InstitutionContactRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContactPhones", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContactPhones_InstitutionContacts_InstitutionContactRowId",
                        column: x => x.InstitutionContactRowId,
                        principalTable: "InstitutionContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionContactRoleDescriptions",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    InstitutionContactRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionContactRoleDescriptions", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_InstitutionContactRoleDescriptions_InstitutionContacts_InstitutionContactRowId",
                        column: x => x.InstitutionContactRowId,
                        principalTable: "InstitutionContacts",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationalUnitNames",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    OrganizationalUnitRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationalUnitNames", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_OrganizationalUnitNames_OrganizationalUnits_OrganizationalUnitRowId",
                        column: x => x.OrganizationalUnitRowId,
                        principalTable: "OrganizationalUnits",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptResultCategories",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    TranscriptResultRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptResultCategories", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptResultCategories_TranscriptResults_TranscriptResultRowId",
                        column: x => x.TranscriptResultRowId,
                        principalTable: "TranscriptResults",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptResultCredits",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Scheme = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    TranscriptResultRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptResultCredits", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptResultCredits_TranscriptResults_TranscriptResultRowId",
                        column: x => x.TranscriptResultRowId,
                        principalTable: "TranscriptResults",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptResultIdentifiers",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    TranscriptResultRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptResultIdentifiers", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptResultIdentifiers_TranscriptResults_TranscriptResultRowId",
                        column: x => x.TranscriptResultRowId,
                        principalTable: "TranscriptResults",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptResultTitles",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    TranscriptResultRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptResultTitles", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_TranscriptResultTitles_TranscriptResults_TranscriptResultRowId",
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
                name: "IX_Agreements_Provenance_PartnerHeiId_Provenance_PartnerObjectId",
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
                name: "IX_Institutions_Provenance_PartnerHeiId_Provenance_PartnerObjectId",
                table: "Institutions",
                columns: new[] { "Provenance_PartnerHeiId", "Provenance_PartnerObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_Direction_Status",
                table: "Nominations",
                columns: new[] { "Direction", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_Provenance_PartnerHeiId_Provenance_PartnerObjectId",
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
                name: "IX_Transcripts_Provenance_PartnerHeiId_Provenance_PartnerObjectId",
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
