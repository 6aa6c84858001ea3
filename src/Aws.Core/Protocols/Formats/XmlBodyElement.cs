using System.Text;

namespace Aws.Core.Protocols.Formats;

/// <summary>
/// A minimal element tree for request bodies, written the way Python's ElementTree.tostring does
/// (what botocore sends): no declaration, attributes in insertion order, "&lt;a /&gt;" for empty elements.
/// </summary>
public sealed class XmlBodyElement(string name)
{
    public string Name { get; } = name;
    public List<KeyValuePair<string, string>> Attributes { get; } = [];
    public List<XmlBodyElement> Children { get; } = [];
    public string? Text { get; set; }

    public XmlBodyElement Add(string name)
    {
        var child = new XmlBodyElement(name);
        Children.Add(child);
        return child;
    }

    /// <summary>Sets an attribute, keeping the position of an existing one of that name.</summary>
    public void SetAttribute(string name, string value)
    {
        var i = Attributes.FindIndex(a => a.Key == name);
        if (i >= 0) Attributes[i] = new(name, value);
        else Attributes.Add(new(name, value));
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        Write(sb);
        return sb.ToString();
    }

    public byte[] ToUtf8() => Encoding.UTF8.GetBytes(ToString());

    private void Write(StringBuilder sb)
    {
        sb.Append('<').Append(Name);
        foreach (var (key, value) in Attributes)
        {
            sb.Append(' ').Append(key).Append("=\"");
            XmlEscape.Attribute(sb, value);
            sb.Append('"');
        }
        if (string.IsNullOrEmpty(Text) && Children.Count == 0)
        {
            sb.Append(" />");
            return;
        }
        sb.Append('>');
        if (Text is not null) XmlEscape.Text(sb, Text);
        foreach (var child in Children) child.Write(sb);
        sb.Append("</").Append(Name).Append('>');
    }
}
