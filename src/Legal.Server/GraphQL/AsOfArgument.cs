namespace Legal.Server.GraphQL;

/// <summary>
/// The descriptions of the <c>asOf</c> argument, shared so that every version-dependent field says the same. Each such
/// field takes the day itself: a client cache keys a field by its own arguments, so two answers holding the same object
/// never disagree on a field with the same arguments.
/// </summary>
internal static class AsOfArgument
{
    public const string Rendering = "Render the text as it stood on this day, marking what was not in force and why; today (UTC) when omitted.";

    public const string Status = "The day asked about; today (UTC) when omitted.";

    public const string Wording = "The day whose wording to give; today (UTC) when omitted.";
}
