using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Legal.Corpus;

/// <summary>
/// SHA-256 over a corpus's files, each as its path and its text (line endings normalised), in the order given: the same
/// files give the same hash on any machine and after any restart, whatever their timestamps.
/// </summary>
internal sealed class ContentHash
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public void Add(string path, string text)
    {
        // Lengths first, so that no two different sequences of files can hash alike by shifting text between them.
        var pathBytes = Encoding.UTF8.GetBytes(path);
        var textBytes = Encoding.UTF8.GetBytes(text);
        AppendLength(pathBytes.Length);
        _sha.AppendData(pathBytes);
        AppendLength(textBytes.Length);
        _sha.AppendData(textBytes);
    }

    private void AppendLength(int length)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, length);
        _sha.AppendData(bytes);
    }

    public string Finish() => Convert.ToHexStringLower(_sha.GetHashAndReset());
}
