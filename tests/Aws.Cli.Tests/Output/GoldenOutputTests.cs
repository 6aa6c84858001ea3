using System.Text.Json.Nodes;
using Aws.Cli.Output;

namespace Aws.Cli.Tests.Output;

/// <summary>Every recorded response in every format must come out byte for byte as AWS CLI v2 printed it.</summary>
public sealed class GoldenOutputTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (caseName, _) in GoldenCases.Operations.OrderBy(p => p.Key, StringComparer.Ordinal))
            foreach (var format in GoldenCases.Formats)
                if (format == "json" || File.Exists(Path.Combine(GoldenCases.Dir, $"{caseName}.{format}.txt")))
                    data.Add(caseName, format);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_the_cli_byte_for_byte(string caseName, string format)
    {
        var expected = GoldenCases.ReadText(format == "json" ? caseName + ".json" : $"{caseName}.{format}.txt");
        Assert.Equal(expected, Render(caseName, format));
    }

    private static string Render(string caseName, string format)
    {
        var operation = GoldenCases.Operations[caseName];
        var color = format == "table-color";
        var formatter = OutputFormatters.Create(color ? "table" : format, new OutputOptions(Color: color));
        var output = new StringWriter { NewLine = "\n" };
        var pages = GoldenCases.Pages(caseName);
        var pageKey = formatter.PageMode switch
        {
            PageMode.ResultKeysPerPage => "textPages",
            PageMode.WholePagePerPage => "streamPages",
            _ => null,
        };
        if (pages is not null && pageKey is not null)
        {
            foreach (var page in pages[pageKey]!.AsArray()) formatter.WritePage(operation, page, output);
            formatter.Finish(operation, pages["resumeToken"]?.GetValue<string>(), output);
        }
        else
        {
            formatter.Write(operation, GoldenCases.Input(caseName), output);
        }
        return output.ToString();
    }
}
