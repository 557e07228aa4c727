using Legal.Corpus;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Benchmarks;

/// <summary>
/// A corpus of any size shaped like the real one: Kuwaiti-style instruments in parts and articles with bilingual summaries,
/// Security Council resolutions and FATF Recommendations they carry out, bodies they set up, duties on nested sectors,
/// and citations between articles. Seeded, so every run measures the same graph.
/// </summary>
public static class SyntheticCorpus
{
    public const int ArticlesPerInstrument = 50;
    public const int ArticlesPerPart = 10;

    private static readonly string[] ArabicWords =
    [
        "تمويل", "الإرهاب", "غسل", "الأموال", "المؤسسات", "المالية", "وحدة", "التحريات", "الإبلاغ", "المعاملات", "المشبوهة",
        "العناية", "الواجبة", "العملاء", "المستفيد", "الحقيقي", "التجميد", "الحجز", "المصادرة", "الجهات", "الرقابية", "مجلس",
        "الأمن", "قرار", "اللائحة", "التنفيذية", "الإجراءات", "الاحترازية", "السجلات", "الاحتفاظ", "مؤسسة", "مسؤول", "الالتزام",
        "العقوبات", "المالية", "المستهدفة", "الأشخاص", "الاعتباريين", "البنوك", "شركات", "الصرافة", "التأمين", "المحامون",
    ];

    private static readonly string[] EnglishWords =
    [
        "terrorist", "financing", "money", "laundering", "financial", "institutions", "report", "suspicious", "transactions",
        "customer", "due", "diligence", "beneficial", "owner", "freeze", "seize", "confiscate", "supervisory", "authority",
        "records", "keep", "sanctions", "targeted", "legal", "persons", "banks", "exchange", "companies", "insurance", "lawyers",
    ];

    private static readonly string[] Sectors =
        ["financial-institutions", "banks", "exchange-companies", "insurance-companies", "investment-companies", "dnfbps", "lawyers", "accountants", "real-estate-agents", "dealers-in-precious-metals"];

    private static readonly NodeId Source = NodeId.Parse("src/synthetic");
    private static readonly Origin Nowhere = new("synthetic.md", 1, 1);

    public static LegalCorpus Generate(int provisions, int seed = 20131)
    {
        var random = new Random(seed);
        var nodes = new List<Node> { new(Source, NodeKind.Source, Nowhere) { Title = new("A synthetic source", "مصدر اصطناعي") } };
        var relations = new List<Relation>();
        Relation Link(NodeId from, RelationKind type, NodeId to) => new(from, type, to, Nowhere) { Sources = [Source] };

        var resolutions = Enumerable.Range(1, 300).Select(i => NodeId.Parse($"un/scr/{1200 + i}")).ToList();
        nodes.AddRange(resolutions.Select(id => new Node(id, NodeKind.UnResolution, Nowhere)
        {
            Title = new($"Security Council resolution {id.Work[7..]}", $"قرار مجلس الأمن {id.Work[7..]}"), Number = id.Work[7..], Jurisdiction = "UN", Sources = [Source],
        }));
        var recommendations = Enumerable.Range(1, 40).Select(i => NodeId.Parse($"fatf/rec/{i}")).ToList();
        nodes.AddRange(recommendations.Select(id => new Node(id, NodeKind.Standard, Nowhere)
        {
            Title = new($"Recommendation {id.Work[9..]}", $"التوصية {id.Work[9..]}"), Number = id.Work[9..], Jurisdiction = "FATF", Sources = [Source],
        }));
        var sectors = Sectors.Select(s => NodeId.Parse($"sector/{s}")).ToList();
        nodes.AddRange(sectors.Select(id => new Node(id, NodeKind.Sector, Nowhere) { Title = new(id.Work[7..], null), Sources = [Source] }));
        relations.AddRange(sectors.Skip(2).Take(3).Prepend(sectors[1]).Select(s => Link(s, RelationKind.PartOf, sectors[0])));
        var bodies = Enumerable.Range(1, Math.Max(20, provisions / 500)).Select(i => NodeId.Parse($"org/body-{i}")).ToList();
        nodes.AddRange(bodies.Select(id => new Node(id, NodeKind.Institution, Nowhere)
        {
            Title = new($"Body {id.Work[9..]} for {Words(random, EnglishWords, 3)}", $"هيئة {Words(random, ArabicWords, 3)} {id.Work[9..]}"), Sources = [Source],
        }));

        var articles = new List<NodeId>();
        for (var instrument = 0; instrument * ArticlesPerInstrument < provisions; instrument++)
        {
            var year = 1990 + instrument % 35;
            var work = NodeId.Parse($"kw/law/{year}/{instrument + 1}");
            nodes.Add(new Node(work, NodeKind.Law, Nowhere)
            {
                Title = new($"Law No. {instrument + 1} of {year} on {Words(random, EnglishWords, 4)}", $"القانون رقم {instrument + 1} لسنة {year} في شأن {Words(random, ArabicWords, 4)}"),
                Number = (instrument + 1).ToString(), Jurisdiction = "KW", Date = new PartialDate(year, 1, 1), Sources = [Source],
            });
            if (random.NextDouble() < 0.3) relations.Add(Link(work, RelationKind.GivesEffectTo, resolutions[random.Next(resolutions.Count)]));
            for (var a = 1; a <= ArticlesPerInstrument; a++)
            {
                var part = work.Provision($"part_{(a - 1) / ArticlesPerPart + 1}");
                if ((a - 1) % ArticlesPerPart == 0)
                {
                    nodes.Add(new Node(part, NodeKind.Provision, Nowhere) { Title = new($"Part {(a - 1) / ArticlesPerPart + 1}", null), Parent = work, Order = a, Sources = [Source] });
                    relations.Add(Link(part, RelationKind.PartOf, work));
                }
                var article = work.Provision($"art_{a}");
                articles.Add(article);
                nodes.Add(new Node(article, NodeKind.Provision, Nowhere)
                {
                    Title = new($"Article {a}", $"المادة {a}"), Parent = part, Order = a, Sources = [Source],
                    Summary = new(Sentence(random, EnglishWords, 40), Sentence(random, ArabicWords, 40)),
                });
                relations.Add(Link(article, RelationKind.PartOf, part));
                if (random.NextDouble() < 0.1) relations.Add(Link(article, RelationKind.MapsTo, recommendations[random.Next(recommendations.Count)]));
                if (random.NextDouble() < 0.05) relations.Add(Link(article, RelationKind.Establishes, bodies[random.Next(bodies.Count)]));
                if (random.NextDouble() < 0.2)
                {
                    var obligation = NodeId.Parse($"obligation/kw/duty-{instrument}-{a}");
                    nodes.Add(new Node(obligation, NodeKind.Obligation, Nowhere)
                    {
                        Title = new(Sentence(random, EnglishWords, 8), Sentence(random, ArabicWords, 8)), Deontic = Deontic.Obligation, Sources = [Source],
                    });
                    relations.Add(Link(article, RelationKind.Imposes, obligation));
                    relations.Add(Link(obligation, RelationKind.Binds, sectors[random.Next(sectors.Count)]));
                    relations.Add(Link(obligation, RelationKind.SupervisedBy, bodies[random.Next(bodies.Count)]));
                }
            }
        }
        // Citations between articles, most within an instrument, some across.
        foreach (var article in articles)
        {
            if (random.NextDouble() < 0.3) relations.Add(Link(article, RelationKind.Cites, articles[random.Next(articles.Count)]));
            if (random.NextDouble() < 0.05) relations.Add(Link(article, RelationKind.Implements, articles[random.Next(articles.Count)]));
        }
        return new LegalCorpus(nodes, relations);
    }

