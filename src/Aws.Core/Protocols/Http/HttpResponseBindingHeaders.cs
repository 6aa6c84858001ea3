using System.Text;

namespace Aws.Core.Protocols.Http;

/// <summary>Splits a list-valued header (RFC 7230 #rule): commas separate items, except inside quotes and http-dates.</summary>
internal static class HeaderListSplitter
{
    private static readonly string[] Days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static List<string> Split(string text, bool timestamps)
    {
        var items = SplitQuoted(text);
        if (!timestamps) return items;
        // "Mon, 16 Dec 2019 23:48:18 GMT" holds a comma: glue a weekday back onto the date that follows it.
        var joined = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (i + 1 < items.Count && IsWeekday(items[i])) { joined.Add(items[i] + ", " + items[i + 1]); i++; }
            else joined.Add(items[i]);
        }
        return joined;
    }

    private static bool IsWeekday(string token) =>
        token.Length >= 3 && Days.Any(d => token.StartsWith(d, StringComparison.OrdinalIgnoreCase)) && token.All(char.IsLetter);

    private static List<string> SplitQuoted(string text)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        var quoted = false;   // inside "..."
        var wasQuoted = false; // the current item was a quoted string
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '\\' && i + 1 < text.Length) current.Append(text[++i]);
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"' && current.ToString().Trim().Length == 0)
            {
                current.Clear();
                quoted = wasQuoted = true;
            }
            else if (c == ',')
            {
                items.Add(wasQuoted ? current.ToString() : current.ToString().Trim());
                current.Clear();
                wasQuoted = false;
            }
            else if (!(wasQuoted && char.IsWhiteSpace(c)))
            {
                current.Append(c);
            }
        }
        items.Add(wasQuoted ? current.ToString() : current.ToString().Trim());
        return items;
    }
}
