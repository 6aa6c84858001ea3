using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Aws.JmesPath;

namespace Aws.Core.Runtime.Pagination;

/// <summary>
/// Calls an operation page after page as botocore's PageIterator does: input/output tokens, more_results,
/// --max-items truncation with a resume token, --starting-token (with a truncate amount) and --page-size.
/// </summary>
public sealed class PageIterator
{
    private readonly PaginatorConfig _config;
    private readonly Func<JsonObject, CancellationToken, Task<JsonObject>> _call;
    private readonly JsonObject _input;
    private readonly int? _maxItems;
    private readonly string? _startingToken;
    private readonly JsonNode? _pageSize;
    private readonly JmesPathExpression[] _resultKeys;
    private readonly JmesPathExpression[] _outputTokens;
    private readonly JmesPathExpression? _moreResults;

    public PageIterator(PaginatorConfig config, Func<JsonObject, CancellationToken, Task<JsonObject>> call, JsonObject input,
        int? maxItems = null, string? startingToken = null, JsonNode? pageSize = null)
    {
        _config = config;
        _call = call;
        _input = input;
        _maxItems = maxItems;
        _startingToken = startingToken;
        _pageSize = pageSize;
        _resultKeys = config.ResultKeys.Select(JmesPathExpression.Compile).ToArray();
        _outputTokens = config.OutputTokens.Select(JmesPathExpression.Compile).ToArray();
        _moreResults = config.MoreResults is null ? null : JmesPathExpression.Compile(config.MoreResults);
    }

    public IReadOnlyList<string> ResultKeys => _config.ResultKeys;

    /// <summary>Set when pagination stopped early (--max-items): the token to resume from.</summary>
    public string? ResumeToken { get; private set; }

    /// <summary>The non-aggregate keys of the first page.</summary>
    public JsonObject NonAggregatePart { get; private set; } = new();

    public async IAsyncEnumerable<JsonObject> PagesAsync([EnumeratorCancellation] CancellationToken cancellation = default)
    {
        var kwargs = (JsonObject)_input.DeepClone();
        JsonObject? previousToken = null;
        var nextToken = new JsonObject();
        foreach (var t in _config.InputTokens) nextToken[t] = null;
        var startTruncation = 0;
        if (_startingToken is not null)
        {
            (nextToken, startTruncation) = PaginationToken.Decode(_startingToken, _config.InputTokens);
            Inject(kwargs, nextToken);
        }
        if (_pageSize is not null && _config.LimitKey is not null) kwargs[_config.LimitKey] = _pageSize.DeepClone();

        var total = 0;
        var first = true;
        var primary = _resultKeys[0];
        while (true)
        {
            var page = await _call((JsonObject)kwargs.DeepClone(), cancellation);
            var truncation = 0;
            if (first)
            {
                if (_startingToken is not null) { TruncateStart(page, startTruncation); truncation = startTruncation; }
                RecordNonAggregate(page);
                first = false;
            }
            var count = primary.Evaluate(page) is JsonArray items ? items.Count : 0;
            var excess = _maxItems is { } max ? total + count - max : 0;
            if (excess > 0)
            {
                var keep = count - excess;
                SetPath(page, _config.ResultKeys[0], new JsonArray(((JsonArray)primary.Evaluate(page)!).Take(keep).Select(n => n?.DeepClone()).ToArray()));
                nextToken["boto_truncate_amount"] = keep + truncation;
                ResumeToken = PaginationToken.Encode(nextToken);
                yield return page;
                yield break;
            }
            yield return page;
            total += count;
            nextToken = NextToken(page);
            if (nextToken.All(t => t.Value is null)) yield break;
            if (_maxItems is { } m && total == m)
            {
                ResumeToken = PaginationToken.Encode(nextToken);
                yield break;
            }
            if (previousToken is not null && JsonNode.DeepEquals(previousToken, nextToken))
                throw new PaginationException($"The same next token was received twice: {nextToken.ToJsonString()}");
            Inject(kwargs, nextToken);
            previousToken = (JsonObject)nextToken.DeepClone();
        }
    }

