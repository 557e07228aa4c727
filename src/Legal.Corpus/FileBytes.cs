using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Legal.Corpus;

/// <summary>
/// Reads a corpus file's bytes without blocking on something that is not a file. Opening a named pipe for reading
/// waits for a writer, so on Unix the file is opened non-blocking, and anything that cannot seek (a pipe, a socket,
/// a terminal) is left unread.
/// </summary>
internal static class FileBytes
{
    public enum Outcome { Read, NotAFile, Failed }

    /// <summary>Larger than any statute: a file past this is refused rather than read into memory.</summary>
    public const long MaxLength = 16 * 1024 * 1024;

    public static Outcome Read(string path, out byte[]? bytes, out string? problem)
    {
        (bytes, problem) = (null, null);
        try
        {
            using var handle = Open(path);
            if (handle is null) return Outcome.NotAFile;
            using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 1);
            if (!stream.CanSeek) return Outcome.NotAFile;
            if (stream.Length > MaxLength)
            {
                problem = $"it is {stream.Length:N0} bytes, more than the {MaxLength:N0} a corpus file may have";
                return Outcome.Failed;
            }
            using var copy = new MemoryStream((int)stream.Length);
            stream.CopyTo(copy);
            bytes = copy.ToArray();
            return Outcome.Read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
            return Outcome.Failed;
        }
    }

    private static SafeFileHandle? Open(string path)
    {
        if (OperatingSystem.IsWindows()) return File.OpenHandle(path);
        var flags = OperatingSystem.IsLinux() ? LinuxNonBlock | LinuxCloseOnExec : MacNonBlock | MacCloseOnExec;
        var fd = open(path, flags);
        if (fd >= 0) return new SafeFileHandle(fd, ownsHandle: true);
        var errno = Marshal.GetLastPInvokeError();
        // ENXIO: a socket, or a device with nothing behind it.
        if (errno == ENXIO) return null;
        throw errno is EACCES or EPERM
            ? new UnauthorizedAccessException("permission denied")
            : new IOException(Marshal.GetPInvokeErrorMessage(errno));
    }

    private const int LinuxNonBlock = 0x800, LinuxCloseOnExec = 0x80000, MacNonBlock = 0x4, MacCloseOnExec = 0x1000000;
    private const int EPERM = 1, ENXIO = 6, EACCES = 13;

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
