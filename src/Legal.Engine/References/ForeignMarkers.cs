namespace Legal.Engine.References;

/// <summary>
/// Words that mark a law as another country's ("Egyptian Law No. 80", "القانون المصري"), so it is never linked to a
/// Kuwaiti one. Arabic words are folded and stripped of the article and the feminine ending before lookup.
/// </summary>
internal static class ForeignMarkers
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "egypt", "egyptian", "saudi", "arabia", "emirati", "uae", "emirates", "qatar", "qatari", "bahrain", "bahraini", "oman", "omani",
        "jordan", "jordanian", "lebanon", "lebanese", "iraq", "iraqi", "syria", "syrian", "yemen", "yemeni", "iran", "iranian",
        "turkey", "turkish", "france", "french", "britain", "british", "england", "usa", "american", "germany",
        "german", "india", "indian", "pakistan", "pakistani", "tunisia", "tunisian", "morocco", "moroccan", "algeria", "algerian",
        "libya", "libyan", "sudan", "sudanese", "palestine", "palestinian", "israel", "israeli", "china", "chinese", "russia",
        "russian", "tajikistan", "tajik", "kenya", "kenyan", "federal", "european",
    };

    private static readonly HashSet<string> Arabic = new[]
    {
        "مصر", "مصري", "سعودي", "سعوديه", "اماراتي", "امارات", "قطر", "قطري", "بحرين", "بحريني", "عمان", "عماني", "اردن", "اردني",
        "لبنان", "لبناني", "عراق", "عراقي", "سوريا", "سوري", "يمن", "يمني", "ايران", "ايراني", "تركيا", "تركي", "فرنسا", "فرنسي",
        "بريطانيا", "بريطاني", "امريكي", "اميركي", "امريكا", "المانيا", "الماني", "هند", "هندي", "باكستان", "باكستاني", "تونس",
        "تونسي", "مغرب", "مغربي", "جزائر", "جزائري", "ليبيا", "ليبي", "سودان", "سوداني", "فلسطين", "فلسطيني", "اسرائيل", "اسرائيلي",
        "صين", "صيني", "روسيا", "روسي", "طاجيكستان", "طاجيكي", "كينيا", "كيني", "اتحادي", "اوروبي",
    }.ToHashSet();

    public static bool IsForeign(Word word) => English.Contains(word.Folded) || Arabic.Contains(Bare(word.Folded));

    private static string Bare(string folded)
    {
        var bare = folded.StartsWith("وال", StringComparison.Ordinal) ? folded[3..] : folded.StartsWith("ال", StringComparison.Ordinal) ? folded[2..] : folded;
        return bare.EndsWith('ه') && bare.Length > 3 ? bare[..^1] : bare;
    }
}
