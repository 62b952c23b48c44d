using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EwpGateway.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ModelGaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Learner_Email",
                table: "Transcripts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResultDate",
                table: "TranscriptResults",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "TranscriptResults",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WebsiteUrl",
                table: "OrganizationalUnits",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActivityAttributes",
                table: "Nominations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgreementId",
                table: "Nominations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IiaId",
                table: "Nominations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MobilityType",
                table: "Nominations",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SendingAcademicTermId",
                table: "Nominations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Abbreviation",
                table: "Institutions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Country",
                table: "Institutions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WebsiteUrl",
                table: "Institutions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TerminatedAt",
                table: "Agreements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TerminationReason",
                table: "Agreements",
                type: "text",
                nullable: true);

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
                name: "IX_TranscriptResultTitles_TranscriptResultRowId",
                table: "TranscriptResultTitles",
                column: "TranscriptResultRowId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "TranscriptResultTitles");

            migrationBuilder.DropTable(
                name: "InstitutionContacts");

            migrationBuilder.DropColumn(
                name: "Learner_Email",
                table: "Transcripts");

            migrationBuilder.DropColumn(
                name: "ResultDate",
                table: "TranscriptResults");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "TranscriptResults");

            migrationBuilder.DropColumn(
                name: "WebsiteUrl",
                table: "OrganizationalUnits");

            migrationBuilder.DropColumn(
                name: "ActivityAttributes",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "AgreementId",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "IiaId",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "MobilityType",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "SendingAcademicTermId",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "Abbreviation",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "Country",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "WebsiteUrl",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "TerminatedAt",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "TerminationReason",
                table: "Agreements");
        }
    }
}
