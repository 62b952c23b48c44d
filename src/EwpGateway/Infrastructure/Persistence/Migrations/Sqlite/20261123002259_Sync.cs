using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EwpGateway.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ElmoSignatureDetail",
                table: "Transcripts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Provenance_WithdrawnAt",
                table: "Transcripts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "Outbox",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeasedUntil",
                table: "Outbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedCount",
                table: "Outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SentAt",
                table: "Outbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Provenance_WithdrawnAt",
                table: "Nominations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Provenance_WithdrawnAt",
                table: "Institutions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "Inbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "Inbox",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeasedUntil",
                table: "Inbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NextAttemptAt",
                table: "Inbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HashComparedAt",
                table: "Agreements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HashMismatch",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Provenance_WithdrawnAt",
                table: "Agreements",
                type: "INTEGER",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Transcripts_Provenance_PartnerHeiId_Provenance_PartnerObjectId",
                table: "Transcripts",
                columns: new[] { "Provenance_PartnerHeiId", "Provenance_PartnerObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_PartnerHeiId_Kind_ObjectId_Status",
                table: "Outbox",
                columns: new[] { "PartnerHeiId", "Kind", "ObjectId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_Provenance_PartnerHeiId_Provenance_PartnerObjectId",
                table: "Nominations",
                columns: new[] { "Provenance_PartnerHeiId", "Provenance_PartnerObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_Provenance_PartnerHeiId_Provenance_PartnerObjectId",
                table: "Institutions",
                columns: new[] { "Provenance_PartnerHeiId", "Provenance_PartnerObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Provenance_PartnerHeiId_Provenance_PartnerObjectId",
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
                name: "IX_Transcripts_Provenance_PartnerHeiId_Provenance_PartnerObjectId",
                table: "Transcripts");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_PartnerHeiId_Kind_ObjectId_Status",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Nominations_Provenance_PartnerHeiId_Provenance_PartnerObjectId",
                table: "Nominations");

            migrationBuilder.DropIndex(
                name: "IX_Institutions_Provenance_PartnerHeiId_Provenance_PartnerObjectId",
                table: "Institutions");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_Provenance_PartnerHeiId_Provenance_PartnerObjectId",
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
        }
    }
}
