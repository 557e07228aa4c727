using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Legal.Tests.Corpus;

/// <summary>Whatever an editor writes, the compiler answers with a corpus or located diagnostics; it never throws.</summary>
public class CorpusCompilerProperties
{
    // Fragments of the format, so random files look like corpus files often enough to reach deep into the compiler.
    private static readonly string[] Fragments =
    [
        "---\n", "id: org/x\n", "kind: institution\n", "kind: law\n", "title: {en: X}\n", "title: {en: X\n", "sources: [test-source]\n",
        "relations:\n  - member_of: org/test-fiu\n", "claims:\n  - {field: date, value: 2020}\n", "date: 2020-02-30\n",
        "## Article 1 {#art_1}\n", "# Part One {#part_1}\n", "### Paragraph 1 {#art_1__para_1}\n", "```meta\n", "```\n",
        "versions:\n  - from: 2020\n", "::: en\n", "::: ar\n", ":::\n", "[x](org/test-fiu \"establishes\")\n", "[y](#art_9)\n",
        "text\n", "\n", "  - \n", ": :\n", "{#", "\"", "\t", "\u200f", "ب", "{{", "[[",
    ];

    private static Arbitrary<string> CorpusLikeText() =>
        Gen.ArrayOf(Gen.OneOf(Gen.Elements(Fragments), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property NeverThrowsAndLocatesEveryDiagnosticInsideItsFile() =>
        Prop.ForAll(CorpusLikeText(), text =>
        {
            var result = Fixtures.CompileWith("org/random.md", text);
            var lines = text.ReplaceLineEndings("\n").Split('\n').Length;
            return (result.Corpus is null) == (result.Diagnostics.Count > 0)
                && result.Diagnostics.All(d => d.Origin.Line >= 1 && d.Origin.Column >= 1
                    && (d.Origin.Path != "org/random.md" || d.Origin.Line <= lines));
        });
}
