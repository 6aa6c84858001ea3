namespace Aws.Cli.Output;

/// <summary>One titled block of a table: optional column headers and rows of cell text.</summary>
internal sealed class TableSection
{
    private int? _columnCount;
    private List<int> _maxWidths = [];

    public string Title { get; set; } = "";
    public List<string> Headers { get; private set; } = [];
    public List<List<string>> Rows { get; } = [];
    public int IndentLevel { get; set; }

    public void AddHeader(List<string> headers)
    {
        UpdateMaxWidths(headers);
        _columnCount ??= headers.Count;
        Headers = headers;
    }

    public void AddRow(List<string> row)
    {
        _columnCount ??= row.Count;
        if (row.Count != _columnCount)
            throw new InvalidOperationException($"Row should have {_columnCount} elements, instead it has {row.Count}");
        Rows.Add(row);
        UpdateMaxWidths(row);
    }

    private void UpdateMaxWidths(List<string> row)
    {
        if (_maxWidths.Count == 0)
        {
            _maxWidths = row.Select(TextWidth.Of).ToList();
            return;
        }
        for (var i = 0; i < row.Count; i++) _maxWidths[i] = Math.Max(TextWidth.Of(row[i]), _maxWidths[i]);
    }

    /// <summary>Column widths (max cell width + padding), scaled so they add up to maxWidth when given.</summary>
    public List<int> ColumnWidths(int padding = 0, int? maxWidth = null)
    {
        var unscaled = _maxWidths.Select(w => w + padding).ToList();
        if (maxWidth is not { } max || unscaled.Count == 0) return unscaled;
        var scale = max / (double)unscaled.Sum();
        // Python's round() rounds halves to even, as Math.Round does by default.
        var scaled = unscaled.Select(w => (int)Math.Round(scale * w)).ToList();
        var offBy = scaled.Sum() - max;
        while (offBy != 0)
        {
            // Too wide: shrink from the first column; too narrow: grow from the last.
            for (var k = 0; k < scaled.Count; k++)
            {
                var i = offBy < 0 ? scaled.Count - 1 - k : k;
                if (offBy > 0) { scaled[i]--; offBy--; }
                else { scaled[i]++; offBy++; }
                if (offBy == 0) break;
            }
        }
        return scaled;
    }

    public int TotalWidth(int padding, bool withBorder, int outerPadding)
    {
        const int borderPadding = 2;
        var total = ColumnWidths().Sum(w => w + padding);
        if (withBorder) total += borderPadding;
        total += 2 * outerPadding;
        return Math.Max(TextWidth.Of(Title) + borderPadding + 2 * outerPadding, total);
    }
}