    /// <summary>All pages merged: result keys concatenated (or summed), non-aggregate keys, and NextToken when truncated.</summary>
    public async Task<JsonObject> BuildFullResultAsync(CancellationToken cancellation = default)
    {
        var complete = new JsonObject();
        await foreach (var page in PagesAsync(cancellation))
        {
            for (var i = 0; i < _resultKeys.Length; i++)
            {
                var value = _resultKeys[i].Evaluate(page);
                if (value is null) continue;
                var existing = _resultKeys[i].Evaluate(complete);
                if (existing is null) { SetPath(complete, _config.ResultKeys[i], value.DeepClone()); continue; }
                SetPath(complete, _config.ResultKeys[i], Merge(existing, value));
            }
        }
        foreach (var (k, v) in NonAggregatePart) MergeInto(complete, k, v);
        if (ResumeToken is not null) complete["NextToken"] = ResumeToken;
        return complete;
    }

    private static JsonNode? Merge(JsonNode existing, JsonNode value)
    {
        if (existing is JsonArray a && value is JsonArray b)
            return new JsonArray(a.Select(n => n?.DeepClone()).Concat(b.Select(n => n?.DeepClone())).ToArray());
        if (existing is JsonValue ev && value is JsonValue vv)
        {
            if (ev.TryGetValue<string>(out var s1) && vv.TryGetValue<string>(out var s2)) return s1 + s2;
            if (TryNumber(ev, out var n1) && TryNumber(vv, out var n2)) return n1 + n2;
        }
        return existing.DeepClone();
    }

    private static bool TryNumber(JsonValue v, out long n)
    {
        if (v.TryGetValue(out n)) return true;
        if (v.TryGetValue<int>(out var i)) { n = i; return true; }
        if (v.TryGetValue<double>(out var d) && d == Math.Floor(d)) { n = (long)d; return true; }
        return false;
    }

    private static void MergeInto(JsonObject target, string key, JsonNode? value)
    {
        if (target[key] is JsonObject existing && value is JsonObject incoming)
            foreach (var (k, v) in incoming) MergeInto(existing, k, v);
        else target[key] = value?.DeepClone();
    }

    private JsonObject NextToken(JsonObject page)
    {
        var tokens = new JsonObject();
        if (_moreResults is not null && !IsTruthy(_moreResults.Evaluate(page))) return tokens;
        for (var i = 0; i < _config.InputTokens.Count && i < _outputTokens.Length; i++)
        {
            var value = _outputTokens[i].Evaluate(page);
            tokens[_config.InputTokens[i]] = IsTruthy(value) ? value!.DeepClone() : null;
        }
        return tokens;
    }

    private static bool IsTruthy(JsonNode? n) => n switch
    {
        null => false,
        JsonArray a => a.Count > 0,
        JsonObject o => o.Count > 0,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        _ => true,
    };

    private static void Inject(JsonObject kwargs, JsonObject token)
    {
        foreach (var (name, value) in token)
        {
            if (value is not null && !(value is JsonValue v && v.TryGetValue<string>(out var s) && s == "None"))
                kwargs[name] = value.DeepClone();
            else kwargs.Remove(name);
        }
    }

    private void RecordNonAggregate(JsonObject page)
    {
        var part = new JsonObject();
        foreach (var expr in _config.NonAggregateKeys)
            SetPath(part, expr, JmesPathExpression.Compile(expr).Evaluate(page)?.DeepClone());
        NonAggregatePart = part;
    }

    private void TruncateStart(JsonObject page, int amount)
    {
        var data = _resultKeys[0].Evaluate(page);
        JsonNode? cut = data switch
        {
            JsonArray a => new JsonArray(a.Skip(amount).Select(n => n?.DeepClone()).ToArray()),
            JsonValue v when v.TryGetValue<string>(out var s) => s.Length > amount ? s[amount..] : "",
            _ => null,
        };
        SetPath(page, _config.ResultKeys[0], cut);
        for (var i = 1; i < _resultKeys.Length; i++)
        {
            JsonNode? empty = _resultKeys[i].Evaluate(page) switch
            {
                JsonArray => new JsonArray(),
                JsonValue v when v.TryGetValue<string>(out _) => "",
                JsonValue v when v.TryGetValue<bool>(out _) => null,
                JsonValue => 0,
                _ => null,
            };
            SetPath(page, _config.ResultKeys[i], empty);
        }
    }

    /// <summary>botocore's set_value_from_jmespath: a dotted path, creating objects on the way.</summary>
    public static void SetPath(JsonObject target, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var current = target;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (current[parts[i]] is not JsonObject next) { next = new JsonObject(); current[parts[i]] = next; }
            current = next;
        }
        if (value?.Parent is not null) value = value.DeepClone();
        current[parts[^1]] = value;
    }
}
