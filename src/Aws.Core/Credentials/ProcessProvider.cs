using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Config;

namespace Aws.Core.Credentials;

/// <summary>
/// <c>credential_process</c>: runs the command (split like a POSIX shell, no shell) and reads its JSON
/// (Version 1, AccessKeyId, SecretAccessKey, SessionToken, Expiration). With an Expiration the command is run
/// again to refresh. A non-zero exit reports the command's stderr, as botocore's ProcessProvider does.
/// </summary>
public sealed class ProcessProvider(Func<ConfigSection?> profile, TimeProvider? clock = null) : ICredentialProvider
{
    public string Method => "custom-process";

    public async ValueTask<ICredentialSource?> LoadAsync(CancellationToken cancellation)
    {
        if (profile()?.GetText("credential_process") is not { } command) return null;
        var first = await RunAsync(command, cancellation);
        return first.Expiration is null
            ? new FixedCredentialSource(first)
            : new RefreshingCredentialSource(ct => RunAsync(command, ct), first, clock);
    }

    private async ValueTask<AwsCredentials> RunAsync(string command, CancellationToken cancellation)
    {
        var parts = PyText.ShlexSplit(command) ?? throw CredentialException.Retrieval(Method, "No closing quotation");
        if (parts.Count == 0) throw CredentialException.Retrieval(Method, "Empty credential_process command");
        var psi = new ProcessStartInfo(parts[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in parts.Skip(1)) psi.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw CredentialException.Retrieval(Method, "The process did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw CredentialException.Retrieval(Method, $"[Errno 2] {e.Message}: '{parts[0]}'");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
            var stderr = process.StandardError.ReadToEndAsync(cancellation);
            await process.WaitForExitAsync(cancellation);
            if (process.ExitCode != 0) throw CredentialException.Retrieval(Method, await stderr);
            return Parse(await stdout);
        }
    }

    /// <summary>Reads the process's JSON document.</summary>
    /// <exception cref="CredentialException">Wrong version or a missing key.</exception>
    public AwsCredentials Parse(string json)
    {
        JsonObject doc;
        try
        {
            doc = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException e)
        {
            throw CredentialException.Retrieval(Method, "Unable to parse the credential process output: " + e.Message);
        }
        var version = doc["Version"];
        if (version is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || v.ToJsonString() != "1")
        {
            var shown = version is null ? "<Version key not provided>" : version is JsonValue s && s.TryGetValue<string>(out var str) ? str : version.ToJsonString();
            throw CredentialException.Retrieval(Method,
                $"Unsupported version '{shown}' for credential process provider, supported versions: 1");
        }
        string Required(string key) => ApiCall.Text(doc[key])
            ?? throw CredentialException.Retrieval(Method, $"Missing required key in response: '{key}'");
        var accessKey = Required("AccessKeyId");
        var secret = Required("SecretAccessKey");
        var expiry = ApiCall.Text(doc["Expiration"]);
        return new AwsCredentials(accessKey, secret, ApiCall.Text(doc["SessionToken"]),
            expiry is null ? null : Timestamps.Parse(expiry, Method));
    }
}
