using System.Text.Json;
using System.Text.Json.Nodes;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;
using Legal.Neo4j.Mapping;
using Legal.Tests.Engine;

namespace Legal.Tests.Neo4j.Mapping;

public sealed class PropertyMappingTests
{
    /// <summary>As Neo4j would hand the properties back: JSON, through the same serialiser the client sends them with.</summary>
    private static JsonObject AsStored(Dictionary<string, object?> props) => JsonSerializer.SerializeToNode(props)!.AsObject();

    [Fact]
    public void ANodeWithEveryFieldFilledComesBackFromItsPropertiesUnchanged()
    {
        var source = NodeId.Parse("src/test-source");
        var node = new Node(NodeId.Parse("kw/law/2013/106#art_2__para_1"), NodeKind.Provision, new Origin("kw/law.md", 12, 3))
        {
            Title = new("Paragraph 1", "الفقرة 1"),
            Summary = new("Sets up 'the unit'.\nSee [Article 1](#art_1).", "ينشئ الوحدة."),
            OfficialText = new("Official", "النص الرسمي"),
            Aliases = ["FIU", "وحدة التحريات"],
            Sources = [source],
            Claims = [new Claim("date", "2013-05-08", [source], "gazette"), new Claim("date", "2013-05-09", [source], null)],
            Number = "1",
            Jurisdiction = "KW",
            Date = new PartialDate(2013, 5, 8),
            EndDate = new PartialDate(2014),
            InForce = new Period(TimePoint.On(new PartialDate(2013, 6)), TimePoint.NotBeforeDate(new PartialDate(2025, 6, 1))),
            RepealedBy = NodeId.Parse("kw/law/2025/1"),
            KnownUpTo = new PartialDate(2025, 6, 30),
            Place = new("Kuwait City", "مدينة الكويت"),
            Figures = new Dictionary<string, Figure> { ["participants"] = new(120, FigureQualifier.MoreThan) { Sources = [source] }, ["states"] = new(9_000_000_000) },
            Grade = SourceGrade.Press,
            Parent = NodeId.Parse("kw/law/2013/106#art_2"),
            Order = 7,
            Heading = new("The unit", "الوحدة"),
            Versions = [new ProvisionVersion(null, new PartialDate(2025, 6, 1), null, new("Old.", null), [source]),
                        new ProvisionVersion(new PartialDate(2025, 6, 1), null, NodeId.Parse("kw/dl/2025/76"), new("New.", "جديد."), [])],
            Deontic = Deontic.Obligation,
            Conditions = new("When asked", "عند الطلب"),
            Deadline = new("Within 3 days", "خلال 3 أيام"),
            Publisher = "Gazette",
            Url = "https://example.org/law",
            Language = "ar",
            SourceKind = SourceKind.OfficialText,
        };

        var back = NodeProperties.ToNode(AsStored(NodeProperties.From(node)));

        Assert.Equal(Describe.Of(node), Describe.Of(back));
    }

    [Fact]
    public void ANodeWithOnlyItsIdKindAndOriginStoresNoEmptyProperties()
    {
        var node = new Node(NodeId.Parse("org/test-fiu"), NodeKind.Institution, new Origin("org/test-fiu.md", 2, 5));

        var props = NodeProperties.From(node);

        Assert.Equal(["id", "kind", "order", "originColumn", "originLine", "originPath"], props.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Describe.Of(node), Describe.Of(NodeProperties.ToNode(AsStored(props))));
    }

    [Fact]
    public void ARelationWithEveryFieldFilledComesBackFromItsPropertiesUnchanged()
    {
        var relation = new Relation(NodeId.Parse("person/x"), RelationKind.Chairs, NodeId.Parse("org/tftc"), new Origin("people/x.md", 9, 5))
        {
            Sources = [NodeId.Parse("src/test-source")],
            Since = new PartialDate(2018),
            Until = new PartialDate(2020, 3),
            AsOf = new PartialDate(2019, 1, 2),
            Role = new("co-chair", "رئيس مشارك"),
            Note = "as the host state's delegate",
            Extent = "partly_implements",
            TeamAssessment = "draft",
            Basis = NodeId.Parse("kw/mr/2013/37#art_1"),
        };

        var props = RelationProperties.From(relation, seq: 4, occurrence: 1);
        var back = RelationProperties.ToRelation("person/x", "CHAIRS", "org/tftc", AsStored(props));

        Assert.Equal(Describe.Of(relation), Describe.Of(back));
        Assert.Equal("person/x|CHAIRS|org/tftc|1", props[RelationProperties.Key]);
    }
}
