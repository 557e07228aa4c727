using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Legal.Tests.Server;

/// <summary>The query fixtures' corpus (from international sources down to duties), for the query fields.</summary>
public sealed class QueryCorpusFolder() : CorpusFolder(QueryFixtures.Files);