    /// <summary>About <paramref name="length"/> characters of news-like text citing the corpus in both languages and digit systems.</summary>
    public static string Article(int length, int seed = 7)
    {
        var random = new Random(seed);
        var text = new System.Text.StringBuilder();
        var arabicDigits = "٠١٢٣٤٥٦٧٨٩";
        while (text.Length < length)
        {
            var law = random.Next(1, 40);
            var year = 1990 + (law - 1) % 35;
            text.Append(Sentence(random, ArabicWords, 25)).Append(' ');
            text.Append(random.Next(3) switch
            {
                0 => $"وأشار إلى القانون رقم {law} لسنة {year}. ",
                1 => $"وفق القرار {string.Concat(random.Next(1201, 1500).ToString().Select(c => arabicDigits[c - '0']))} الصادر عن مجلس الأمن. ",
                _ => $"Under Law No. {law} of {year}, the Egyptian Law No. {law} of {year} differs. ",
            });
            text.Append(Sentence(random, EnglishWords, 20)).Append(' ');
        }
        return text.ToString();
    }

    // Real text is mostly words that are not the domain's key terms, in a skewed (Zipf-like) distribution; a corpus made
    // only of key terms would match every query everywhere and measure nothing a reader would see.
    private const double KeyTermShare = 0.2;
    private static readonly string[] ArabicFiller = Filler("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإؤئ", 20_000, 101);
    private static readonly string[] EnglishFiller = Filler("abcdefghijklmnopqrstuvwxyz", 20_000, 102);

    private static string Words(Random random, string[] vocabulary, int count)
    {
        var filler = vocabulary == ArabicWords ? ArabicFiller : EnglishFiller;
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => random.NextDouble() < KeyTermShare
            ? vocabulary[random.Next(vocabulary.Length)]
            : filler[(int)(filler.Length * Math.Pow(random.NextDouble(), 3))]));
    }

    private static string[] Filler(string letters, int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => new string(Enumerable.Range(0, random.Next(3, 9)).Select(_ => letters[random.Next(letters.Length)]).ToArray())).ToArray();
    }

    private static string Sentence(Random random, string[] vocabulary, int count) => Words(random, vocabulary, count) + ".";
}
