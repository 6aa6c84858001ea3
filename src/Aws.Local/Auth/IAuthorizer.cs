namespace Aws.Local.Auth;

/// <summary>
/// Decides whether a request is allowed. The host calls it for every request but sts:GetCallerIdentity.
/// The full policy engine (conditions, boundaries, session policies, variables) implements this interface too.
/// </summary>
public interface IAuthorizer
{
    AuthorizationResult Authorize(AuthorizationRequest request);
}
