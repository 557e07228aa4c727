namespace Legal.Model;

/// <summary>The corpus's two languages.</summary>
public enum Lang { En, Ar }

public static class LangExtensions
{
    public static string Code(this Lang lang) => lang == Lang.Ar ? "ar" : "en";

    public static string Direction(this Lang lang) => lang == Lang.Ar ? "rtl" : "ltr";
}
