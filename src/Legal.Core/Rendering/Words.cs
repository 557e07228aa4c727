using Legal.Core.Model;

namespace Legal.Core.Rendering;

/// <summary>The fixed words of a rendering, in both languages.</summary>
internal static class Words
{
    public sealed class Pair(string en, string ar)
    {
        public string this[Lang lang] => lang == Lang.Ar ? ar : en;
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
    public static readonly Pair Missing = new("No summary in English yet; the Arabic summary follows.", "لا يوجد ملخص بالعربية بعد؛ يلي الملخص الإنجليزي.");

    public static string DeonticLabel(Deontic? deontic, Lang lang) => deontic switch
    {
        Model.Deontic.Prohibition => lang == Lang.Ar ? "حظر" : "Prohibition",
        Model.Deontic.Permission => lang == Lang.Ar ? "إباحة" : "Permission",
        _ => lang == Lang.Ar ? "التزام" : "Obligation",
    };
}
