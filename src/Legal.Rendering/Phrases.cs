using Legal.Model;
using Legal.Model.Time;

namespace Legal.Rendering;

/// <summary>
/// Every fixed piece of interface text, in both languages, in one table: the renderings' labels, the pages' words,
/// the deontic types and how each relation reads from either end. Corpus text lives in <see cref="Bilingual"/> instead.
/// </summary>
public static class Phrases
{
    // Renderings of nodes, traces and curricula
    public static readonly Phrase Id = new("Id", "المعرّف");
    public static readonly Phrase Kind = new("Kind", "النوع");
    public static readonly Phrase Number = new("Number", "الرقم");
    public static readonly Phrase Jurisdiction = new("Jurisdiction", "الولاية القضائية");
    public static readonly Phrase Date = new("Date", "التاريخ");
    public static readonly Phrase Place = new("Place", "المكان");
    public static readonly Phrase InForce = new("In force", "السريان");
    public static readonly Phrase Deontic = new("Deontic type", "النوع الإلزامي");
    public static readonly Phrase Publisher = new("Publisher", "الناشر");
    public static readonly Phrase AsOf = new("As in force on", "بحسب النص الساري في");
    public static readonly Phrase NotInForce = new("Not in force on", "غير سارية في");
    public static readonly Phrase Status = new("Status on", "الحالة في");
    public static readonly Phrase KnownUpTo = new("Amendments known up to", "التعديلات معروفة حتى");
    public static readonly Phrase MayNotBeCurrent = new(
        "The text may not be current on {0}: amendments are known to be applied only up to {1}.",
        "قد لا يكون النص محدّثًا في {0}: التعديلات معروفة حتى {1} فقط.");
    public static readonly Phrase NotBefore = new("not before {0}", "ليس قبل {0}");
    public static readonly Phrase DateUnknown = new("date unknown", "التاريخ غير معروف");
    public static readonly Phrase Uncertain = new("uncertain", "غير مؤكد");
    public static readonly Phrase UncertainNote = new("Uncertain", "غير مؤكد");
    public static readonly Phrase WhyNotYet = new("it takes effect {0}", "يسري {0}");
    public static readonly Phrase WhyInstrumentNotYet = new("its instrument was not yet in force (it takes effect {0})", "لم يكن الصك الذي يتضمنها ساريًا بعد (يسري {0})");
    public static readonly Phrase WhyInstrumentRepealed = new("its instrument was no longer in force: {0}", "لم يعد الصك الذي يتضمنها ساريًا: {0}");
    public static readonly Phrase WhyNotYetInserted = new("this provision was added {0}", "أضيفت هذه المادة {0}");
    public static readonly Phrase WhyRepealedBy = new("repealed by {0} ({1})", "أُلغي بموجب {0} ({1})");
    public static readonly Phrase WhyRepealed = new("ceased to be in force ({0})", "انتهى سريانه ({0})");
    public static readonly Phrase WhyEnded = new("this wording ended {0}", "انتهى سريان هذا النص {0}");
    public static readonly Phrase WhyUnknown = new("no source gives the date it took effect", "لا يذكر أي مصدر تاريخ سريانه");
    public static readonly Phrase WhyStraddles = new("the day falls within {0}, a date the sources give only to the month or year", "يقع اليوم ضمن {0}، وهو تاريخ غير معروف بدقة اليوم");
    public static readonly Phrase WhyStartUnknown = new("the day it took effect is not known ({0})", "تاريخ سريانه غير معروف ({0})");
    public static readonly Phrase Provisions = new("Provisions", "المواد");
    public static readonly Phrase Relations = new("Relations", "العلاقات");
    public static readonly Phrase Claims = new("Claims by source", "ما تقوله المصادر");
    public static readonly Phrase Disputed = new("sources disagree", "المصادر مختلفة");
    public static readonly Phrase Sources = new("Sources", "المصادر");
    public static readonly Phrase AttestedOn = new("attested on", "بحسب ما ورد في");
    public static readonly Phrase TraceUp = new("Legal bases of", "الأسس القانونية لـ");
    public static readonly Phrase TraceDown = new("What carries out", "ما ينفّذ");
    public static readonly Phrase MaxDepth = new("At most this many steps", "الحد الأقصى لعدد الخطوات");
    public static readonly Phrase NoPaths = new("No path found within that many steps on that date.", "لم يُعثر على مسار ضمن هذا العدد من الخطوات في ذلك التاريخ.");
    // Curricula
    public static readonly Phrase Handout = new("Training handout", "مادة تدريبية");
    public static readonly Phrase Topic = new("Topic", "الموضوع");
    public static readonly Phrase Audience = new("Audience", "الفئة المستهدفة");
    public static readonly Phrase Objectives = new("Objectives", "الأهداف");
    public static readonly Phrase Readings = new("Readings", "القراءات");
    public static readonly Phrase Questions = new("Review questions", "أسئلة المراجعة");
    public static readonly Phrase ModuleLaw = new("What the law says", "ما ينص عليه القانون");
    public static readonly Phrase ObjectiveLaw = new("Know the provisions on {0} and what each provides.", "معرفة الأحكام المتعلقة بـ{0} ومضمون كل منها.");
    public static readonly Phrase QuestionProvides = new("What does {0} provide?", "بماذا تقضي {0}؟");
    public static readonly Phrase ModuleSources = new("Where the law comes from", "مصادر القانون الدولية");
    public static readonly Phrase ObjectiveSources = new("Trace these provisions to the international standards they carry out.", "ربط هذه الأحكام بالمعايير الدولية التي تنفذها.");
    public static readonly Phrase QuestionSource = new("Which international standard does {0} carry out?", "ما المعيار الدولي الذي تنفذه {0}؟");
    public static readonly Phrase ModuleBodies = new("Who does what", "الجهات المختصة");
    public static readonly Phrase ObjectiveBodies = new("Name the bodies these provisions create or empower, and where.", "معرفة الجهات التي تنشئها هذه الأحكام أو تخولها، وموضع ذلك.");
    public static readonly Phrase QuestionBody = new("Which body is {1} {0}?", "ما الجهة التي {1} {0}؟");
    public static readonly Phrase ModuleDuties = new("Duties of {0}", "التزامات {0}");
    public static readonly Phrase ObjectiveDuties = new("Know what you must, must not and may do, by when, and who checks.", "معرفة ما يجب عليكم وما يحظر وما يجوز، والمهل، والجهة الرقابية.");
    public static readonly Phrase QuestionDuty = new("What does {0} require of {1}?", "ماذا تفرض {0} على {1}؟");
    public static readonly Phrase QuestionSupervisor = new("Who supervises the duty to {0}?", "من يشرف على الالتزام التالي: {0}؟");
    public static readonly Phrase ModuleCooperation = new("Cooperation beyond borders", "التعاون الدولي");
    public static readonly Phrase ObjectiveCooperation = new("Know the forums and events through which Kuwait works with others on {0}.", "معرفة الأطر والفعاليات التي تتعاون الكويت من خلالها مع غيرها في {0}.");
    public static readonly Phrase QuestionWhatIs = new("What is {0}?", "ما المقصود بـ{0}؟");
    public static readonly Phrase Missing = new("No summary in English yet; the Arabic summary follows.", "لا يوجد ملخص بالعربية بعد؛ يلي الملخص الإنجليزي.");

