using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EwpGateway.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Sync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ElmoSignature",
                table: "Transcripts",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ElmoSignatureDetail",
                table: "Transcripts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Provenance_WithdrawnAt",
                table: "Transcripts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "PartnerHeiId",
                table: "Outbox",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "ObjectId",
                table: "Outbox",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "Outbox",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeasedUntil",
                table: "Outbox",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedCount",
                table: "Outbox",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "Outbox",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "Outbox",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SentAt",
                table: "Outbox",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Provenance_WithdrawnAt",
                table: "Nominations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Provenance_WithdrawnAt",
                table: "Institutions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "Inbox",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "Inbox",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeasedUntil",
                table: "Inbox",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextAttemptAt",
                table: "Inbox",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HashComparedAt",
                table: "Agreements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HashMismatch",
                table: "Agreements",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Provenance_WithdrawnAt",
                table: "Agreements",
                type: "timestamp with time zone",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Transcripts_Provenance_PartnerHeiId_Provenance_PartnerObjec~",
                table: "Transcripts",
                columns: new[] { "Provenance_PartnerHeiId", "Provenance_PartnerObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_PartnerHeiId_Kind_ObjectId_Status",
                table: "Outbox",
                columns: new[] { "PartnerHeiId", "Kind", "ObjectId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_Provenance_PartnerHeiId_Provenance_PartnerObjec~",
                table: "Nominations",
                columns: new[] { "Provenance_PartnerHeiId", "Provenance_PartnerObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_Provenance_PartnerHeiId_Provenance_PartnerObje~",
                table: "Institutions",
                columns: new[] { "Provenance_PartnerHeiId", "Provenance_PartnerObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Provenance_PartnerHeiId_Provenance_PartnerObject~",
                table: "Agreements",
                columns: new[] { "Provenance_PartnerHeiId", "Provenance_PartnerObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_PayloadIssues_PartnerHeiId_Api_Kind_ObjectId",
                table: "PayloadIssues",
                columns: new[] { "PartnerHeiId", "Api", "Kind", "ObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayloadSnapshots_PartnerHeiId_Api_ObjectId",
                table: "PayloadSnapshots",
                columns: new[] { "PartnerHeiId", "Api", "ObjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PayloadIssues");

            migrationBuilder.DropTable(
                name: "PayloadSnapshots");

            migrationBuilder.DropTable(
                name: "SyncStates");

            migrationBuilder.DropIndex(
                name: "IX_Transcripts_Provenance_PartnerHeiId_Provenance_PartnerObjec~",
                table: "Transcripts");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_PartnerHeiId_Kind_ObjectId_Status",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Nominations_Provenance_PartnerHeiId_Provenance_PartnerObjec~",
                table: "Nominations");

            migrationBuilder.DropIndex(
                name: "IX_Institutions_Provenance_PartnerHeiId_Provenance_PartnerObje~",
                table: "Institutions");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_Provenance_PartnerHeiId_Provenance_PartnerObject~",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "ElmoSignature",
                table: "Transcripts");

            migrationBuilder.DropColumn(
                name: "ElmoSignatureDetail",
                table: "Transcripts");

            migrationBuilder.DropColumn(
                name: "Provenance_WithdrawnAt",
                table: "Transcripts");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "LeasedUntil",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "MergedCount",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Payload",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "SentAt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Provenance_WithdrawnAt",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "Provenance_WithdrawnAt",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "Inbox");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "Inbox");

            migrationBuilder.DropColumn(
                name: "LeasedUntil",
                table: "Inbox");

            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                table: "Inbox");

            migrationBuilder.DropColumn(
                name: "HashComparedAt",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "HashMismatch",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Provenance_WithdrawnAt",
                table: "Agreements");

            migrationBuilder.AlterColumn<string>(
                name: "PartnerHeiId",
                table: "Outbox",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "ObjectId",
                table: "Outbox",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }
    }
}
