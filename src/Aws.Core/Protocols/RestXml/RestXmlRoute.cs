using Aws.Core.Model;

namespace Aws.Core.Protocols.RestXml;

/// <summary>
/// One operation's requestUri as a pattern: literal and label path segments ("{Key+}" takes the rest of the
/// path), literal query keys ("?uploads", "?list-type=2"), and the required querystring and header members
/// that tell apart operations sharing a path (UploadPart needs uploadId, CopyObject needs x-amz-copy-source).
/// </summary>
internal sealed class RestXmlRoute
{
    private readonly string[] _segments;
    private readonly (string Key, string? Value)[] _literals;
    private readonly string[] _requiredQuery;
    private readonly string[] _requiredHeaders;

    public RestXmlRoute(OperationModel operation, int order)
    {
        Operation = operation;
        Order = order;
        var uri = operation.RequestUri;
        var q = uri.IndexOf('?');
        var path = q < 0 ? uri : uri[..q];
        _segments = path.Trim('/').Length == 0 ? [] : path.TrimStart('/').Split('/');
        _literals = q < 0 ? [] : [.. uri[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var eq = p.IndexOf('=');
            return eq < 0 ? (p, (string?)null) : (p[..eq], p[(eq + 1)..]);
        })];
        var query = new List<string>();
        var headers = new List<string>();
        if (operation.Input is { } input)
            foreach (var (name, member) in input.Members)
            {
                if (!input.Required.Contains(name)) continue;
                if (member.Location == "querystring") query.Add(member.LocationName ?? name);
                else if (member.Location == "header") headers.Add(member.LocationName ?? name);
            }
        _requiredQuery = [.. query];
        _requiredHeaders = [.. headers];
    }

    public OperationModel Operation { get; }
    public int Order { get; }
    public string Method => Operation.HttpMethod;

    /// <summary>How specific the match is: literal query keys, then required query and header members present.</summary>
    public int Score => _literals.Length * 2 + _requiredQuery.Length + _requiredHeaders.Length;

    /// <summary>Matches the encoded path's segments; fills the labels (still encoded) when it does.</summary>
    public bool TryMatch(string[] segments, string rawPath, IReadOnlyDictionary<string, List<string>> query,
        Func<string, bool> hasHeader, Dictionary<string, string> labels)
    {
        foreach (var (key, value) in _literals)
        {
            if (!query.TryGetValue(key, out var values)) return false;
            if (value is not null && !values.Contains(value)) return false;
        }
        foreach (var key in _requiredQuery) if (!query.ContainsKey(key)) return false;
        foreach (var header in _requiredHeaders) if (!hasHeader(header)) return false;
        return MatchPath(segments, rawPath, labels);
    }

    private bool MatchPath(string[] segments, string rawPath, Dictionary<string, string> labels)
    {
        labels.Clear();
        // "/bucket/" addresses the bucket: a trailing empty segment is not a key.
        var count = segments.Length > 0 && segments[^1].Length == 0 ? segments.Length - 1 : segments.Length;
        for (var i = 0; i < _segments.Length; i++)
        {
            var template = _segments[i];
            if (template.StartsWith('{') && template.EndsWith("+}", StringComparison.Ordinal))
            {
                // Greedy: everything after the previous segments, slashes and a trailing slash included.
                var offset = 1;
                for (var j = 0; j < i; j++) offset += segments[j].Length + 1;
                if (offset > rawPath.Length || i >= count) return false;
                var rest = rawPath[offset..];
                if (rest.Length == 0) return false;
                labels[template[1..^2]] = rest;
                return true;
            }
            if (i >= count) return false;
            if (template.StartsWith('{'))
            {
                if (segments[i].Length == 0) return false;
                labels[template[1..^1]] = segments[i];
            }
            else if (!string.Equals(template, segments[i], StringComparison.Ordinal)) return false;
        }
        return count == _segments.Length;
    }
}