    public static string StatusLabel(InForceStatus status, Lang lang) => status switch
    {
        InForceStatus.NotYetInForce => lang == Lang.Ar ? "لم يسرِ بعد" : "Not yet in force",
        InForceStatus.InForce => lang == Lang.Ar ? "ساري" : "In force",
        InForceStatus.Repealed => lang == Lang.Ar ? "ملغى" : "Repealed",
        _ => lang == Lang.Ar ? "غير معروف" : "Unknown",
    };

    public static readonly Phrase Ratings = new("Ratings by Recommendation", "الدرجات حسب التوصية");
    public static readonly Phrase ActionPlan = new("Action plan", "خطة العمل");
    // Provenance
    public static readonly Phrase Grade = new("grade", "الدرجة");
    public static readonly Phrase Unsourced = new("No source of its own: check this against the official text before relying on it.", "لا مصدر خاصاً بها: راجعها في النص الرسمي قبل الاعتماد عليها.");
    public static readonly Phrase LowGradeOnly = new("Rests only on low-grade sources: check it before relying on it.", "تستند إلى مصادر ضعيفة فقط: تحقق منها قبل الاعتماد عليها.");
    public static readonly Phrase LowGradeRelation = new("low-grade sources only", "مصادر ضعيفة فقط");

    public static string GradeLabel(SourceGrade? grade, Lang lang) => grade switch
    {
        SourceGrade.Official => lang == Lang.Ar ? "رسمي" : "official",
        SourceGrade.Professional => lang == Lang.Ar ? "ثانوي مهني" : "professional secondary",
        SourceGrade.Press => lang == Lang.Ar ? "صحافة" : "press",
        _ => lang == Lang.Ar ? "ضعيف" : "low",
    };

