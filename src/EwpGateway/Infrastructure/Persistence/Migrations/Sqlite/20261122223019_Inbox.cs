using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EwpGateway.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Inbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inbox", x => x.Id);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Inbox");
        }
    }
}
