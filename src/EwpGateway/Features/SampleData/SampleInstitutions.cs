using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.SampleData;

/// <summary>The home HEI, its partners and the EWP validator's test HEIs.</summary>
internal static class SampleInstitutions
{
    public const string Home = "inp-toulouse.fr";
    public const string Twente = "utwente.nl";
    public const string Itg = "itg.be";
    public const string Esme = "esme.fr";
    public const string Gtu = "gtu.ge";
    public const string Sarajevo = "unsa.ba";
    public const string Itc = "itc.edu.kh";
    public const string Nust = "nust.edu.pk";
    public const string Enit = "enit.rnu.tn";
    public const string Validator1 = "validator-hei01.developers.erasmuswithoutpaper.eu";
    public const string Validator2 = "validator-hei02.developers.erasmuswithoutpaper.eu";

    public static IEnumerable<Institution> All()
    {
        yield return Hei(Home, [("en", "Toulouse INP"), ("fr", "Institut National Polytechnique de Toulouse")], [("erasmus", "F  TOULOUS28")],
            Unit("n7", "ENSEEIHT", "École nationale supérieure d'électrotechnique, d'électronique, d'informatique, d'hydraulique et des télécommunications"),
            Unit("a7", "ENSIACET", "École nationale supérieure des ingénieurs en arts chimiques et technologiques"),
            Unit("ensat", "ENSAT", "École nationale supérieure agronomique de Toulouse"));
        yield return Hei(Twente, [("en", "University of Twente"), ("nl", "Universiteit Twente")], [("erasmus", "NL ENSCHED01")],
            Unit("eemcs", "EEMCS", "Faculty of Electrical Engineering, Mathematics and Computer Science"));
        yield return Hei(Itg, [("en", "Institute of Tropical Medicine Antwerp"), ("nl", "Instituut voor Tropische Geneeskunde")], []);
        yield return Hei(Esme, [("fr", "ESME"), ("en", "ESME engineering school")], []);
        yield return Hei(Gtu, [("en", "Georgian Technical University"), ("ka", "საქართველოს ტექნიკური უნივერსიტეტი")], []);
        yield return Hei(Sarajevo, [("en", "University of Sarajevo"), ("bs", "Univerzitet u Sarajevu")], []);
        yield return Hei(Itc, [("en", "Institute of Technology of Cambodia"), ("fr", "Institut de Technologie du Cambodge")], []);
        yield return Hei(Nust, [("en", "National University of Sciences and Technology")], []);
        yield return Hei(Enit, [("fr", "École Nationale d'Ingénieurs de Tunis"), ("en", "National Engineering School of Tunis")], []);
        yield return Hei(Validator1, [("en", "EWP validator test HEI 01")], [], Unit("ounit-1", "OU1", "Validator test unit 1"));
        yield return Hei(Validator2, [("en", "EWP validator test HEI 02")], []);
    }

    private static Institution Hei(string id, (string Lang, string Text)[] names, (string Type, string Value)[] otherIds, params OrganizationalUnit[] units) => new()
    {
        Id = id,
        Names = [.. names.Select(n => new LocalizedText { Lang = n.Lang, Text = n.Text })],
        OtherIds = [.. otherIds.Select(o => new OtherId { Type = o.Type, Value = o.Value })],
        OrganizationalUnits = [.. units],
    };

    private static OrganizationalUnit Unit(string id, string code, string name) => new()
    {
        OunitId = id,
        OunitCode = code,
        Names = [new LocalizedText { Lang = "en", Text = name }],
    };
}
