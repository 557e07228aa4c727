using Legal.Embedded;
using Legal.Engine;
using Legal.Tests.Engine;

namespace Legal.Tests.Embedded;

public sealed class EmbeddedGraphTests : LegalGraphContract
{
    protected override ILegalGraph Graph { get; } = new EmbeddedGraph(Corpus);
}
