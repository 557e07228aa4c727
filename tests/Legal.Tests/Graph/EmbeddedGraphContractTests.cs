using Legal.Engine;
using Legal.Embedded;

namespace Legal.Tests.Graph;

public sealed class EmbeddedGraphContractTests : LegalGraphContract
{
    protected override ILegalGraph Graph { get; } = new EmbeddedGraph(Corpus);
}
