using System.Text;

namespace Aws.Cli.Output;

/// <summary>Lays out table sections: one shared width, nested sections framed by '|' per indent level, and
/// single-row sections turned into key/value rows when the table is wider than the terminal.</summary>
internal sealed class MultiTable(TableStyler styler, int terminalWidth)
{
    private readonly List<TableSection> _sections = [];
    private TableSection? _current;

    public void NewSection(string title, int indentLevel = 0)
    {
        _current = new TableSection { Title = title, IndentLevel = indentLevel };
        _sections.Add(_current);
    }

    public void AddRowHeader(List<string> headers) => Current.AddHeader(headers);

    public void AddRow(List<string> row) => Current.AddRow(row);

    private TableSection Current => _current ?? throw new InvalidOperationException("Table row added before any section");

    public void Render(StringBuilder output)
    {
        var stream = new ColorStream(output, styler.Color);
        var maxWidth = MaxWidth();
        if (maxWidth > terminalWidth)
        {
            ConvertToVertical();
            maxWidth = MaxWidth();
        }
        stream.Write(new string('-', maxWidth) + "\n");
        foreach (var section in _sections) RenderSection(section, maxWidth, stream);
    }

    private int MaxWidth() => _sections.Max(s => s.TotalWidth(padding: 4, withBorder: true, outerPadding: s.IndentLevel));

    private void ConvertToVertical()
    {
        for (var i = 0; i < _sections.Count; i++)
        {
            var section = _sections[i];
            if (section.Rows.Count != 1 || section.Headers.Count == 0) continue;
            var vertical = new TableSection { Title = section.Title, IndentLevel = section.IndentLevel };
            foreach (var (header, element) in section.Headers.Zip(section.Rows[0])) vertical.AddRow([header, element]);
            _sections[i] = vertical;
        }
    }

    private void RenderSection(TableSection section, int maxWidth, ColorStream raw)
    {
        var stream = new IndentedStream(raw, section.IndentLevel, styler.IndentationChar("|"));
        maxWidth -= section.IndentLevel * 2;
        if (section.Title.Length > 0)
        {
            stream.Write(TableText.Center(section.Title, maxWidth, "|", "|") + "\n");
            if (section.Headers.Count == 0 && section.Rows.Count == 0)
                stream.Write("+" + new string('-', maxWidth - 2) + "+\n");
        }
        if (section.Headers.Count > 0)
        {
            var widths = section.ColumnWidths(padding: 4, maxWidth: maxWidth);
            var line = new StringBuilder();
            for (var i = 0; i < Math.Min(widths.Count, section.Headers.Count); i++)
                line.Append(TableText.Center(section.Headers[i], widths[i], i == 0 ? "|" : "", "|"));
            stream.Write(LineBreak(widths));
            stream.Write(line + "\n");
        }
        if (section.Rows.Count > 0)
        {
            var widths = section.ColumnWidths(padding: 4, maxWidth: maxWidth);
            if (widths.Count == 0) return;
            stream.Write(LineBreak(widths));
            foreach (var row in section.Rows)
            {
                var line = new StringBuilder();
                for (var i = 0; i < Math.Min(widths.Count, row.Count); i++)
                    line.Append(TableText.AlignLeft(styler.RowElement(row[i]), TextWidth.Of(row[i]), widths[i], i == 0 ? "|" : "", "|"));
                stream.Write(line + "\n");
            }
            stream.Write(LineBreak(widths));
        }
    }

    // +-------+---------+
    private static string LineBreak(List<int> widths)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < widths.Count; i++)
        {
            if (i == 0) sb.Append('+').Append('-', Math.Max(0, widths[i] - 2)).Append('+');
            else sb.Append('-', Math.Max(0, widths[i] - 1)).Append('+');
        }
        return sb.Append('\n').ToString();
    }

    /// <summary>stdout as colorama leaves it with autoreset: every write is followed by a reset code.</summary>
    private sealed class ColorStream(StringBuilder sb, bool color)
    {
        public void Write(string text)
        {
            sb.Append(text);
            if (color) sb.Append(TableStyler.Reset);
        }
    }

    /// <summary>Frames each line with one border character per indent level on both sides.</summary>
    private sealed class IndentedStream(ColorStream stream, int level, string indentChar)
    {
        private readonly string _edge = string.Concat(Enumerable.Repeat(indentChar, level));

        public void Write(string text)
        {
            stream.Write(_edge);
            if (text.EndsWith('\n'))
            {
                stream.Write(text[..^1]);
                stream.Write(_edge);
                stream.Write("\n");
            }
            else
            {
                stream.Write(text);
            }
        }
    }
}
