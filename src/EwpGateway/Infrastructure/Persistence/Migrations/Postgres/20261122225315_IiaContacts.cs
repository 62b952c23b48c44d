using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EwpGateway.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IiaContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "V6Value",
                table: "CooperationConditionSubjectAreas",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MobilitiesPerYearNotYetDefined",
                table: "CooperationConditions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "IscedV6Value",
                table: "CooperationConditionLanguageSkills",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NotYetDefined",
                table: "CooperationConditionLanguageSkills",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PdfFileId",
                table: "Agreements",
                type: "text",
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "AgreementContacts");

            migrationBuilder.DropColumn(
                name: "V6Value",
                table: "CooperationConditionSubjectAreas");

            migrationBuilder.DropColumn(
                name: "MobilitiesPerYearNotYetDefined",
                table: "CooperationConditions");

            migrationBuilder.DropColumn(
                name: "IscedV6Value",
                table: "CooperationConditionLanguageSkills");

            migrationBuilder.DropColumn(
                name: "NotYetDefined",
                table: "CooperationConditionLanguageSkills");

            migrationBuilder.DropColumn(
                name: "PdfFileId",
                table: "Agreements");
        }
    }
}
