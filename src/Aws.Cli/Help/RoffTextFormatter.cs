using System.Text;

namespace Aws.Cli.Help;

/// <summary>
/// A minimal man-page formatter for the roff <see cref="RoffDocument"/> emits, used when groff is missing:
/// groff's margins (sections at 0, text at 7, +3.5 per block quote), 78 columns, filled but not justified,
/// no hyphenation, no overstrikes.
/// </summary>
internal sealed class RoffTextFormatter
{
    private const int LineLength = 78;
    private const double BaseIndent = 7;

    private readonly StringBuilder _out = new();
    private readonly Stack<double> _indents = new();
    private readonly List<string> _words = [];
    private double _indent = BaseIndent;
    private int? _hangingAt; // column of the first line when a .IP tag is pending
    private string? _tag;
    private bool _noSpace = true;
    private bool _fill = true;
    private bool _started;
    private string _title = "";

    public static string Format(string roff)
    {
        var f = new RoffTextFormatter();
        foreach (var line in roff.Split('\n')) f.Process(line);
        return f.Finish();
    }

    private void Process(string line)
    {
        if (line.StartsWith(".\\\"", StringComparison.Ordinal) || line == ".") return;
        if (line.StartsWith('.') && !line.StartsWith("\\&", StringComparison.Ordinal))
        {
            Request(line);
            return;
        }
        if (!_fill)
        {
            EmitLine(new string(' ', (int)_indent) + Inline(line));
            return;
        }
        _words.AddRange(Inline(line).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private void Request(string line)
    {
        var parts = line[1..].Trim().Split(' ', 2);
        var name = parts[0];
        var arg = parts.Length > 1 ? parts[1] : "";
        switch (name)
        {
            case "TH":
                _title = arg.Split('"', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() + "()";
                _out.Append(_title).Append(new string(' ', Math.Max(1, LineLength - 2 * _title.Length))).Append(_title).Append("\n\n\n\n");
                _noSpace = true;
                break;
            case "SH":
                Break();
                _indents.Clear();
                _indent = BaseIndent;
                if (_started) _out.Append('\n');
                _started = true;
                _out.Append(Inline(arg)).Append('\n');
                _noSpace = true;
                break;
            case "sp":
                Break();
                Space();
                break;
            case "INDENT":
                Break();
                _indents.Push(_indent);
                _indent += double.Parse(arg, System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "UNINDENT":
                Break();
                if (_indents.Count > 0) _indent = _indents.Pop();
                break;
            case "IP":
                Break();
                Space();
                _tag = arg.StartsWith("\\(bu", StringComparison.Ordinal) ? "o" : "";
                _hangingAt = (int)_indent;
                break;
            case "nf":
                Break();
                _fill = false;
                break;
            case "fi":
                _fill = true;
                break;
            case "br":
                Break();
                break;
        }
    }

    private void Space()
    {
        if (!_noSpace) _out.Append('\n');
        _noSpace = true;
    }

    private void EmitLine(string text)
    {
        _out.Append(text.TrimEnd()).Append('\n');
        _noSpace = false;
    }

    // Fill pending words into lines between the indent and the line length.
    private void Break()
    {
        if (_words.Count == 0) return;
        var indent = (int)_indent;
        var first = true;
        var line = new StringBuilder();
        var lineIndent = indent;
        if (_tag is not null)
        {
            // .IP: the tag at the old margin, the text 2 columns further on.
            indent = _hangingAt!.Value + 2;
            lineIndent = indent;
            line.Append(new string(' ', _hangingAt.Value)).Append(_tag.PadRight(2));
            _tag = null;
        }
        else line.Append(new string(' ', lineIndent));
        foreach (var word in _words)
        {
            if (!first && line.Length + 1 + word.Length > LineLength)
            {
                EmitLine(line.ToString());
                line.Clear().Append(new string(' ', indent));
                first = true;
            }
            if (!first) line.Append(' ');
            line.Append(word);
            first = false;
        }
        EmitLine(line.ToString());
        _words.Clear();
    }

    private string Finish()
    {
        Break();
        _out.Append("\n\n\n").Append(new string(' ', Math.Max(0, LineLength - _title.Length))).Append(_title).Append('\n');
        return _out.ToString();
    }

    /// <summary>Inline escapes to plain text.</summary>
    internal static string Inline(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length) { sb.Append(s[i]); continue; }
            var c = s[++i];
            switch (c)
            {
                case 'f': i++; break; // \fB \fI \fP \fR
                case '-': sb.Append('-'); break;
                case 'e': sb.Append('\\'); break;
                case '&': case '%': break;
                case '(':
                    var code = i + 2 < s.Length ? s.Substring(i + 1, 2) : "";
                    i += 2;
                    sb.Append(code switch { "dq" => "\"", "aq" => "'", "bu" => "o", "em" => "--", _ => "" });
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
