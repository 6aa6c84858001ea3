using System.Text.Json.Nodes;
using Aws.Cli.Arguments;
using Aws.Cli.Driver;
using Aws.Cli.Errors;
using Aws.Cli.Output;
using Aws.Cli.Runtime;
using Aws.Core.Model;
using Aws.Core.Runtime;
using Aws.Core.Runtime.Pagination;
using Aws.Core.Runtime.Validation;
using Aws.JmesPath;

namespace Aws.Cli.Commands;

/// <summary>
/// `aws SERVICE OPERATION [options]`: arguments to input, one call (or every page), then the response printed
/// in the chosen format with --query applied, as AWS CLI v2 does.
/// </summary>
public sealed class OperationCommand(ServiceModel service, OperationModel operation)
{
    public async Task<int> RunAsync(Invocation invocation, IReadOnlyList<string> words, CancellationToken cancellation)
    {
        var context = invocation.Context;
        var parsed = OperationArguments.Parse(operation, words, new ArgumentOptions
        {
            ServiceName = service.Name,
            BinaryFormat = invocation.BinaryFormat,
            Paginate = !invocation.Options.NoPaginate,
            CurrentDirectory = context.CurrentDirectory,
            GetEnvironmentVariable = context.GetEnv,
        });
        if (parsed.HelpRequested) return Help.HelpCommand.ShowOperation(invocation, service, operation);

        var query = CompileQuery(invocation.Options.Query);
        var formatter = CreateFormatter(invocation);
        switch (parsed.GenerateSkeleton)
        {
            case "input" or "yaml-input":
                context.Out.Write(CliSkeleton.Render(operation, parsed.GenerateSkeleton));
                return ExitCodes.Success;
            case "output":
                // The CLI makes no request: it prints the output shape's skeleton in the chosen format.
                Print(formatter, query, CliSkeleton.Output(operation), context.Out);
                return ExitCodes.Success;
        }
        // The CLI checks a customization's output file while it reads the arguments, before anything else.
        var mfaOutFile = parsed.CliOptions.ContainsKey("bootstrap-method")
            ? Customizations.Iam.VirtualMfaBootstrap.ResolveOutFile(parsed, context.GetEnv, context.CurrentDirectory) : null;
        // As the AWS CLI: region and endpoint problems first, then the parameters, and credentials only after.
        RequireSigningRegion(invocation, ClientFactory.ResolveEndpoint(invocation, service));
        Validate(invocation, parsed.Parameters);
        // Unsigned operations (sts:AssumeRoleWithWebIdentity, ...) need no credentials, as in botocore.
        var client = ClientFactory.Create(invocation, service, needsCredentials: !operation.Unsigned);
        var paginator = parsed.Pagination.Enabled ? PaginatorConfig.For(service.Paginators, operation.Name) : null;

        if (paginator is null)
        {
            var result = await CallAsync(client, parsed.Parameters, cancellation);
            await WriteStreamingBodyAsync(result, parsed.OutFile, cancellation);
            if (mfaOutFile is not null)
                Customizations.Iam.VirtualMfaBootstrap.SaveBootstrap(result.Parsed.Result, parsed.CliOptions["bootstrap-method"]!, mfaOutFile);
            Print(formatter, query, result.Parsed.Result, context.Out);
            return ExitCodes.Success;
        }

        var pages = new PageIterator(paginator, async (input, ct) => (await CallAsync(client, input, ct)).Parsed.Result ?? new JsonObject(),
            parsed.Parameters, ToInt(parsed.Pagination.MaxItems), parsed.Pagination.StartingToken, parsed.Pagination.PageSize);
        switch (formatter.PageMode)
        {
            case PageMode.Merged:
                Print(formatter, query, await pages.BuildFullResultAsync(cancellation), context.Out);
                break;
            default:
                var first = true;
                await foreach (var page in pages.PagesAsync(cancellation))
                {
                    JsonNode? shown = page;
                    if (formatter.PageMode == PageMode.ResultKeysPerPage)
                    {
                        var keys = first ? (JsonObject)pages.NonAggregatePart.DeepClone() : new JsonObject();
                        foreach (var key in pages.ResultKeys)
                            PageIterator.SetPath(keys, key, JmesPathExpression.Compile(key).Evaluate(page)?.DeepClone());
                        shown = keys;
                    }
                    first = false;
                    formatter.WritePage(operation.Name, Apply(query, shown), context.Out);
                }
                formatter.Finish(operation.Name, pages.ResumeToken, context.Out);
                break;
        }
        return ExitCodes.Success;
    }

