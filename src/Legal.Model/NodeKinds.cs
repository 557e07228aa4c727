namespace Legal.Model;

public static class NodeKinds
{
    private static readonly HashSet<NodeKind> Instruments =
        [NodeKind.Law, NodeKind.DecreeLaw, NodeKind.MinisterialResolution, NodeKind.CabinetResolution, NodeKind.RegulatoryInstruction, NodeKind.UnResolution, NodeKind.Standard];

    /// <summary>Kinds that hold provisions and are listed by <c>instruments</c>.</summary>
    public static bool IsInstrument(this NodeKind kind) => Instruments.Contains(kind);

    /// <summary>Kinds that the corpus declares in a file's front matter (provisions and obligations live inside instrument files).</summary>
    public static bool IsFileKind(this NodeKind kind) => kind is not (NodeKind.Provision or NodeKind.Obligation);

    public static string ToSnakeCase(this NodeKind kind) => Naming.ToSnakeCase(kind.ToString());

    public static bool TryParse(string text, out NodeKind kind) => Naming.TryParseSnakeCase(text, out kind);

    public static IEnumerable<string> All => Enum.GetValues<NodeKind>().Select(k => k.ToSnakeCase());
}
