using Aws.Core.Config;

namespace Aws.Core.Tests.Config;

public sealed class ConfigFileWriterTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("cfgwriter");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void New_file_and_folder_are_created_private()
    {
        var path = Path.Combine(_dir.FullName, "a", ".aws", "config");
        ConfigFileWriter.SetValue(path, "profile dev", "region", "us-west-2");
        Assert.Equal("[profile dev]\nregion = us-west-2\n", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!)); // no temp file left behind
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Existing_file_keeps_its_mode_and_unrelated_bytes()
    {
        var path = Path.Combine(_dir.FullName, "config");
        const string original = "# keep me\n[default]\nregion = a ; not a comment\n\n[profile x]\n  ; indented comment\noutput = text\n";
        File.WriteAllText(path, original);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        ConfigFileWriter.SetValue(path, "profile x", "output", "json");
        Assert.Equal(original.Replace("output = text", "output = json"), File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Nested_value_is_written_as_an_indented_block()
    {
        var path = Path.Combine(_dir.FullName, "config");
        File.WriteAllText(path, "[default]\nregion = a\n");
        ConfigFileWriter.SetNestedValue(path, "default", "s3", "max_concurrent_requests", "20");
        ConfigFileWriter.SetNestedValue(path, "default", "s3", "max_queue_size", "5");
        Assert.Equal("[default]\nregion = a\ns3 =\n    max_concurrent_requests = 20\n    max_queue_size = 5\n", File.ReadAllText(path));
        var parsed = ConfigLoader.LoadConfig(path);
        Assert.Equal("5", parsed.Profiles["default"].GetNested("s3", "max_queue_size"));
    }

    [Fact]
    public void Quoted_section_header_is_found()
    {
        var path = Path.Combine(_dir.FullName, "config");
        File.WriteAllText(path, "[profile \"dev\"]\nregion = a\n");
        ConfigFileWriter.SetValue(path, "profile dev", "region", "b");
        Assert.Equal("[profile \"dev\"]\nregion = b\n", File.ReadAllText(path));
    }
}
