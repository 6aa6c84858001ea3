using System.Runtime.InteropServices;

namespace Aws.Cli.Customizations.Iam;

/// <summary>POSIX access(2), as Python's os.access: the real permission check for the calling user (root included).</summary>
internal static partial class PosixAccess
{
    private const int WriteOk = 2;

    public static bool CanWrite(string path) => OperatingSystem.IsWindows() || Access(path, WriteOk) == 0;

    [LibraryImport("libc", EntryPoint = "access", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Access(string path, int mode);
}
