using Legal.Model;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>The fixed words of the pages around the rendered law, in both languages.</summary>
internal static class PageWords
{
    public static readonly Phrase SiteName = new("Legal", "Legal");
    public static readonly Phrase Tagline = new("AML/CFT law, with its sources", "قوانين مكافحة غسل الأموال وتمويل الإرهاب ومصادرها");
    public static readonly Phrase SkipToContent = new("Skip to content", "انتقل إلى المحتوى");
    public static readonly Phrase Search = new("Search", "بحث");
    public static readonly Phrase SearchLabel = new("Search titles, names and acronyms", "ابحث في العناوين والأسماء والاختصارات");
    public static readonly Phrase Home = new("Home", "الرئيسية");
    public static readonly Phrase Explorer = new("GraphQL explorer", "مستكشف GraphQL");
    public static readonly Phrase Tools = new("Language and tools", "اللغة والأدوات");
    public static readonly Phrase Intro = new(
        "Read Kuwait's anti-money-laundering and counter-terrorist-financing law, the resolutions and standards it carries out, and the bodies around it. Every fact names its sources; where sources disagree, both are shown.",
        "اقرأ قانون مكافحة غسل الأموال وتمويل الإرهاب الكويتي، والقرارات والمعايير التي ينفذها، والجهات المعنية به. كل معلومة تذكر مصادرها، وحين تختلف المصادر تُعرض رواياتها كلها.");
    public static readonly Phrase Contents = new("Contents", "المحتويات");
    public static readonly Phrase AsOfLabel = new("Show the text in force on", "عرض النص الساري في");
    public static readonly Phrase Show = new("Show", "عرض");
    public static readonly Phrase CurrentText = new("Current text", "النص الحالي");
    public static readonly Phrase NotInForce = new("This instrument was not in force on that day.", "لم يكن هذا الصك ساريًا في ذلك اليوم.");
    public static readonly Phrase BadDate = new("Not a date; write it as YYYY-MM-DD.", "ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD.");
    public static readonly Phrase OpenDisputes = new("Open disputes", "مسائل تختلف فيها المصادر");
    public static readonly Phrase NoDisputes = new("No source disagrees with another here.", "لا تختلف المصادر هنا.");
    public static readonly Phrase Trace = new("Trace", "تتبّع");
    public static readonly Phrase TraceIntro = new(
        "Follow a duty or a provision up to the legal bases and international standards behind it, or a Security Council resolution or FATF Recommendation down to the national provisions, duties and bodies that carry it out.",
        "تتبّع التزامًا أو مادة صعودًا إلى أسسها القانونية والمعايير الدولية التي تستند إليها، أو قرارًا لمجلس الأمن أو توصية لمجموعة العمل المالي نزولًا إلى المواد والالتزامات والجهات الوطنية التي تنفذها.");
    public static readonly Phrase TraceAgain = new("Trace something else", "تتبّع شيئًا آخر");
    public static readonly Phrase TraceFrom = new("Start from (an id)", "نقطة البداية (معرّف)");
    public static readonly Phrase Direction = new("Direction", "الاتجاه");
    public static readonly Phrase Up = new("Up: to its legal bases", "صعودًا: إلى أسسه القانونية");
    public static readonly Phrase Down = new("Down: to what carries it out", "نزولًا: إلى ما ينفّذه");
    public static readonly Phrase ReadOn = new("Read the law as in force on", "قراءة القانون كما كان ساريًا في");
    public static readonly Phrase NotAnId = new("Not an id: write one such as obligation/kw/report-suspicious-transactions or un/scr/1373.", "ليس معرّفًا: اكتب معرّفًا مثل obligation/kw/report-suspicious-transactions أو un/scr/1373.");
    public static readonly Phrase DiagramCaption = new("The chain as a diagram: each box links to its page.", "السلسلة في مخطط: كل مربع رابط إلى صفحته.");
    public static readonly Phrase TraceUp = new("Trace its legal bases", "تتبّع أسسه القانونية");
    public static readonly Phrase TraceDown = new("Trace what carries it out", "تتبّع ما ينفّذه");
    public static readonly Phrase Curriculum = new("Curriculum", "منهج تدريبي");
    public static readonly Phrase CurriculumIntro = new(
        "Build a learning path on a topic for an audience: the provisions to read, the international standards behind them, the bodies they set up and the audience's duties, with review questions whose answers cite the law. It prints as a handout.",
        "أنشئ مسارًا تعليميًا في موضوع لفئة من المتدربين: المواد الواجب قراءتها، والمعايير الدولية التي تستند إليها، والجهات التي تنشئها، والتزامات الفئة، مع أسئلة مراجعة تستشهد إجاباتها بالنصوص. ويُطبع كمادة تدريبية.");
    public static readonly Phrase CurriculumAgain = new("Build another", "إنشاء منهج آخر");
    public static readonly Phrase PrintHint = new("Print this page for a handout: the navigation and forms are left out.", "اطبع هذه الصفحة لتحصل على مادة تدريبية: تُحذف منها القوائم والنماذج.");
    public static readonly Phrase Topic = new("Topic", "الموضوع");
    public static readonly Phrase Audience = new("Audience", "الفئة المستهدفة");
    public static readonly Phrase TeachOn = new("Teach the law as in force on", "تدريس القانون كما كان ساريًا في");
    public static readonly Phrase Build = new("Build", "إنشاء");
    public static readonly Phrase ForExample = new("For example:", "مثلًا:");
    public static readonly Phrase NoResults = new("Nothing matches", "لا نتائج لـ");
    public static readonly Phrase MoreResults = new("More results", "مزيد من النتائج");
    public static readonly Phrase ResultsFor = new("Matches for", "نتائج البحث عن");
    public static readonly Phrase NotFound = new("Page not found", "الصفحة غير موجودة");
    public static readonly Phrase NotFoundText = new("Nothing in the corpus has this address.", "لا يوجد في المدونة ما يحمل هذا العنوان.");
    public static readonly Phrase Laws = new("Laws and decree-laws", "القوانين والمراسيم بقوانين");
    public static readonly Phrase Resolutions = new("Ministerial and Cabinet resolutions", "القرارات الوزارية وقرارات مجلس الوزراء");
    public static readonly Phrase UnResolutions = new("Security Council resolutions", "قرارات مجلس الأمن");
    public static readonly Phrase Standards = new("Standards", "المعايير");
    public static readonly Phrase Institutions = new("Institutions", "المؤسسات");
    public static readonly Phrase Frameworks = new("Frameworks", "الأطر");
    public static readonly Phrase Events = new("Events", "الأحداث");
    public static readonly Phrase People = new("People", "الأشخاص");
    public static readonly Phrase States = new("States", "الدول");
    public static readonly Phrase Sectors = new("Sectors", "القطاعات");
    public static readonly Phrase Topics = new("Topics", "المواضيع");
}
