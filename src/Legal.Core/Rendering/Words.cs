using Legal.Core.Model;

namespace Legal.Core.Rendering;

/// <summary>The fixed words of a rendering, in both languages.</summary>
internal static class Words
{
    public sealed class Pair(string en, string ar)
    {
        public string this[Lang lang] => lang == Lang.Ar ? ar : en;

        /// <summary>The text in one language with its placeholders filled: the way question templates are read.</summary>
        public string Format(Lang lang, params object?[] values) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[lang], values);
    }

    public static readonly Pair Id = new("Id", "المعرّف");
    public static readonly Pair Kind = new("Kind", "النوع");
    public static readonly Pair Number = new("Number", "الرقم");
    public static readonly Pair Jurisdiction = new("Jurisdiction", "الولاية القضائية");
    public static readonly Pair Date = new("Date", "التاريخ");
    public static readonly Pair Place = new("Place", "المكان");
    public static readonly Pair InForce = new("In force", "السريان");
    public static readonly Pair Deontic = new("Deontic type", "النوع الإلزامي");
    public static readonly Pair Publisher = new("Publisher", "الناشر");
    public static readonly Pair AsOf = new("As in force on", "بحسب النص الساري في");
    public static readonly Pair NotInForce = new("Not in force on", "غير سارية في");
    public static readonly Pair Provisions = new("Provisions", "المواد");
    public static readonly Pair Relations = new("Relations", "العلاقات");
    public static readonly Pair Claims = new("Claims by source", "ما تقوله المصادر");
    public static readonly Pair Disputed = new("sources disagree", "المصادر مختلفة");
    public static readonly Pair Sources = new("Sources", "المصادر");
    public static readonly Pair AttestedOn = new("attested on", "بحسب ما ورد في");
    public static readonly Pair TraceUp = new("Legal bases of", "الأسس القانونية لـ");
    public static readonly Pair TraceDown = new("What carries out", "ما ينفّذ");
    public static readonly Pair MaxDepth = new("At most this many steps", "الحد الأقصى لعدد الخطوات");
    public static readonly Pair NoPaths = new("No path found within that many steps on that date.", "لم يُعثر على مسار ضمن هذا العدد من الخطوات في ذلك التاريخ.");
    // Curricula
    public static readonly Pair Handout = new("Training handout", "مادة تدريبية");
    public static readonly Pair Topic = new("Topic", "الموضوع");
    public static readonly Pair Audience = new("Audience", "الفئة المستهدفة");
    public static readonly Pair Objectives = new("Objectives", "الأهداف");
    public static readonly Pair Readings = new("Readings", "القراءات");
    public static readonly Pair Questions = new("Review questions", "أسئلة المراجعة");
    public static readonly Pair Answer = new("Answer", "الإجابة");
    public static readonly Pair Citation = new("Citation", "المرجع");
    public static readonly Pair ModuleLaw = new("What the law says", "ما ينص عليه القانون");
    public static readonly Pair ObjectiveLaw = new("Know the provisions on {0} and what each provides.", "معرفة الأحكام المتعلقة بـ{0} ومضمون كل منها.");
    public static readonly Pair QuestionProvides = new("What does {0} provide?", "بماذا تقضي {0}؟");
    public static readonly Pair ModuleSources = new("Where the law comes from", "مصادر القانون الدولية");
    public static readonly Pair ObjectiveSources = new("Trace these provisions to the international standards they carry out.", "ربط هذه الأحكام بالمعايير الدولية التي تنفذها.");
    public static readonly Pair QuestionSource = new("Which international standard does {0} carry out?", "ما المعيار الدولي الذي تنفذه {0}؟");
    public static readonly Pair ModuleBodies = new("Who does what", "الجهات المختصة");
    public static readonly Pair ObjectiveBodies = new("Name the bodies these provisions create or empower, and where.", "معرفة الجهات التي تنشئها هذه الأحكام أو تخولها، وموضع ذلك.");
    public static readonly Pair QuestionBody = new("Which body is {1} {0}?", "ما الجهة التي {1} {0}؟");
    public static readonly Pair ModuleDuties = new("Your duties as {0}", "التزاماتكم بصفتكم {0}");
    public static readonly Pair ObjectiveDuties = new("Know what you must, must not and may do, by when, and who checks.", "معرفة ما يجب عليكم وما يحظر وما يجوز، والمهل، والجهة الرقابية.");
    public static readonly Pair QuestionDuty = new("What does {0} require of {1}?", "ماذا تفرض {0} على {1}؟");
    public static readonly Pair QuestionSupervisor = new("Who supervises this duty: {0}?", "من يشرف على الالتزام التالي: {0}؟");
    public static readonly Pair ModuleCooperation = new("Cooperation beyond borders", "التعاون الدولي");
    public static readonly Pair ObjectiveCooperation = new("Know the forums and events through which Kuwait works with others on {0}.", "معرفة الأطر والفعاليات التي تتعاون الكويت من خلالها مع غيرها في {0}.");
    public static readonly Pair QuestionWhatIs = new("What is {0}?", "ما هو {0}؟");
    public static readonly Pair Missing = new("No summary in English yet; the Arabic summary follows.", "لا يوجد ملخص بالعربية بعد؛ يلي الملخص الإنجليزي.");

    public static string DeonticLabel(Deontic? deontic, Lang lang) => deontic switch
    {
        Model.Deontic.Prohibition => lang == Lang.Ar ? "حظر" : "Prohibition",
        Model.Deontic.Permission => lang == Lang.Ar ? "إباحة" : "Permission",
        _ => lang == Lang.Ar ? "التزام" : "Obligation",
    };
}
