using Legal.Server.Hosting;

namespace Legal.Tests.Server.Hosting;

/// <summary>A kept answer is compressed once per coding, and only where compressing pays.</summary>
public sealed class AnswerBodyTests
{
    private static readonly byte[] Law = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 300).Select(i => $"<h5>Article {i}</h5><p>Customer due diligence.</p>\n")));

    [Fact]
    public void AClientThatAcceptsACodingGetsItMadeOnceAndKept()
    {
        var answer = new AnswerBody(Law);
        var (first, coding) = answer.In(ContentCoding.Brotli);
        Assert.Equal(ContentCoding.Brotli, coding);
        Assert.Same(first, answer.In(ContentCoding.Brotli).Bytes);
        Assert.Equal(Law, CodedRequests.Decode(first, ContentCoding.Brotli));
        Assert.Equal(ContentCoding.Gzip, answer.In(ContentCoding.Gzip).Coding);
        Assert.Same(Law, answer.In(ContentCoding.Identity).Bytes);
    }

    [Fact]
    public void ASmallAnswerGoesOutPlain()
    {
        var lookup = System.Text.Encoding.UTF8.GetBytes("""{"data":{"provision":{"id":"kw/law/2013/106#art_42","title":"Article 42"}}}""");
        Assert.Equal((lookup, ContentCoding.Identity), new AnswerBody(lookup).In(ContentCoding.Gzip));
    }

    [Fact]
    public void AnAnswerThatHardlyCompressesGoesOutPlain()
    {
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        Assert.Equal((noise, ContentCoding.Identity), new AnswerBody(noise).In(ContentCoding.Brotli));
    }
}
