using Aws.Core.Http;
using Aws.Core.Model;

namespace Aws.Core.Protocols;

/// <summary>Error handling every response parser shares.</summary>
internal static class ResponseErrors
{
    public static bool IsError(AwsHttpResponse response) => response.StatusCode >= 300;

    /// <summary>
    /// Runs a parse so that every malformed-response failure surfaces as one exception type:
    /// <see cref="InvalidDataException"/> ("Unable to parse response ...").
    /// </summary>
    public static ParsedResponse Guard(OperationModel operation, Func<ParsedResponse> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or OverflowException or ArgumentException
                                       and not ArgumentNullException)
        {
            throw new InvalidDataException($"Unable to parse response for {operation.Name}: {e.Message}", e);
        }
    }

    /// <summary>
    /// A 5xx whose body is empty or an HTML page (a proxy or load balancer answered, not the service):
    /// the status code is the error code and its reason phrase the message.
    /// </summary>
    public static ServiceError? Generic(AwsHttpResponse response, string? requestId)
    {
        if (response.StatusCode < 500) return null;
        var body = response.Body.AsSpan().Trim(" \t\r\n"u8);
        if (body.Length != 0 && !body.StartsWith("<html>"u8)) return null;
        return FromStatus(response, requestId);
    }

    public static ServiceError FromStatus(AwsHttpResponse response, string? requestId) => new()
    {
        Code = response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Message = ReasonPhrase(response.StatusCode),
        StatusCode = response.StatusCode,
        RequestId = requestId,
    };

    /// <summary>"aws.protocoltests#FooError:http://internal/..." -> "FooError".</summary>
    public static string SanitizeCode(string code)
    {
        var colon = code.IndexOf(':');
        if (colon >= 0) code = code[..colon];
        var hash = code.LastIndexOf('#');
        return hash >= 0 ? code[(hash + 1)..] : code;
    }

    /// <summary>
    /// The modeled error shape for a code: an operation error whose error code (or name) matches, else any
    /// exception shape of the service with that name (bundled models carry no per-operation error lists).
    /// </summary>
    public static Shape? FindErrorShape(OperationModel operation, string code)
    {
        if (code.Length == 0) return null;
        foreach (var shape in operation.Errors)
            if ((shape.Error?.Code ?? shape.Name) == code) return shape;
        try
        {
            var named = operation.Service.GetShape(code);
            return named.Exception && (named.Error?.Code ?? code) == code ? named : null;
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The standard reason phrase, as Python's http.client.responses gives it ("" when unknown).</summary>
    public static string ReasonPhrase(int status) => status switch
    {
        300 => "Multiple Choices", 301 => "Moved Permanently", 302 => "Found", 303 => "See Other",
        304 => "Not Modified", 305 => "Use Proxy", 307 => "Temporary Redirect", 308 => "Permanent Redirect",
        400 => "Bad Request", 401 => "Unauthorized", 402 => "Payment Required", 403 => "Forbidden",
        404 => "Not Found", 405 => "Method Not Allowed", 406 => "Not Acceptable",
        407 => "Proxy Authentication Required", 408 => "Request Timeout", 409 => "Conflict", 410 => "Gone",
        411 => "Length Required", 412 => "Precondition Failed", 413 => "Request Entity Too Large",
        414 => "Request-URI Too Long", 415 => "Unsupported Media Type", 416 => "Requested Range Not Satisfiable",
        417 => "Expectation Failed", 418 => "I'm a Teapot", 421 => "Misdirected Request",
        422 => "Unprocessable Entity", 423 => "Locked", 424 => "Failed Dependency", 425 => "Too Early",
        426 => "Upgrade Required", 428 => "Precondition Required", 429 => "Too Many Requests",
        431 => "Request Header Fields Too Large", 451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error", 501 => "Not Implemented", 502 => "Bad Gateway",
        503 => "Service Unavailable", 504 => "Gateway Timeout", 505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates", 507 => "Insufficient Storage", 508 => "Loop Detected",
        510 => "Not Extended", 511 => "Network Authentication Required",
        _ => "",
    };
}
