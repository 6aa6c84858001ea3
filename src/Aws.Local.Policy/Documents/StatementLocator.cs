using System.Text;
using System.Text.Json;

namespace Aws.Local.Policy.Documents;

/// <summary>Finds where each statement object starts and ends in the source text, for simulator output.</summary>
internal static class StatementLocator
{
    public static List<(TextPosition Start, TextPosition End)> Locate(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var result = new List<(TextPosition, TextPosition)>();
        var reader = new Utf8JsonReader(bytes);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return result;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isStatement = reader.ValueTextEquals("Statement"u8);
            reader.Read();
            if (!isStatement)
            {
                reader.Skip();
                continue;
            }
            result.Clear(); // a repeated Statement key: the last one wins, as in JsonDocument lookups
            if (reader.TokenType == JsonTokenType.StartObject)
                result.Add(Span(ref reader, bytes));
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.StartObject)
                        result.Add(Span(ref reader, bytes));
                    else
                        reader.Skip();
                }
            }
            else
                reader.Skip();
        }
        return result;
    }

    private static (TextPosition, TextPosition) Span(ref Utf8JsonReader reader, byte[] bytes)
    {
        long start = reader.TokenStartIndex;
        reader.Skip();
        long end = reader.TokenStartIndex;
        return (After(bytes, start), After(bytes, end));
    }

    // 1-based line and the 1-based column of the character after the brace at byteOffset.
    private static TextPosition After(byte[] bytes, long byteOffset)
    {
        int line = 1, column = 1;
        for (long i = 0; i < byteOffset; i++)
        {
            byte b = bytes[i];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((b & 0xC0) != 0x80)
                column++;
        }
        return new TextPosition(line, column + 1);
    }
}
