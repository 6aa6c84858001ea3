namespace Aws.Cli.Customizations.S3;

public enum SyncMode { Default, SizeOnly, ExactTimestamps }

/// <summary>
/// sync's comparison (awscli's Comparator and sync strategies): walks both sorted listings by compare key;
/// files only at the source are copied, files at both are copied when size or time says so, files only at
/// the destination are deleted with --delete.
/// </summary>
public sealed class SyncComparator(SyncMode mode, bool delete)
{
    public IEnumerable<FileEntry> Compare(IEnumerable<FileEntry> source, IEnumerable<FileEntry> destination)
    {
        using var src = source.GetEnumerator();
        using var dest = destination.GetEnumerator();
        var haveSrc = src.MoveNext();
        var haveDest = dest.MoveNext();
        while (haveSrc || haveDest)
        {
            if (haveSrc && haveDest)
            {
                var order = string.CompareOrdinal(src.Current.CompareKey, dest.Current.CompareKey);
                if (order == 0)
                {
                    if (ShouldSync(src.Current, dest.Current)) yield return src.Current;
                    haveSrc = src.MoveNext();
                    haveDest = dest.MoveNext();
                }
                else if (order < 0)
                {
                    yield return src.Current;
                    haveSrc = src.MoveNext();
                }
                else
                {
                    if (delete) yield return dest.Current;
                    haveDest = dest.MoveNext();
                }
            }
            else if (haveSrc)
            {
                yield return src.Current;
                haveSrc = src.MoveNext();
            }
            else
            {
                if (delete) yield return dest.Current;
                haveDest = dest.MoveNext();
            }
        }
    }

    public bool ShouldSync(FileEntry src, FileEntry dest)
    {
        var sameSize = src.Size == dest.Size;
        if (mode == SyncMode.SizeOnly) return !sameSize;
        return !sameSize || !SameTime(src, dest);
    }

    private bool SameTime(FileEntry src, FileEntry dest)
    {
        var delta = (dest.LastModified ?? DateTimeOffset.UnixEpoch) - (src.LastModified ?? DateTimeOffset.UnixEpoch);
        return src.Operation switch
        {
            "download" when mode == SyncMode.ExactTimestamps => delta == TimeSpan.Zero,
            "download" => delta <= TimeSpan.Zero,
            _ => delta >= TimeSpan.Zero,
        };
    }
}
