using System.Net;
using System.Net.Sockets;

namespace Legal.Tests.Server.Cli;

/// <summary>The server verb, run as a user runs it, when it cannot start.</summary>
public class LegalCommandLineTests
{
    [Fact]
    public void APortInUseIsOneLineWithoutAStackTrace()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;

            var (exit, _, stderr) = Executable.Run("--urls", $"http://127.0.0.1:{port}", $"--Corpus:Path={Fixtures.ShippedCorpus()}");

            Assert.Equal(1, exit);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith("error: ", line);
            Assert.Contains("address already in use", line);
        }
        finally
        {
            taken.Stop();
        }
    }
}
