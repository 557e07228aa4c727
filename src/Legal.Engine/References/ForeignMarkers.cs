namespace Legal.Engine.References;

/// <summary>
/// Words that mark a citation as another country's ("Egyptian Law No. 80", "القانون المصري", "Oman's Royal Decree"),
/// so it is never linked to a Kuwaiti one, each with the country's ISO code where the word names one. Arabic words are
/// folded and stripped of the article and the feminine ending before lookup.
/// </summary>
internal static class ForeignMarkers
{
    private static readonly Dictionary<string, string?> English = new(StringComparer.OrdinalIgnoreCase)
    {
        ["egypt"] = "EG", ["egyptian"] = "EG", ["saudi"] = "SA", ["arabia"] = "SA", ["emirati"] = "AE", ["uae"] = "AE", ["emirates"] = "AE",
        ["qatar"] = "QA", ["qatari"] = "QA", ["bahrain"] = "BH", ["bahraini"] = "BH", ["oman"] = "OM", ["omani"] = "OM", ["sultanate"] = "OM",
        ["jordan"] = "JO", ["jordanian"] = "JO", ["lebanon"] = "LB", ["lebanese"] = "LB", ["iraq"] = "IQ", ["iraqi"] = "IQ", ["syria"] = "SY",
        ["syrian"] = "SY", ["yemen"] = "YE", ["yemeni"] = "YE", ["iran"] = "IR", ["iranian"] = "IR", ["turkey"] = "TR", ["turkish"] = "TR",
        ["france"] = "FR", ["french"] = "FR", ["britain"] = "GB", ["british"] = "GB", ["england"] = "GB", ["uk"] = "GB", ["usa"] = "US",
        ["american"] = "US", ["germany"] = "DE", ["german"] = "DE", ["india"] = "IN", ["indian"] = "IN", ["pakistan"] = "PK",
        ["pakistani"] = "PK", ["tunisia"] = "TN", ["tunisian"] = "TN", ["morocco"] = "MA", ["moroccan"] = "MA", ["algeria"] = "DZ",
        ["algerian"] = "DZ", ["libya"] = "LY", ["libyan"] = "LY", ["sudan"] = "SD", ["sudanese"] = "SD", ["palestine"] = "PS",
        ["palestinian"] = "PS", ["israel"] = "IL", ["israeli"] = "IL", ["china"] = "CN", ["chinese"] = "CN", ["russia"] = "RU",
        ["russian"] = "RU", ["tajikistan"] = "TJ", ["tajik"] = "TJ", ["kenya"] = "KE", ["kenyan"] = "KE", ["federal"] = null, ["european"] = null,
    };

    private static readonly Dictionary<string, string?> Arabic = new Dictionary<string, string?>
    {
        ["مصر"] = "EG", ["مصري"] = "EG", ["سعودي"] = "SA", ["سعوديه"] = "SA", ["اماراتي"] = "AE", ["امارات"] = "AE", ["قطر"] = "QA",
        ["قطري"] = "QA", ["بحرين"] = "BH", ["بحريني"] = "BH", ["عمان"] = "OM", ["عماني"] = "OM", ["سلطاني"] = "OM", ["سلطنه"] = "OM",
        ["اردن"] = "JO", ["اردني"] = "JO", ["لبنان"] = "LB", ["لبناني"] = "LB", ["عراق"] = "IQ", ["عراقي"] = "IQ", ["سوريا"] = "SY",
        ["سوري"] = "SY", ["يمن"] = "YE", ["يمني"] = "YE", ["ايران"] = "IR", ["ايراني"] = "IR", ["تركيا"] = "TR", ["تركي"] = "TR",
        ["فرنسا"] = "FR", ["فرنسي"] = "FR", ["بريطانيا"] = "GB", ["بريطاني"] = "GB", ["امريكي"] = "US", ["اميركي"] = "US", ["امريكا"] = "US",
        ["المانيا"] = "DE", ["الماني"] = "DE", ["هند"] = "IN", ["هندي"] = "IN", ["باكستان"] = "PK", ["باكستاني"] = "PK", ["تونس"] = "TN",
        ["تونسي"] = "TN", ["مغرب"] = "MA", ["مغربي"] = "MA", ["جزائر"] = "DZ", ["جزائري"] = "DZ", ["ليبيا"] = "LY", ["ليبي"] = "LY",
        ["سودان"] = "SD", ["سوداني"] = "SD", ["فلسطين"] = "PS", ["فلسطيني"] = "PS", ["اسرائيل"] = "IL", ["اسرائيلي"] = "IL", ["صين"] = "CN",
        ["صيني"] = "CN", ["روسيا"] = "RU", ["روسي"] = "RU", ["طاجيكستان"] = "TJ", ["طاجيكي"] = "TJ", ["كينيا"] = "KE", ["كيني"] = "KE",
        ["اتحادي"] = null, ["اوروبي"] = null,
    };

    public static bool IsForeign(Word word) => Country(word) is { Foreign: true };

    /// <summary>Whether the word marks another country, and which (null when it does not say).</summary>
    public static (bool Foreign, string? Code) Country(Word word)
    {
        if (English.TryGetValue(word.Folded.EndsWith("'s", StringComparison.Ordinal) ? word.Folded[..^2] : word.Folded, out var code)) return (true, code);
        return Arabic.TryGetValue(Bare(word.Folded), out code) ? (true, code) : (false, null);
    }

    private static string Bare(string folded)
    {
        var bare = folded.StartsWith("وال", StringComparison.Ordinal) ? folded[3..]
            : folded.StartsWith("لل", StringComparison.Ordinal) ? folded[2..]
            : folded.StartsWith("ال", StringComparison.Ordinal) || folded.StartsWith("بال", StringComparison.Ordinal) ? folded[(folded.IndexOf('ل') + 1)..]
            : folded;
        return bare.EndsWith('ه') && bare.Length > 3 ? bare[..^1] : bare;
    }
}
