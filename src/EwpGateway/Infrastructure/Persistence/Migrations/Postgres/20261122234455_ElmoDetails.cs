using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EwpGateway.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ElmoDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "GeneratedDate",
                table: "Transcripts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuerCountry",
                table: "Transcripts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuerUrl",
                table: "Transcripts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreditLevel",
                table: "TranscriptResults",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GradingSchemeLocalId",
                table: "TranscriptResults",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IscedCode",
                table: "TranscriptResults",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LosType",
                table: "TranscriptResults",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartDate",
                table: "TranscriptResults",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Url",
                table: "TranscriptResults",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentUri",
                table: "TranscriptAttachments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleLang",
                table: "TranscriptAttachments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "TranscriptAttachments",
                type: "text",
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.DropColumn(
                name: "GeneratedDate",
                table: "Transcripts");

            migrationBuilder.DropColumn(
                name: "IssuerCountry",
                table: "Transcripts");

            migrationBuilder.DropColumn(
                name: "IssuerUrl",
                table: "Transcripts");

            migrationBuilder.DropColumn(
                name: "CreditLevel",
                table: "TranscriptResults");

            migrationBuilder.DropColumn(
                name: "GradingSchemeLocalId",
                table: "TranscriptResults");

            migrationBuilder.DropColumn(
                name: "IscedCode",
                table: "TranscriptResults");

            migrationBuilder.DropColumn(
                name: "LosType",
                table: "TranscriptResults");

            migrationBuilder.DropColumn(
                name: "StartDate",
                table: "TranscriptResults");

            migrationBuilder.DropColumn(
                name: "Url",
                table: "TranscriptResults");

            migrationBuilder.DropColumn(
                name: "ContentUri",
                table: "TranscriptAttachments");

            migrationBuilder.DropColumn(
                name: "TitleLang",
                table: "TranscriptAttachments");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "TranscriptAttachments");
        }
    }
}
