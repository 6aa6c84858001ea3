using System.Text.Json.Nodes;
using Aws.Testing;

namespace Aws.Core.Tests.Protocols.Output;

/// <summary>
/// The only output cases not run: those named in output-skips.json ({"file": {"case name": "reason"}}), each
/// with the reason the AWS CLI's parsing differs from the Smithy expectation. Upstream's
/// protocol-tests-ignore-list.json is deliberately not consulted: every other case must pass.
/// The smithy-rpc-v2-cbor* files are not loaded at all (see <see cref="OutputCases.Files"/>) because
/// <see cref="Input.InputSkips.CborReason"/>.
/// </summary>
internal static class OutputSkips
{
    private static readonly Lazy<JsonObject> Ours = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Aws.Core.Tests", "Protocols", "Output", "output-skips.json")))!.AsObject());

    public static string? Reason(OutputCase c) => (string?)Ours.Value[c.File]?[c.Key];
}