    /// <summary>A count as the source states it: "more than 450", "أكثر من 450".</summary>
    public static string FigureText(Figure figure, Lang lang) => figure.Qualifier switch
    {
        FigureQualifier.AtLeast => lang == Lang.Ar ? $"{figure.Value} على الأقل" : $"at least {figure.Value}",
        FigureQualifier.MoreThan => lang == Lang.Ar ? $"أكثر من {figure.Value}" : $"more than {figure.Value}",
        FigureQualifier.About => lang == Lang.Ar ? $"نحو {figure.Value}" : $"about {figure.Value}",
        _ => figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string DeonticLabel(Deontic? deontic, Lang lang) => deontic switch
    {
        Model.Deontic.Prohibition => lang == Lang.Ar ? "حظر" : "Prohibition",
        Model.Deontic.Permission => lang == Lang.Ar ? "إباحة" : "Permission",
        _ => lang == Lang.Ar ? "التزام" : "Obligation",
    };

    // Pages
    public static readonly Phrase SiteName = new("Legal", "Legal");
    public static readonly Phrase Tagline = new("AML/CFT law, with its sources", "قوانين مكافحة غسل الأموال وتمويل الإرهاب ومصادرها");
    public static readonly Phrase CorpusVersion = new("Corpus version", "إصدار مجموعة النصوص");
    public static readonly Phrase Commit = new("commit", "الإيداع");
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
    public static readonly Phrase InstrumentNotInForce = new("This instrument was not in force on that day.", "لم يكن هذا الصك ساريًا في ذلك اليوم.");
    public static readonly Phrase BadDate = new("Not a date; write it as YYYY-MM-DD.", "ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD.");
    public static readonly Phrase Trace = new("Trace", "تتبّع");
    public static readonly Phrase TraceIntro = new(
        "Follow a duty or a provision up to the legal bases and international standards behind it, or a Security Council resolution or FATF Recommendation down to the national provisions, duties and bodies that carry it out.",
        "تتبّع التزامًا أو مادة صعودًا إلى أسسها القانونية والمعايير الدولية التي تستند إليها، أو قرارًا لمجلس الأمن أو توصية لمجموعة العمل المالي نزولًا إلى المواد والالتزامات والجهات الوطنية التي تنفذها.");
    public static readonly Phrase TraceAgain = new("Trace something else", "تتبّع شيئًا آخر");
    public static readonly Phrase TraceFrom = new("Start from (type a title or an id)", "نقطة البداية (اكتب عنوانًا أو معرّفًا)");
    public static readonly Phrase Direction = new("Direction", "الاتجاه");
    public static readonly Phrase Up = new("Up: to its legal bases", "صعودًا: إلى أسسه القانونية");
    public static readonly Phrase Down = new("Down: to what carries it out", "نزولًا: إلى ما ينفّذه");
    public static readonly Phrase ReadOn = new("Read the law as in force on", "قراءة القانون كما كان ساريًا في");
    public static readonly Phrase NotAnId = new(
        "Not an id, and no title matches it: type a few words of a title, or an id such as obligation/kw/report-suspicious-transactions or un/scr/1373.",
        "ليس معرّفًا، ولا يطابقه أي عنوان: اكتب كلمات من عنوان، أو معرّفًا مثل obligation/kw/report-suspicious-transactions أو un/scr/1373.");
    public static readonly Phrase DiagramCaption = new("The chain as a diagram: each box links to its page.", "السلسلة في مخطط: كل مربع رابط إلى صفحته.");
    public static readonly Phrase TraceUpAction = new("Trace its legal bases", "تتبّع أسسه القانونية");
    public static readonly Phrase TraceDownAction = new("Trace what carries it out", "تتبّع ما ينفّذه");
    public static readonly Phrase Curriculum = new("Curriculum", "منهج تدريبي");
    public static readonly Phrase CurriculumIntro = new(
        "Build a learning path on a topic for an audience: the provisions to read, the international standards behind them, the bodies they set up and the audience's duties, with review questions whose answers cite the law. It prints as a handout.",
        "أنشئ مسارًا تعليميًا في موضوع لفئة من المتدربين: المواد الواجب قراءتها، والمعايير الدولية التي تستند إليها، والجهات التي تنشئها، والتزامات الفئة، مع أسئلة مراجعة تستشهد إجاباتها بالنصوص. ويُطبع كمادة تدريبية.");
    public static readonly Phrase CurriculumAgain = new("Build another", "إنشاء منهج آخر");
    public static readonly Phrase PrintHint = new("Print this page for a handout: the navigation and forms are left out.", "اطبع هذه الصفحة لتحصل على مادة تدريبية: تُحذف منها القوائم والنماذج.");
    public static readonly Phrase TeachOn = new("Teach the law as in force on", "تدريس القانون كما كان ساريًا في");
    public static readonly Phrase Build = new("Build", "إنشاء");
    public static readonly Phrase ForExample = new("For example:", "مثلًا:");
    public static readonly Phrase NoResults = new("Nothing matches", "لا نتائج لـ");
    public static readonly Phrase MoreResults = new("More results", "مزيد من النتائج");
    public static readonly Phrase ResultsFor = new("Matches for", "نتائج البحث عن");
    public static readonly Phrase NotFound = new("Page not found", "الصفحة غير موجودة");
    public static readonly Phrase NotFoundText = new("Nothing in the corpus has this address.", "لا يوجد في المدونة ما يحمل هذا العنوان.");
    public static readonly Phrase Institutions = new("Institutions", "المؤسسات");
    public static readonly Phrase Frameworks = new("Frameworks", "الأطر");
    public static readonly Phrase Events = new("Events", "الأحداث");
    public static readonly Phrase People = new("People", "الأشخاص");
    public static readonly Phrase States = new("States", "الدول");
    public static readonly Phrase Sectors = new("Sectors", "القطاعات");
    public static readonly Phrase Topics = new("Topics", "المواضيع");


    // The reader's orientation: what a summary is, where an instrument stands, and how it changed
    public static readonly Phrase OurSummary = new("Our summary, not the official text", "ملخصنا، وليس النص الرسمي");
    public static readonly Phrase OurSummaryNote = new(
        "Every summary here is written by us from the sources it cites; it is not the official text and is not legal advice. Quote the law from the official gazette (Kuwait Al-Youm).",
        "كل ملخص هنا من صياغتنا استنادًا إلى المصادر التي يذكرها؛ وهو ليس النص الرسمي ولا استشارة قانونية. ويُستشهد بالقانون من الجريدة الرسمية (الكويت اليوم).");
    public static readonly Phrase StatusHeading = new("Status", "الحالة");
    public static readonly Phrase StatusInForce = new("In force", "ساري المفعول");
    public static readonly Phrase StatusRepealed = new("Repealed", "ملغى");
    public static readonly Phrase StatusNotYetInForce = new("Not yet in force", "لم يدخل حيز النفاذ بعد");
    public static readonly Phrase StatusUnknown = new("Status not known", "الحالة غير معروفة");
    public static readonly Phrase Issued = new("Issued", "تاريخ الإصدار");
    public static readonly Phrase InForceFrom = new("In force from", "يسري من");
    public static readonly Phrase InForceUntil = new("In force until", "يسري حتى");
    public static readonly Phrase NotKnown = new("not known to us", "غير معروف لدينا");
    public static readonly Phrase ChangesKnownUpTo = new("Changes known up to", "التعديلات المعروفة حتى");
    public static readonly Phrase Timeline = new("Points in time", "المراحل الزمنية");
    public static readonly Phrase TimelineIssued = new("issued", "الإصدار");
    public static readonly Phrase TimelineInForce = new("came into force", "بدء السريان");
    public static readonly Phrase TimelineEnds = new("ceased to be in force", "انتهاء السريان");
    public static readonly Phrase TimelineChanged = new("changed by", "عُدِّل بموجب");
    public static readonly Phrase TimelineRead = new("Read as on this date", "اقرأ النص في هذا التاريخ");
    public static readonly Phrase Compare = new("Compare two dates", "المقارنة بين تاريخين");
    public static readonly Phrase CompareFrom = new("Earlier date", "التاريخ الأقدم");
    public static readonly Phrase CompareTo = new("Later date", "التاريخ الأحدث");
    public static readonly Phrase CompareAction = new("Compare", "قارن");
    public static readonly Phrase WhatChanged = new("What changed between {0} and {1}", "ما تغيّر بين {0} و{1}");
    public static readonly Phrase NothingChanged = new("No provision's summary differs between these dates.", "لا يختلف ملخص أي مادة بين هذين التاريخين.");
    public static readonly Phrase NoText = new("(not in force)", "(غير سارية)");
    public static readonly Phrase Removed = new("removed:", "حُذف:");
    public static readonly Phrase Added = new("added:", "أُضيف:");
    public static readonly Phrase Identifiers = new("Identifiers", "المعرّفات");
    public static readonly Phrase ProvisionInForce = new("In force", "سارية");
    public static readonly Phrase ProvisionNotInForce = new("Not in force on this date", "غير سارية في هذا التاريخ");
    public static readonly Phrase ProvisionSince = new("since {0}", "منذ {0}");
    public static readonly Phrase ProvisionUntil = new("until {0}", "حتى {0}");
    public static readonly Phrase ProvisionSources = new("Sources", "المصادر");
    public static readonly Phrase ProvisionDisputes = new("Where sources disagree", "ما تختلف فيه المصادر");
    public static readonly Phrase DisputeOn = new("On the {0}:", "بشأن {0}:");

    /// <summary>A claim's field as a reader names it: "date" is "the date".</summary>
    public static string FieldName(string field, Lang lang) => field switch
    {
        "date" => lang == Lang.Ar ? "التاريخ" : "date",
        "number" => lang == Lang.Ar ? "الرقم" : "number",
        "end_date" => lang == Lang.Ar ? "تاريخ الانتهاء" : "end date",
        "in_force" or "in_force.from" => lang == Lang.Ar ? "تاريخ السريان" : "date of entry into force",
        "title" => lang == Lang.Ar ? "العنوان" : "title",
        "place" => lang == Lang.Ar ? "المكان" : "place",
        _ => field.Replace('_', ' '),
    };

    /// <summary>What kind of thing a node is, in words: "Decree-law", «مرسوم بقانون».</summary>
    public static string KindName(NodeKind kind, Lang lang) => kind switch
    {
        NodeKind.Law => lang == Lang.Ar ? "قانون" : "Law",
        NodeKind.DecreeLaw => lang == Lang.Ar ? "مرسوم بقانون" : "Decree-law",
        NodeKind.MinisterialResolution => lang == Lang.Ar ? "قرار وزاري" : "Ministerial resolution",
        NodeKind.CabinetResolution => lang == Lang.Ar ? "قرار مجلس الوزراء" : "Cabinet resolution",
        NodeKind.RegulatoryInstruction => lang == Lang.Ar ? "تعليمات جهة رقابية" : "Regulator's instructions",
        NodeKind.UnResolution => lang == Lang.Ar ? "قرار مجلس الأمن" : "Security Council resolution",
        NodeKind.Standard => lang == Lang.Ar ? "معيار دولي" : "International standard",
        NodeKind.Provision => lang == Lang.Ar ? "مادة" : "Provision",
        NodeKind.Institution => lang == Lang.Ar ? "جهة" : "Institution",
        NodeKind.Framework => lang == Lang.Ar ? "إطار تعاون" : "Framework",
        NodeKind.Event => lang == Lang.Ar ? "حدث" : "Event",
        NodeKind.Person => lang == Lang.Ar ? "شخص" : "Person",
        NodeKind.State => lang == Lang.Ar ? "دولة" : "State",
        NodeKind.Sector => lang == Lang.Ar ? "قطاع" : "Sector",
        NodeKind.Obligation => lang == Lang.Ar ? "التزام" : "Duty",
        NodeKind.Topic => lang == Lang.Ar ? "موضوع" : "Topic",
        _ => lang == Lang.Ar ? "مصدر" : "Source",
    };

    /// <summary>The short form of an instrument's kind in a citation: "Law 106/2013", «القانون 106/2013».</summary>
    public static string KindShort(NodeKind kind, Lang lang) => kind switch
    {
        NodeKind.Law => lang == Lang.Ar ? "القانون" : "Law",
        NodeKind.DecreeLaw => lang == Lang.Ar ? "المرسوم بقانون" : "Decree-Law",
        NodeKind.MinisterialResolution => lang == Lang.Ar ? "القرار الوزاري" : "Ministerial Resolution",
        NodeKind.CabinetResolution => lang == Lang.Ar ? "قرار مجلس الوزراء" : "Cabinet Resolution",
        NodeKind.UnResolution => lang == Lang.Ar ? "قرار مجلس الأمن" : "UNSCR",
        _ => KindName(kind, lang),
    };

    /// <summary>A jurisdiction's name: "KW" is Kuwait, «الكويت».</summary>
    public static string JurisdictionName(string code, Lang lang) => code switch
    {
        "KW" => lang == Lang.Ar ? "الكويت" : "Kuwait",
        "UN" => lang == Lang.Ar ? "الأمم المتحدة" : "United Nations",
        "FATF" => lang == Lang.Ar ? "مجموعة العمل المالي" : "FATF",
        "EU" => lang == Lang.Ar ? "الاتحاد الأوروبي" : "European Union",
        _ => code,
    };

    /// <summary>How a mapping's extent reads: "partly implements".</summary>
    public static string Extent(string extent, Lang lang) => extent switch
    {
        "implements" => lang == Lang.Ar ? "تنفيذ كامل" : "implements",
        "partly_implements" => lang == Lang.Ar ? "تنفيذ جزئي" : "partly implements",
        _ => extent.Replace('_', ' '),
    };

    /// <summary>
    /// An English title lowered to run on inside a sentence ("Duties of banks", not "Duties of Banks"); a word in
    /// capitals ("DNFBPs") and Arabic stay as they are.
    /// </summary>
    public static string? MidSentence(string? text, Lang lang) =>
        lang == Lang.En && text is { Length: > 1 } && char.IsUpper(text[0]) && char.IsLower(text[1])
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;

    /// <summary>Separates items in running text: the Arabic comma in Arabic.</summary>
    public static string Comma(Lang lang) => lang == Lang.Ar ? "، " : ", ";

    /// <summary>Separates the clauses of a list in running text: the Arabic semicolon in Arabic.</summary>
    public static string Semicolon(Lang lang) => lang == Lang.Ar ? "؛ " : "; ";

    // Home, about and sector pages
    public static readonly Phrase StartHere = new("Where to start", "من أين تبدأ");
    public static readonly Phrase StartTrace = new("Trace a duty to its legal basis", "تتبّع التزامًا إلى أساسه القانوني");
    public static readonly Phrase StartTraceText = new("From a duty or an article up to the law and the international standard behind it.", "من التزام أو مادة صعودًا إلى القانون والمعيار الدولي الذي يستند إليه.");
    public static readonly Phrase StartSector = new("What binds my sector on a date", "ما يُلزم قطاعي في تاريخ معيّن");
    public static readonly Phrase StartSectorText = new("The register of duties for one sector, with each duty's basis, supervisor and penalty.", "سجل الالتزامات لقطاع واحد، مع أساس كل التزام والجهة الرقابية والعقوبة.");
    public static readonly Phrase StartHandout = new("Build a training handout", "أنشئ مادة تدريبية");
    public static readonly Phrase StartHandoutText = new("Readings, review questions and an answer key on a topic, for an audience.", "قراءات وأسئلة مراجعة ومفتاح إجابات في موضوع لفئة من المتدربين.");
    public static readonly Phrase Instruments = new("Instruments", "الصكوك");
    public static readonly Phrase InstrumentsOrder = new(
        "Kuwait's laws first, then decree-laws, Cabinet and ministerial resolutions, regulators' instructions, Security Council resolutions and international standards; within each, those in force before those repealed, then the newest year first, then by number.",
        "القوانين الكويتية أولًا، ثم المراسيم بقوانين، فقرارات مجلس الوزراء والقرارات الوزارية، فتعليمات الجهات الرقابية، فقرارات مجلس الأمن والمعايير الدولية؛ وفي كل فئة يتقدم الساري على الملغى، ثم الأحدث سنةً، ثم حسب الرقم.");
    public static readonly Phrase Instrument = new("Instrument", "الصك");
    public static readonly Phrase Dates = new("Dates", "التواريخ");
    public static readonly Phrase Browse = new("Bodies, frameworks and more", "الجهات والأطر وغيرها");
    public static readonly Phrase About = new("About this corpus", "عن هذه المدونة");
    public static readonly Phrase AboutCovered = new("What is covered", "ما تغطيه");
    public static readonly Phrase AboutCoveredText = new(
        "Kuwait's law on combating money laundering and the financing of terrorism (Law No. 106 of 2013, as amended), the law it repealed, the resolutions issued under it, the Security Council resolutions and FATF Recommendations it carries out, the sectors it binds and the bodies, frameworks and events around it.",
        "قانون مكافحة غسل الأموال وتمويل الإرهاب الكويتي (القانون رقم 106 لسنة 2013 وتعديلاته)، والقانون الذي ألغاه، والقرارات الصادرة تنفيذًا له، وقرارات مجلس الأمن وتوصيات مجموعة العمل المالي التي ينفذها، والقطاعات التي يُلزمها، والجهات والأطر والأحداث المتصلة به.");
    public static readonly Phrase AboutCounts = new("Counts", "الأعداد");
    public static readonly Phrase AboutSummaries = new("Our summaries and the official text", "ملخصاتنا والنص الرسمي");
    public static readonly Phrase AboutSummariesText = new(
        "Each summary is written by us, in our own words, from the sources it cites. No official wording ships with the corpus; a deployment may add its licensed copy, which is then shown as the official text. Where sources disagree, each version is recorded with its sources and nothing is settled for them.",
        "كل ملخص من صياغتنا وبكلماتنا استنادًا إلى المصادر التي يذكرها. لا تتضمن المدونة أي نص رسمي؛ ويجوز لمن يشغّلها أن يضيف نسخته المرخصة فتُعرض بوصفها النص الرسمي. وحين تختلف المصادر تُسجَّل كل رواية بمصادرها دون ترجيح.");
    public static readonly Phrase AboutSources = new("Sources and their grades", "المصادر ودرجاتها");
    public static readonly Phrase AboutSourcesText = new(
        "Every source is graded by what it is: the official text itself, an official statement, the press, or a secondary work such as a law-firm note or a transcription. The number of sources of each grade:",
        "يُصنَّف كل مصدر بحسب طبيعته: النص الرسمي نفسه، أو بيان رسمي، أو الصحافة، أو عمل ثانوي كمذكرة مكتب محاماة أو نسخة منقولة. وعدد المصادر من كل درجة:");
    public static readonly Phrase AboutVersion = new("Corpus version", "إصدار المدونة");
    public static readonly Phrase AboutVersionText = new(
        "The corpus served here is identified by the digest of its content below; its newest source is dated {0}.",
        "تُعرَّف المدونة المعروضة هنا ببصمة محتواها أدناه، وأحدث مصادرها مؤرخ في {0}.");
    public static readonly Phrase GradeHeading = new("Grade", "الدرجة");
    public static readonly Phrase Count = new("Number", "العدد");
    public static readonly Phrase SectorRegister = new("What binds {0} on {1}", "ما يُلزم {0} في {1}");
    public static readonly Phrase SectorIntro = new(
        "Every duty binding this sector, or a broader sector it belongs to, on that date, grouped by topic.",
        "كل التزام يُلزم هذا القطاع، أو قطاعًا أعم ينتمي إليه، في ذلك التاريخ، مجمّعًا حسب الموضوع.");
    public static readonly Phrase SectorChoose = new("Sector", "القطاع");
    public static readonly Phrase SectorOn = new("On", "في تاريخ");
    public static readonly Phrase SectorShow = new("Show the register", "اعرض السجل");
    public static readonly Phrase SectorPick = new("Pick a sector and a date to see every duty that binds it then.", "اختر قطاعًا وتاريخًا لترى كل التزام يُلزمه حينها.");
    public static readonly Phrase Duty = new("Duty", "الالتزام");
    public static readonly Phrase Basis = new("Legal basis", "الأساس القانوني");
    public static readonly Phrase Supervisor = new("Supervisor", "الجهة الرقابية");
    public static readonly Phrase Penalty = new("Penalty", "العقوبة");
    public static readonly Phrase NoneRecorded = new("none recorded", "لم تُسجَّل");
    public static readonly Phrase OtherDuties = new("Other duties", "التزامات أخرى");
    public static readonly Phrase NoDuties = new("No duty binds this sector on that date in the corpus.", "لا يوجد في المدونة التزام يُلزم هذا القطاع في ذلك التاريخ.");
    public static readonly Phrase Conditions = new("Conditions", "الشروط");
    public static readonly Phrase Deadline = new("Deadline", "المهلة");
    // Trace and curriculum additions
    public static readonly Phrase TraceBodyAction = new("Trace what establishes and empowers it", "تتبّع ما ينشئه ويخوّله");
    public static readonly Phrase NoArabicSummary = new("There is no English summary of this yet.", "لا يوجد ملخص عربي لهذا الجزء بعد.");
    public static readonly Phrase ReadInEnglish = new("Read it in Arabic", "اقرأه بالإنجليزية");
    public static readonly Phrase FullTitle = new("Full title", "العنوان الكامل");
    public static readonly Phrase TracePick = new("Pick where to start:", "اختر نقطة البداية:");
    public static readonly Phrase AnswerKey = new("Answer key", "مفتاح الإجابات");
    public static readonly Phrase AnswerKeyNote = new("For the trainer: the answers to the review questions, with the provision that gives each.", "للمدرّب: إجابات أسئلة المراجعة، مع المادة التي تتضمن كل إجابة.");
    public static readonly Phrase NoSectorMatch = new(
        "No sector matches the audience “{0}”, so this handout has no module on duties. Name a sector, such as: {1}.",
        "لا يطابق أي قطاع الفئة «{0}»، لذلك لا تتضمن هذه المادة وحدة عن الالتزامات. اذكر قطاعًا، مثل: {1}.");
    public static readonly Phrase Module = new("Module", "الوحدة");

    // Relations
    private static readonly Dictionary<RelationKind, (string OutEn, string InEn, string OutAr, string InAr)> RelationLabels = new()
    {
        [RelationKind.Implements] = ("implements", "implemented by", "ينفّذ", "يُنفَّذ بموجب"),
        [RelationKind.Amends] = ("amends", "amended by", "يعدّل", "عُدِّل بموجب"),
        [RelationKind.Repeals] = ("repeals", "repealed by", "يلغي", "أُلغي بموجب"),
        [RelationKind.GivesEffectTo] = ("gives effect to", "given effect by", "ينفّذ أحكام", "تُنفَّذ أحكامه بموجب"),
        [RelationKind.MapsTo] = ("carries out", "carried out by", "يطبّق", "يُطبَّق بموجب"),
        [RelationKind.Cites] = ("cites", "cited by", "يشير إلى", "يُشار إليه في"),
        [RelationKind.PartOf] = ("part of", "contains", "جزء من", "يتضمن"),
        [RelationKind.Defines] = ("defines", "defined in", "يعرّف", "معرَّف في"),
        [RelationKind.Establishes] = ("establishes", "established by", "ينشئ", "أُنشئ بموجب"),
        [RelationKind.Designates] = ("designates", "designated by", "يسمّي", "مسمّى بموجب"),
        [RelationKind.Supervises] = ("supervises", "supervised by", "يشرف على", "يخضع لإشراف"),
        [RelationKind.Empowers] = ("empowers", "empowered by", "يخوّل", "مخوَّل بموجب"),
        [RelationKind.IssuedBy] = ("issued by", "issued", "صادر عن", "أصدر"),
        [RelationKind.Imposes] = ("imposes", "imposed by", "يفرض", "مفروض بموجب"),
        [RelationKind.Binds] = ("binds", "bound by", "يُلزم", "ملزَم بموجب"),
        [RelationKind.PenalisedBy] = ("penalised under", "penalises breach of", "يُعاقب على مخالفته بموجب", "يعاقب على مخالفة"),
        [RelationKind.MemberOf] = ("member of", "has member", "عضو في", "من أعضائه"),
        [RelationKind.Chairs] = ("chairs", "chaired by", "يرأس", "برئاسة"),
        [RelationKind.CoChairs] = ("co-chairs", "co-chaired by", "يشارك في رئاسة", "برئاسة مشتركة من"),
        [RelationKind.Hosted] = ("hosted", "hosted by", "استضاف", "استضافه"),
        [RelationKind.OrganisedBy] = ("organised by", "organised", "نظّمه", "نظّم"),
        [RelationKind.ParticipatedIn] = ("took part in", "with participation of", "شارك في", "بمشاركة"),
        [RelationKind.HeldRole] = ("held a role at", "had as office-holder", "شغل منصبًا في", "من شاغلي المناصب فيه"),
        [RelationKind.Represents] = ("represents", "represented by", "يمثّل", "يمثّله"),
        [RelationKind.About] = ("about", "subject of", "بشأن", "موضوع"),
        [RelationKind.SameAs] = ("same as", "same as", "هو نفسه", "هو نفسه"),
    };

    /// <summary>How a relation reads from its source: "establishes".</summary>
    public static string RelationFrom(RelationKind type, Lang lang) => lang == Lang.Ar ? RelationLabels[type].OutAr : RelationLabels[type].OutEn;

    /// <summary>How a relation reads from its target: "established by".</summary>
    public static string RelationTo(RelationKind type, Lang lang) => lang == Lang.Ar ? RelationLabels[type].InAr : RelationLabels[type].InEn;
}
