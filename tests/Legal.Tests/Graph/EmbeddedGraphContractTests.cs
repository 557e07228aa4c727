using Legal.Core.Graph;

namespace Legal.Tests.Graph;

public sealed class EmbeddedGraphContractTests : LegalGraphContract
{
    protected override ILegalGraph Graph { get; } = new EmbeddedGraph(Corpus);
}
