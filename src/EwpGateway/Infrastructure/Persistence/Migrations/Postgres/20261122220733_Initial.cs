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
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Provenance_PartnerHeiId = table.Column<string>(type: "text", nullable: true),
                    Provenance_PartnerObjectId = table.Column<string>(type: "text", nullable: true),
                    Provenance_EwpVersion = table.Column<string>(type: "text", nullable: true),
                    Provenance_RawPayload = table.Column<byte[]>(type: "bytea", nullable: true),
                    Provenance_FirstSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "Institutions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Provenance_PartnerHeiId = table.Column<string>(type: "text", nullable: true),
                    Provenance_PartnerObjectId = table.Column<string>(type: "text", nullable: true),
                    Provenance_EwpVersion = table.Column<string>(type: "text", nullable: true),
                    Provenance_RawPayload = table.Column<byte[]>(type: "bytea", nullable: true),
                    Provenance_FirstSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Provenance_LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    PartnerHeiId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ObjectId = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
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
                    IssueDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Provenance_PartnerHeiId = table.Column<string>(type: "text", nullable: true),
                    Provenance_PartnerObjectId = table.Column<string>(type: "text", nullable: true),
                    Provenance_EwpVersion = table.Column<string>(type: "text", nullable: true),
                    Provenance_RawPayload = table.Column<byte[]>(type: "bytea", nullable: true),
                    Provenance_FirstSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provenance_LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    IscedClarification = table.Column<string>(type: "text", nullable: true),
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

            migrationBuilder.CreateIndex(
                name: "IX_AgreementApprovals_AgreementId",
                table: "AgreementApprovals",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementPartners_AgreementId",
                table: "AgreementPartners",
                column: "AgreementId");

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
                name: "IX_InstitutionNames_InstitutionId",
                table: "InstitutionNames",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionOtherIds_InstitutionId",
                table: "InstitutionOtherIds",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_Direction_Status",
                table: "Nominations",
                columns: new[] { "Direction", "Status" });

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
                name: "IX_Outbox_Status_NextAttemptAt",
                table: "Outbox",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptAttachments_TranscriptId",
                table: "TranscriptAttachments",
                column: "TranscriptId");

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptResults_TranscriptId",
                table: "TranscriptResults",
                column: "TranscriptId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementApprovals");

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
                name: "IdempotencyRecords");

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
                name: "TranscriptAttachments");

            migrationBuilder.DropTable(
                name: "TranscriptResults");

            migrationBuilder.DropTable(
                name: "CooperationConditions");

            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropTable(
                name: "OrganizationalUnits");

            migrationBuilder.DropTable(
                name: "Transcripts");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "Institutions");
        }
    }
}
