using Legal.Model;

namespace Legal.Rendering;

/// <summary>The fixed words of a rendering, in both languages.</summary>
internal static class Words
{
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
    public static readonly Phrase Answer = new("Answer", "الإجابة");
    public static readonly Phrase Citation = new("Citation", "المرجع");
    public static readonly Phrase ModuleLaw = new("What the law says", "ما ينص عليه القانون");
    public static readonly Phrase ObjectiveLaw = new("Know the provisions on {0} and what each provides.", "معرفة الأحكام المتعلقة بـ{0} ومضمون كل منها.");
    public static readonly Phrase QuestionProvides = new("What does {0} provide?", "بماذا تقضي {0}؟");
    public static readonly Phrase ModuleSources = new("Where the law comes from", "مصادر القانون الدولية");
    public static readonly Phrase ObjectiveSources = new("Trace these provisions to the international standards they carry out.", "ربط هذه الأحكام بالمعايير الدولية التي تنفذها.");
    public static readonly Phrase QuestionSource = new("Which international standard does {0} carry out?", "ما المعيار الدولي الذي تنفذه {0}؟");
    public static readonly Phrase ModuleBodies = new("Who does what", "الجهات المختصة");
    public static readonly Phrase ObjectiveBodies = new("Name the bodies these provisions create or empower, and where.", "معرفة الجهات التي تنشئها هذه الأحكام أو تخولها، وموضع ذلك.");
    public static readonly Phrase QuestionBody = new("Which body is {1} {0}?", "ما الجهة التي {1} {0}؟");
    public static readonly Phrase ModuleDuties = new("Your duties as {0}", "التزاماتكم بصفتكم {0}");
    public static readonly Phrase ObjectiveDuties = new("Know what you must, must not and may do, by when, and who checks.", "معرفة ما يجب عليكم وما يحظر وما يجوز، والمهل، والجهة الرقابية.");
    public static readonly Phrase QuestionDuty = new("What does {0} require of {1}?", "ماذا تفرض {0} على {1}؟");
    public static readonly Phrase QuestionSupervisor = new("Who supervises this duty: {0}?", "من يشرف على الالتزام التالي: {0}؟");
    public static readonly Phrase ModuleCooperation = new("Cooperation beyond borders", "التعاون الدولي");
    public static readonly Phrase ObjectiveCooperation = new("Know the forums and events through which Kuwait works with others on {0}.", "معرفة الأطر والفعاليات التي تتعاون الكويت من خلالها مع غيرها في {0}.");
    public static readonly Phrase QuestionWhatIs = new("What is {0}?", "ما هو {0}؟");
    public static readonly Phrase Missing = new("No summary in English yet; the Arabic summary follows.", "لا يوجد ملخص بالعربية بعد؛ يلي الملخص الإنجليزي.");

    public static string DeonticLabel(Deontic? deontic, Lang lang) => deontic switch
    {
        Model.Deontic.Prohibition => lang == Lang.Ar ? "حظر" : "Prohibition",
        Model.Deontic.Permission => lang == Lang.Ar ? "إباحة" : "Permission",
        _ => lang == Lang.Ar ? "التزام" : "Obligation",
    };
}
