using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Local.Auth;

namespace Aws.Local.Host;

/// <summary>
/// One emulated service: its model (the same one the client uses), and per operation the resources an
/// authorizer should see and the work itself. Handlers run inside a state transaction.
/// </summary>
public interface ILocalService
{
    /// <summary>The SigV4 signing name ("sts", "iam").</summary>
    string SigningName { get; }
    ServiceModel Model { get; }
    /// <summary>True for operations that only read state (run without the write lock).</summary>
    bool IsReadOnly(string operation);
    /// <summary>What the authorizer is asked about: resource ARNs, context keys and the resource's own policy.</summary>
    AuthorizationTarget Target(RequestContext context, JsonObject state);
    /// <summary>Does the work; returns the output members. Throws <see cref="LocalServiceException"/> for AWS errors.</summary>
    JsonObject Handle(RequestContext context, JsonObject state);
}
