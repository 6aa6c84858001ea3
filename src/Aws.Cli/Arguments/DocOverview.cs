using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Aws.Cli.Arguments;

/// <summary>The first sentence of a shape's documentation, as the YAML skeleton's comments show it.</summary>
internal static partial class DocOverview
{
    [GeneratedRegex("[.:]+")]
    private static partial Regex SentenceEnd();

    public static string Of(string? documentation)
    {
        var content = StripXml(documentation ?? "");
        content = SentenceEnd().Split(content, 2)[0];
        if (content.Length > 0) content += ".";
        return content.Replace('\n', ' ').Replace('\u2028', ' ');
    }

    // Text nodes of "<doc>...</doc>"; documentation that is not well-formed XML is used as it is.
    private static string StripXml(string documentation)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true };
            using var reader = XmlReader.Create(new StringReader("<doc>" + documentation + "</doc>"), settings);
            var sb = new StringBuilder();
            while (reader.Read())
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA)
                    sb.Append(reader.Value);
            return sb.ToString();
        }
        catch (XmlException)
        {
            return documentation;
        }
    }
}
