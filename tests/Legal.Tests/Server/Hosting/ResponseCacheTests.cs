using Legal.Server.Hosting;

namespace Legal.Tests.Server.Hosting;

/// <summary>An answer asked for by many at once is made by one of them; the others get it, or make it when it was not kept.</summary>
public sealed class ResponseCacheTests
{
    [Fact]
    public async Task RequestsArrivingWhileAnAnswerIsMadeGetItsBytes()
    {
        var cache = new ResponseCache();
        Assert.Null(cache.Follow("\"a\"", out var lead));
        var waiting = cache.Follow("\"a\"", out var second);
        Assert.Null(second);
        Assert.NotNull(waiting);
        Assert.False(waiting.IsCompleted);

        var answer = new AnswerBody([1, 2, 3]);
        cache.Add("\"a\"", answer);
        cache.Finish("\"a\"", lead!, answer);

        Assert.Same(answer, await waiting);
        Assert.Same(answer, cache.Get("\"a\""));
    }

    [Fact]
    public async Task AnAnswerNotKeptLetsTheWaitersRunTheirOwnAndTheNextRequestLeads()
    {
        var cache = new ResponseCache();
        Assert.Null(cache.Follow("\"a\"", out var lead));
        var waiting = cache.Follow("\"a\"", out _);

        cache.Finish("\"a\"", lead!, null);

        Assert.Null(await waiting!);
        Assert.Null(cache.Follow("\"a\"", out var next));
        Assert.NotNull(next);
    }

    [Fact]
    public void DifferentAnswersAreMadeSideBySide()
    {
        var cache = new ResponseCache();
        Assert.Null(cache.Follow("\"a\"", out var a));
        Assert.Null(cache.Follow("\"b\"", out var b));
        Assert.NotSame(a, b);
    }
}