    // AWS CLI 2.9.19 signs with the configured region only: an --endpoint-url does not stand in for one, except
    // for S3 (which defaults to us-east-1) and unsigned requests.
    private void RequireSigningRegion(Invocation invocation, Aws.Core.Endpoints.ResolvedEndpoint endpoint)
    {
        if (!endpoint.IsCustomEndpoint || invocation.Setting("region") is not null || invocation.Options.NoSignRequest || service.Name == "s3") return;
        if (operation.Raw.TryGetProperty("authtype", out var auth) && auth.GetString() == "none") return;
        throw new CliException(ExitCodes.Configuration,
            "You must specify a region. You can also configure your region by running \"aws configure\".");
    }

    private void Validate(Invocation invocation, JsonObject parameters)
    {
        if (string.Equals(invocation.Setting("parameter_validation"), "false", StringComparison.OrdinalIgnoreCase)) return;
        var report = ParamValidator.Validate(parameters, operation.Input);
        if (report.HasErrors) throw new CliException(ExitCodes.ParamValidation, report.Message);
    }

    private async Task<CallResult> CallAsync(ServiceClient client, JsonObject input, CancellationToken cancellation)
    {
        var result = await client.CallAsync(operation, input, cancellation);
        if (result.Parsed.Error is { } error)
        {
            var retries = result.MaxAttemptsReached ? $" (reached max retries: {result.Attempts - 1})" : "";
            throw new CliException(ExitCodes.ClientError,
                $"An error occurred ({error.Code}) when calling the {operation.Name} operation{retries}: {error.Message}");
        }
        return result;
    }

    private static async Task WriteStreamingBodyAsync(CallResult result, string? outFile, CancellationToken cancellation)
    {
        if (result.Parsed.StreamingMember is not { } member) return;
        result.Parsed.Result?.Remove(member);
        var body = result.Response.BodyStream;
        if (outFile is null || body is null) return;
        // Write next to the target and rename, so an interrupted download never leaves a partial file under its name.
        var full = Path.GetFullPath(outFile);
        var temp = full + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            await using (var file = File.Create(temp))
                await body.CopyToAsync(file, cancellation);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            await body.DisposeAsync();
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static JmesPathExpression? CompileQuery(string? query)
    {
        if (query is null) return null;
        try { return JmesPathExpression.Compile(query); }
        catch (JmesPathException e) { throw new CliException(JmesPathCli.ExitCode(e), JmesPathCli.CliMessage(e, query)); }
    }

    private static JsonNode? Apply(JmesPathExpression? query, JsonNode? data)
    {
        if (query is null) return data;
        try { return query.Evaluate(data); }
        catch (JmesPathException e) { throw new CliException(JmesPathCli.ExitCode(e), JmesPathCli.CliMessage(e, query.Text)); }
    }

    private void Print(IOutputFormatter formatter, JmesPathExpression? query, JsonNode? response, TextWriter output) =>
        formatter.Write(operation.Name, Apply(query, response), output);

    internal static IOutputFormatter CreateFormatter(Invocation invocation)
    {
        var format = invocation.OutputFormat;
        var color = invocation.Options.Color switch
        {
            "on" => true,
            "off" => false,
            _ => invocation.Context.StdoutIsTerminal,
        };
        var width = invocation.Context.StdoutIsTerminal ? TerminalWidth() : 80;
        try { return OutputFormatters.Create(format, new OutputOptions(color, width)); }
        catch (ArgumentException e) { throw new CliException(ExitCodes.General, e.Message); }
    }

    private static int TerminalWidth()
    {
        try { return Console.WindowWidth > 0 ? Console.WindowWidth : 80; }
        catch (IOException) { return 80; }
    }

    private static int? ToInt(JsonNode? node) => node is JsonValue v && v.TryGetValue<long>(out var l) ? (int)l
        : node is JsonValue d && d.TryGetValue<int>(out var i) ? i : null;
}
