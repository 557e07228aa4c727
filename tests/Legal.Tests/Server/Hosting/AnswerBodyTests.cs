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

    [Theory]
    [InlineData("""{"data":{"provision":{"id":"kw/law/2013/106#art_42","title":"Article 42"}}}""")]
    [InlineData("Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42. Article 42.")]
    public void ASmallAnswerGoesOutPlain(string text)
    {
        // The second would shrink by far more than half: only its size keeps it plain.
        var lookup = System.Text.Encoding.UTF8.GetBytes(text);
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
