using System.Text.Json.Nodes;
using Aws.Core.Credentials;
using Aws.Core.Endpoints;
using Aws.Core.Model;
using Aws.Core.Runtime;
using Aws.Core.Runtime.Retries;
using Aws.Core.Runtime.Transport;

namespace Aws.Core.Tests.Runtime.Retries;

/// <summary>
/// A service client for a real model pointed at a loopback server, with a retry environment that records the
/// delays instead of sleeping, a fixed "random" number and a clock the test moves.
/// </summary>
internal sealed class RetryHarness
{
    public List<TimeSpan> Sleeps { get; } = [];
    public double Now { get; set; } = 1_000;
    public double RandomValue { get; set; } = 0.5;
    public RetryPolicy Policy { get; }
    public ServiceClient Client { get; }
    public ServiceModel Service { get; }

    public RetryHarness(string service, string url, string? mode = null, int? maxAttempts = null, TimeProvider? clock = null)
    {
        Service = new ServiceModel(service, ModelBundle.Embedded.Open(service)!);
        var environment = new RetryEnvironment((delay, _) => { Sleeps.Add(delay); Now += delay.TotalSeconds; return Task.CompletedTask; },
            () => RandomValue, () => Now);
        Policy = RetryPolicy.For(mode, maxAttempts, environment);
        Client = new ServiceClient(new ClientConfig
        {
            Service = Service,
            Endpoint = EndpointResolver.Resolve(Service.Metadata, "us-east-1", EndpointOptions.FromSettings(false, false, url)),
            Credentials = new FixedCredentialSource(new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token-value")),
            Transport = new HttpTransport(new TransportOptions
            {
                Proxies = ProxySettings.None,
                ReadTimeout = TimeSpan.FromSeconds(2),
            }),
            Retry = Policy,
            Clock = clock ?? TimeProvider.System,
            Log = (logger, line) => { lock (Log) Log.Add($"{logger} - {line}"); },
        });
    }

    public List<string> Log { get; } = [];

    public Task<CallResult> CallAsync(string operation, JsonObject? input = null) =>
        Client.CallAsync(Service.GetOperation(operation)!, input ?? new JsonObject(), TestContext.Current.CancellationToken);
}
