namespace Legal.Model;

public static class LangExtensions
{
    public static string Code(this Lang lang) => lang == Lang.Ar ? "ar" : "en";

    public static string Direction(this Lang lang) => lang == Lang.Ar ? "rtl" : "ltr";
}
