using System.Text.Json.Nodes;
using Aws.Testing;

namespace Aws.Core.Tests.Protocols.Input;

/// <summary>
/// The only input cases not run: those named in input-skips.json ({"label: case name": "reason"}), each with
/// the reason the AWS CLI's serialisation differs from the Smithy expectation. Upstream's
/// protocol-tests-ignore-list.json is deliberately not consulted: every other case must pass.
/// The smithy-rpc-v2-cbor* files are not loaded at all (see <see cref="InputCase.Files"/>) because
/// <see cref="CborReason"/>.
/// </summary>
public static class InputSkips
{
    /// <summary>Why the smithy-rpc-v2-cbor* suites are left out.</summary>
    public const string CborReason =
        "AWS CLI v2 (botocore 2.9.x) has no smithy-rpc-v2-cbor protocol: no service model it ships uses it, so there is no CLI behaviour to match.";

    private static readonly Lazy<JsonObject> Ours = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Aws.Core.Tests", "Protocols", "Input", "input-skips.json")))!
            .AsObject());

    /// <summary>The token the Smithy and legacy cases expect when none is given.</summary>
    public const string FixedToken = "00000000-0000-4000-8000-000000000000";

    public static string? Reason(InputCase c) => (string?)Ours.Value[c.ToString()];
}
