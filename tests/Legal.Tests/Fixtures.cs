using Legal.Corpus;

namespace Legal.Tests;

/// <summary>Small corpora written in the tests themselves, so each test shows the input it is about.</summary>
internal static class Fixtures
{
    public const string Source = """
        ---
        id: src/test-source
        kind: source
        title: {en: A test source}
        publisher: Test Publisher
        date: 2024-01-15
        url: https://example.org/test
        language: en
        source_kind: news
        grade: press
        ---
        """;

    public const string Fiu = """
        ---
        id: org/test-fiu
        kind: institution
        title: {en: Test FIU, ar: وحدة الاختبار}
        sources: [test-source]
        ---
        """;

    public const string Law = """
        ---
        id: kw/law/2013/106
        kind: law
        jurisdiction: KW
        number: "106"
        date: 2013-05-08
        title: {en: Test Law, ar: قانون الاختبار}
        sources: [test-source]
        ---

        ::: en
        A law that sets up [the unit](#art_2).
        :::

        ## Part One — General {#part_1 ar="أحكام عامة"}

        ### Article 1 {#art_1}

        ::: en
        Defines terms.
        :::

        ### Article 2 — The unit {#art_2 ar="الوحدة"}

        ```meta
        obligations:
          - id: obligation/kw/report
            deontic: obligation
            binds: [org/test-fiu]
            action: {en: Report, ar: الإبلاغ}
        ```

        ::: en
        Establishes [the FIU](org/test-fiu "establishes") and refers to [Article 1](#art_1).
        :::

        ::: ar
        ينشئ [الوحدة](org/test-fiu "establishes").
        :::

        #### Paragraph 1 {#art_2__para_1}

        ::: en
        The first paragraph.
        :::

        ### Article 3 {#art_3}

        ```meta
        versions:
          - until: 2025-06-01
            en: The old wording.
            sources: [test-source]
          - from: 2025-06-01
            sources: [test-source]
        ```

        ::: en
        The new wording.
        :::
        """;

    /// <summary>A resolution whose date two sources give differently: a dispute.</summary>
    public const string ResolutionWithDisputedDate = """
        ---
        id: un/scr/1373
        kind: un_resolution
        jurisdiction: UN
        number: "1373"
        date: 2001-09-28
        title: {en: Security Council resolution 1373 (2001)}
        sources: [test-source]
        claims:
          - {field: date, value: 2001-09-28, sources: [test-source]}
          - {field: date, value: 2001-09-29, sources: [test-source], note: a misprint}
        ---
        """;

    public static CompileResult Compile(params (string Path, string Text)[] files) => CorpusCompiler.Compile(files);

    /// <summary>The fixture corpus with one file replaced or added.</summary>
    public static CompileResult CompileWith(string path, string text)
    {
        var files = new Dictionary<string, string>
        {
            ["sources/test-source.md"] = Source,
            ["org/test-fiu.md"] = Fiu,
            ["kw/law.md"] = Law,
        };
        files[path] = text;
        return CorpusCompiler.Compile(files.Select(f => (f.Key, f.Value)));
    }

    public static LegalCorpus Corpus() => CompileWith("kw/law.md", Law).Corpus ?? throw new InvalidOperationException("fixture corpus must compile");

    /// <summary>The shipped corpus folder, found from the test's working directory upwards.</summary>
    public static string ShippedCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Legal.sln"))) return Path.Combine(dir.FullName, "statutes");
        }
        throw new DirectoryNotFoundException("no Legal.sln above the test binaries");
    }

    public static string RepositoryRoot() => Path.GetDirectoryName(ShippedCorpus())!;
}
