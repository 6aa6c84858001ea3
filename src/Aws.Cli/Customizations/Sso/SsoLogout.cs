using System.Text.Json.Nodes;
using Aws.Cli.Customizations.Configure;
using Aws.Cli.Driver;
using Aws.Cli.Runtime;
using Aws.Core.Credentials;

namespace Aws.Cli.Customizations.Sso;

/// <summary>
/// `aws sso logout`: every cached SSO token is signed out (sso:Logout, errors ignored) and deleted, and every
/// cached credential set that came from SSO (ProviderType "sso") is deleted, as the CLI's sweepers do.
/// </summary>
internal static class SsoLogout
{
    public static async Task<int> RunAsync(Invocation invocation, IReadOnlyList<string> args, CancellationToken cancellation)
    {
        ConfigureArgs.Parse(args, [], []);
        var context = CliCredentials.Context(invocation);
        foreach (var (path, doc) in Documents(context.SsoTokenCache!.Directory))
        {
            if (!doc.ContainsKey("accessToken")) continue;
            if (Str(doc["region"]) is { } region)
            {
                try
                {
                    var client = context.CreateClient("sso", region, null);
                    var operation = client.Config.Service.GetOperation("Logout")!;
                    await client.CallAsync(operation, new JsonObject { ["accessToken"] = Str(doc["accessToken"]) }, cancellation);
                }
                catch (Exception e) when (e is Aws.Core.Runtime.Transport.TransportException or CredentialException) { }
            }
            File.Delete(path);
        }
        foreach (var (path, doc) in Documents(context.RoleCache!.Directory))
            if (Str(doc["ProviderType"]) == "sso") File.Delete(path);
        return 0;
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static IEnumerable<(string Path, JsonObject Doc)> Documents(string directory)
    {
        if (!Directory.Exists(directory)) yield break;
        foreach (var path in Directory.GetFiles(directory))
        {
            JsonObject? doc;
            try { doc = JsonNode.Parse(File.ReadAllText(path)) as JsonObject; }
            catch (Exception e) when (e is IOException or System.Text.Json.JsonException) { continue; }
            if (doc is not null) yield return (path, doc);
        }
    }
}
