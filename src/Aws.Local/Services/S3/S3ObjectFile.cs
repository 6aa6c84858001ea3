using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Local.Services.S3;

/// <summary>
/// One object (or multipart part) on disk: the data, then its metadata as JSON, then a 12-byte trailer (metadata
/// length, magic). Data and metadata land in one file written to a temporary name, fsynced and renamed, so an
/// acknowledged PUT survives kill -9 and a reader never sees new data with old metadata.
/// </summary>
internal static class S3ObjectFile
{
    private const int TrailerSize = 12;
    private const uint Magic = 0x4F423353; // "S3BO"

    /// <summary>Appends the metadata and trailer at the end of the data, then flushes the file to disk.</summary>
    public static void Finish(FileStream file, JsonObject meta)
    {
        var json = Encoding.UTF8.GetBytes(meta.ToJsonString());
        Span<byte> trailer = stackalloc byte[TrailerSize];
        BinaryPrimitives.WriteInt64LittleEndian(trailer, json.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[8..], Magic);
        file.Write(json);
        file.Write(trailer);
        file.Flush(flushToDisk: true);
    }

    /// <summary>The metadata of the file at <paramref name="path"/>, or null when it does not exist (or is not an object file).</summary>
    public static JsonObject? ReadMeta(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            return ReadMeta(file);
        }
        catch (FileNotFoundException) { return null; }
        catch (DirectoryNotFoundException) { return null; }
    }

    /// <summary>Opens the object for reading: the handle (positioned at the data) and its metadata; null when absent.</summary>
    public static (FileStream File, JsonObject Meta)? Open(string path)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
        }
        catch (FileNotFoundException) { return null; }
        catch (DirectoryNotFoundException) { return null; }
        var meta = ReadMeta(file);
        if (meta is null)
        {
            file.Dispose();
            return null;
        }
        file.Position = 0;
        return (file, meta);
    }

    private static JsonObject? ReadMeta(FileStream file)
    {
        var length = file.Length;
        if (length < TrailerSize) return null;
        Span<byte> trailer = stackalloc byte[TrailerSize];
        file.Position = length - TrailerSize;
        file.ReadExactly(trailer);
        if (BinaryPrimitives.ReadUInt32LittleEndian(trailer[8..]) != Magic) return null;
        var metaLength = BinaryPrimitives.ReadInt64LittleEndian(trailer);
        if (metaLength <= 0 || metaLength > length - TrailerSize) return null;
        var json = new byte[metaLength];
        file.Position = length - TrailerSize - metaLength;
        file.ReadExactly(json);
        return JsonNode.Parse(json) as JsonObject;
    }
}
