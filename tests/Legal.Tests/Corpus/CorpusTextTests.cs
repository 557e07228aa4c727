using System.Text;
using Legal.Corpus;

namespace Legal.Tests.Corpus;

/// <summary>Bytes that are not UTF-8, and control characters, are refused at their line and column, never read as text.</summary>
public class CorpusTextTests
{
    private static CompileResult CompileFiu(byte[] bytes) => CorpusCompiler.CompileBytes(
    [
        ("sources/test-source.md", Encoding.UTF8.GetBytes(Fixtures.Source)),
        ("org/test-fiu.md", bytes),
    ]);

    [Fact]
    public void InvalidUtf8IsAnErrorAtItsByte()
    {
        var bytes = Encoding.UTF8.GetBytes(Fixtures.Fiu.Replace("Test FIU", "Test @FIU")).Select(b => b == (byte)'@' ? (byte)0xFF : b).ToArray();

        var d = Assert.Single(CompileFiu(bytes).Diagnostics);

        Assert.Equal(("org/test-fiu.md", 4, 18), (d.Origin.Path, d.Origin.Line, d.Origin.Column));
        Assert.Contains("invalid UTF-8 (byte 0xFF)", d.Message);
    }

    [Fact]
    public void ANulInATitleIsAnErrorAtIt()
    {
        var d = Assert.Single(CompileFiu(Encoding.UTF8.GetBytes(Fixtures.Fiu.Replace("Test FIU", "Test\0FIU"))).Diagnostics);

        Assert.Equal((4, 17), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("control character U+0000", d.Message);
    }

    [Fact]
    public void AControlCharacterWrittenAsAYamlEscapeIsAnErrorInItsField()
    {
        var d = Assert.Single(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("{en: Test FIU,", "{en: \"Test\\u0007FIU\",")).Diagnostics);

        Assert.Contains("control character U+0007 in 'en'", d.Message);
        Assert.Equal(4, d.Origin.Line);
    }

    [Fact]
    public void AByteOrderMarkIsNotAnError() =>
        Assert.True(CompileFiu([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Fixtures.Fiu)]).Succeeded);
}
