using System.Globalization;
using Aws.Cli.Commands;
using Aws.Cli.Errors;
using Aws.JmesPath;

namespace Aws.Cli.Driver;

/// <summary>
/// The AWS CLI's "top-level-args-parsed" checks: once the command name is known to be valid and before the
/// command parses its own arguments, --query must compile, --endpoint-url must have a scheme and the timeouts
/// must be integers.
/// </summary>
public static class TopLevelArgs
{
    public static void Check(GlobalOptions options)
    {
        if (options.Query is { } query)
        {
            try { JmesPathExpression.Compile(query); }
            catch (JmesPathException e) { throw new CliException(JmesPathCli.ExitCode(e), JmesPathCli.CliMessage(e, query)); }
        }
        if (options.EndpointUrl is { } url && !HasScheme(url))
            throw new CliException(ExitCodes.ParamValidation,
                $"Bad value for --endpoint-url \"{url}\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/");
        // Read before connect, as the CLI registers its handlers.
        foreach (var text in new[] { options.ReadTimeoutText, options.ConnectTimeoutText })
            if (text is not null && ParseInt(text) is null)
                throw new CliException(ExitCodes.General, $"invalid literal for int() with base 10: {ChoiceError.PythonRepr(text)}");
    }

    /// <summary>Python's int() of a string: optional sign and surrounding whitespace, digits (underscores between).</summary>
    public static int? ParseInt(string? text)
    {
        if (text is null) return null;
        var t = text.Trim();
        if (t.Length == 0 || t.StartsWith('_') || t.EndsWith('_') || t.Contains("__", StringComparison.Ordinal)) return null;
        return int.TryParse(t.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    // urllib.parse: a scheme is a letter then letters, digits, '+', '-' or '.', before the first ':'.
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(url[0])) return false;
        for (var i = 1; i < colon; i++)
            if (!(char.IsAsciiLetterOrDigit(url[i]) || url[i] is '+' or '-' or '.')) return false;
        return true;
    }
}
