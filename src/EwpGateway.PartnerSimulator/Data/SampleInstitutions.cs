namespace EwpGateway.PartnerSimulator.Data;

/// <summary>Names, countries and Erasmus codes of the sample HEIs; unknown HEIs get a name made from their id.</summary>
internal static class SampleInstitutions
{
    private static readonly Dictionary<string, (string Name, string Country, string? Erasmus)> Known = new(StringComparer.Ordinal)
    {
        ["inp-toulouse.fr"] = ("Toulouse INP", "FR", "F TOULOUS28"),
        ["utwente.nl"] = ("University of Twente", "NL", "NL ENSCHED01"),
        ["itg.be"] = ("Institute of Tropical Medicine Antwerp", "BE", "B ANTWERP59"),
        ["esme.fr"] = ("ESME", "FR", "F PARIS337"),
        ["gtu.ge"] = ("Georgian Technical University", "GE", null),
        ["unsa.ba"] = ("University of Sarajevo", "BA", null),
        ["itc.edu.kh"] = ("Institute of Technology of Cambodia", "KH", null),
        ["nust.edu.pk"] = ("National University of Sciences and Technology", "PK", null),
        ["enit.rnu.tn"] = ("Ecole Nationale d'Ingenieurs de Tunis", "TN", null),
        ["validator-hei01.developers.erasmuswithoutpaper.eu"] = ("EWP Validator HEI 01", "BE", null),
        ["validator-hei02.developers.erasmuswithoutpaper.eu"] = ("EWP Validator HEI 02", "BE", null),
    };

    public static string NameOf(string heiId) => Known.TryGetValue(heiId, out var hei) ? hei.Name : "Simulated University " + heiId;

    public static string CountryOf(string heiId) => Known.TryGetValue(heiId, out var hei) ? hei.Country : "EU";

    public static string? ErasmusCodeOf(string heiId) => Known.TryGetValue(heiId, out var hei) ? hei.Erasmus : null;
}
