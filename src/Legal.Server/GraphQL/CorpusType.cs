using GraphQL.Types;
using Legal.Engine;

namespace Legal.Server.GraphQL;

public sealed class CorpusType : ObjectGraphType<CorpusVersion>
{
    public CorpusType()
    {
        Name = "Corpus";
        Description = "The corpus this answer was read from: the receipt also sent in every response's extensions.corpus.";
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("SHA-256 of the corpus's files (path and text, in path order): the same files give the same version on any machine. \"unknown\" when the store was filled by another process (Neo4j).")
            .Resolve(c => c.Source.Hash);
        Field<StringGraphType>("commit").Description("The git commit the corpus folder was at, with -dirty when its files differed; null outside git.")
            .Resolve(c => c.Source.Commit);
        Field<DateTimeOffsetGraphType>("compiledAt").Description("When this process compiled it (UTC); null when it did not.")
            .Resolve(c => c.Source.IsKnown ? c.Source.CompiledAt : null);
        Field<IntGraphType>("nodes").Description("How many nodes it holds; null when the store cannot say.").Resolve(c => c.Source.Nodes);
        Field<IntGraphType>("relations").Description("How many relations it holds; null when the store cannot say.").Resolve(c => c.Source.Relations);
    }
}
