using System.Text;

namespace Aws.Core.Protocols.Formats;

/// <summary>
/// Writes XML straight into a <see cref="StringBuilder"/> with the same output as <see cref="XmlBodyElement"/>
/// (ElementTree style: no declaration, "&lt;a /&gt;" for an element with no text and no children) but without
/// building a tree first: a server writes a response per request, so the tree was pure allocation.
/// </summary>
public sealed class XmlTextBuilder
{
    private readonly StringBuilder _sb = new(1024);

    /// <summary>Writes "&lt;name" and returns a mark for <see cref="Close"/>; attributes may follow.</summary>
    public int Open(string name)
    {
        _sb.Append('<').Append(name);
        return _sb.Length;
    }

    public void Attribute(string name, string value)
    {
        _sb.Append(' ').Append(name).Append("=\"");
        XmlEscape.Attribute(_sb, value);
        _sb.Append('"');
    }

    /// <summary>Ends the start tag: content (text, children) follows.</summary>
    public int StartContent()
    {
        _sb.Append('>');
        return _sb.Length;
    }

    /// <summary>Closes an element whose content started at <paramref name="contentMark"/>; empty becomes " /&gt;".</summary>
    public void Close(string name, int contentMark)
    {
        if (_sb.Length == contentMark)
        {
            _sb.Length = contentMark - 1;
            _sb.Append(" />");
        }
        else
        {
            _sb.Append("</").Append(name).Append('>');
        }
    }

    /// <summary>An element holding escaped text ("&lt;name /&gt;" when the text is empty).</summary>
    public void Element(string name, string text)
    {
        _sb.Append('<').Append(name);
        if (text.Length == 0)
        {
            _sb.Append(" />");
            return;
        }
        _sb.Append('>');
        XmlEscape.Text(_sb, text);
        _sb.Append("</").Append(name).Append('>');
    }

    public byte[] ToUtf8()
    {
        var length = 0;
        foreach (var chunk in _sb.GetChunks()) length += Encoding.UTF8.GetByteCount(chunk.Span);
        var bytes = new byte[length];
        var at = 0;
        foreach (var chunk in _sb.GetChunks()) at += Encoding.UTF8.GetBytes(chunk.Span, bytes.AsSpan(at));
        return bytes;
    }

    public override string ToString() => _sb.ToString();
}
