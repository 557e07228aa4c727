using Legal.Corpus;
using Legal.Embedded;

namespace Legal.Tests;

/// <summary>
/// A corpus with a chain from international sources to Kuwaiti duties, for the query tests: a Security Council
/// resolution and a FATF Recommendation, a law that carries them out, a cabinet resolution that gives effect to the
/// resolution and sets up a committee, an obligation on financial institutions (which banks are part of), and its supervisor.
/// </summary>
internal static class QueryFixtures
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["sources/test-source.md"] = Fixtures.Source,
        ["org/fiu.md"] = Body("org/kw-fiu", "institution", "{en: Kuwait Financial Intelligence Unit, ar: وحدة التحريات المالية الكويتية}", "aliases: [FIU, KwFIU, وحدة التحريات المالية]"),
        ["org/cbk.md"] = Body("org/cbk", "institution", "{en: Central Bank of Kuwait, ar: بنك الكويت المركزي}", "aliases: [CBK]"),
        ["org/committee.md"] = Body("org/kw-sc-committee", "institution", "{en: Committee for the Implementation of Security Council Resolutions (Kuwait), ar: لجنة تنفيذ قرارات مجلس الأمن}"),
        ["fw/gctf.md"] = Body("fw/gctf", "framework", "{en: Global Counterterrorism Forum, ar: المنتدى العالمي لمكافحة الإرهاب}", "aliases: [GCTF]"),
        ["sectors/fi.md"] = Body("sector/financial-institutions", "sector", "{en: Financial institutions, ar: المؤسسات المالية}"),
        ["sectors/banks.md"] = Body("sector/banks", "sector", "{en: Banks, ar: البنوك}", "aliases: [bank staff, bankers]", "relations:\n  - part_of: sector/financial-institutions"),
        ["sectors/lawyers.md"] = Body("sector/lawyers", "sector", "{en: Lawyers, ar: المحامون}"),
        ["topics/tf.md"] = Body("topic/terrorist-financing", "topic", "{en: Terrorist financing, ar: تمويل الإرهاب}"),
        ["un/scr-1373.md"] = Body("un/scr/1373", "un_resolution", "{en: Security Council resolution 1373 (2001), ar: قرار مجلس الأمن 1373 (2001)}",
            "jurisdiction: UN\nnumber: \"1373\"\ndate: 2001-09-28\naliases: [UNSCR 1373, القرار 1373]"),
        ["fatf/rec-5.md"] = Body("fatf/rec/5", "standard", "{en: \"Recommendation 5: The terrorist-financing offence\", ar: \"التوصية 5: جريمة تمويل الإرهاب\"}",
            "jurisdiction: FATF\nnumber: \"5\""),
        ["fatf/rec-20.md"] = Body("fatf/rec/20", "standard", "{en: \"Recommendation 20: Reporting of suspicious transactions\"}", "jurisdiction: FATF\nnumber: \"20\""),
        ["kw/law.md"] = Law,
        ["kw/cabinet.md"] = Cabinet,
    };

    public const string Law = """
        ---
        id: kw/law/2013/106
        kind: law
        jurisdiction: KW
        number: "106"
        date: 2013-05-08
        title: {en: Law No. 106 of 2013 on Combating Money Laundering and the Financing of Terrorism, ar: القانون رقم 106 لسنة 2013 في شأن مكافحة غسل الأموال وتمويل الإرهاب}
        aliases: [AML/CFT Law]
        sources: [test-source]
        ---

        ::: en
        Kuwait's law against money laundering and terrorist financing.
        :::

        ## Part One — Offences {#part_1}

        ### Article 3 {#art_3}

        ```meta
        relations:
          - maps_to: fatf/rec/5
            extent: implements
          - about: topic/terrorist-financing
        ```

        ::: en
        Makes terrorist financing an offence: providing or collecting funds for a terrorist act.
        :::

        ::: ar
        يجرّم تمويل الإرهاب: تقديم الأموال أو جمعها لاستخدامها في عمل إرهابي.
        :::

        ## Part Two — Authorities {#part_2}

        ### Article 12 {#art_12}

        ```meta
        obligations:
          - id: obligation/kw/report-suspicious-transactions
            deontic: obligation
            binds: [sector/financial-institutions]
            action: {en: Report suspicious transactions to the FIU, ar: إبلاغ وحدة التحريات المالية عن المعاملات المشبوهة}
            supervisor: [org/cbk]
            penalty: kw/law/2013/106#art_28
          - id: obligation/kw/lawyers-may-refuse
            deontic: permission
            binds: [sector/lawyers]
            action: {en: Decline to report privileged information}
        relations:
          - maps_to: fatf/rec/20
          - about: topic/terrorist-financing
        ```

        ::: en
        Financial institutions must report suspicious transactions to [the Unit](org/kw-fiu).
        :::

        ### Article 16 {#art_16}

        ::: en
        Establishes the [Financial Intelligence Unit](org/kw-fiu "establishes"), which receives suspicious transaction reports on money laundering and terrorist financing.
        :::

        ### Article 28 {#art_28}

        ```meta
        versions:
          - from: 2013-05-08
            until: 2020-01-01
            en: The old penalty.
          - from: 2020-01-01
        ```

        ::: en
        Fines anyone who breaches the reporting duty.
        :::
        """;

    public const string Cabinet = """
        ---
        id: kw/cabinet/2013/1396
        kind: cabinet_resolution
        jurisdiction: KW
        number: "1396"
        date: 2013-11-11
        title: {en: Council of Ministers Resolution No. 1396 of 2013, ar: قرار مجلس الوزراء رقم 1396 لسنة 2013}
        sources: [test-source]
        relations:
          - gives_effect_to: un/scr/1373
        ---

        ## Article 1 {#art_1}

        ::: en
        Sets up [the committee](org/kw-sc-committee "establishes").
        :::

        ## Article 2 {#art_2}

        ::: en
        Says when the resolution takes effect.
        :::
        """;

    public static LegalCorpus Corpus() =>
        CorpusCompiler.Compile(Files.Select(f => (f.Key, f.Value))) is { Corpus: { } corpus } ? corpus
            : throw new InvalidOperationException(string.Join("\n", CorpusCompiler.Compile(Files.Select(f => (f.Key, f.Value))).Diagnostics.Select(d => d.ToString())));

    public static EmbeddedGraph Graph() => new(Corpus());

    private static string Body(string id, string kind, string title, params string[] more) =>
        $"---\nid: {id}\nkind: {kind}\ntitle: {title}\nsources: [test-source]\n{string.Join("\n", more)}{(more.Length > 0 ? "\n" : "")}---\n";
}
