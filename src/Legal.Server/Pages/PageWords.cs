using Legal.Core.Model;

namespace Legal.Server.Pages;

/// <summary>The fixed words of the pages around the rendered law, in both languages.</summary>
internal static class PageWords
{
    public sealed class Pair(string en, string ar)
    {
        public string this[Lang lang] => lang == Lang.Ar ? ar : en;
    }

    public static readonly Pair SiteName = new("Legal", "Legal");
    public static readonly Pair Tagline = new("AML/CFT law, with its sources", "قوانين مكافحة غسل الأموال وتمويل الإرهاب ومصادرها");
    public static readonly Pair SkipToContent = new("Skip to content", "انتقل إلى المحتوى");
    public static readonly Pair Search = new("Search", "بحث");
    public static readonly Pair SearchLabel = new("Search titles, names and acronyms", "ابحث في العناوين والأسماء والاختصارات");
    public static readonly Pair Home = new("Home", "الرئيسية");
    public static readonly Pair Explorer = new("GraphQL explorer", "مستكشف GraphQL");
    public static readonly Pair Language = new("Language", "اللغة");
    public static readonly Pair Intro = new(
        "Read Kuwait's anti-money-laundering and counter-terrorist-financing law, the resolutions and standards it carries out, and the bodies around it. Every fact names its sources; where sources disagree, both are shown.",
        "اقرأ قانون مكافحة غسل الأموال وتمويل الإرهاب الكويتي، والقرارات والمعايير التي ينفذها، والجهات المعنية به. كل معلومة تذكر مصادرها، وحين تختلف المصادر تُعرض رواياتها كلها.");
    public static readonly Pair Contents = new("Contents", "المحتويات");
    public static readonly Pair AsOfLabel = new("Show the text in force on", "عرض النص الساري في");
    public static readonly Pair Show = new("Show", "عرض");
    public static readonly Pair CurrentText = new("Current text", "النص الحالي");
    public static readonly Pair NotInForce = new("This instrument was not in force on that day.", "لم يكن هذا الصك ساريًا في ذلك اليوم.");
    public static readonly Pair BadDate = new("Not a date; write it as YYYY-MM-DD.", "ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD.");
    public static readonly Pair OpenDisputes = new("Open disputes", "مسائل تختلف فيها المصادر");
    public static readonly Pair NoDisputes = new("No source disagrees with another here.", "لا تختلف المصادر هنا.");
    public static readonly Pair Results = new("Results", "النتائج");
    public static readonly Pair NoResults = new("Nothing matches", "لا نتائج لـ");
    public static readonly Pair ResultsFor = new("Matches for", "نتائج البحث عن");
    public static readonly Pair NotFound = new("Page not found", "الصفحة غير موجودة");
    public static readonly Pair NotFoundText = new("Nothing in the corpus has this address.", "لا يوجد في المدونة ما يحمل هذا العنوان.");
    public static readonly Pair Laws = new("Laws and decree-laws", "القوانين والمراسيم بقوانين");
    public static readonly Pair Resolutions = new("Ministerial and Cabinet resolutions", "القرارات الوزارية وقرارات مجلس الوزراء");
    public static readonly Pair UnResolutions = new("Security Council resolutions", "قرارات مجلس الأمن");
    public static readonly Pair Standards = new("Standards", "المعايير");
    public static readonly Pair Institutions = new("Institutions", "المؤسسات");
    public static readonly Pair Frameworks = new("Frameworks", "الأطر");
    public static readonly Pair Events = new("Events", "الأحداث");
    public static readonly Pair People = new("People", "الأشخاص");
    public static readonly Pair States = new("States", "الدول");
    public static readonly Pair Sectors = new("Sectors", "القطاعات");
    public static readonly Pair Topics = new("Topics", "المواضيع");
}
