using System.Text.Json.Nodes;
using Aws.Core.Credentials;
using Aws.Core.Endpoints;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Runtime;
using Aws.Local.Host;

namespace Aws.Local.Tests.Host;

/// <summary>An ephemeral local cloud with one account, called through the real client pipeline (serialize, sign, parse).</summary>
public sealed class LocalCloudFixture
{
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);
    public LocalCloud Cloud { get; }
    public LocalAccount Account { get; }
    public AwsCredentials Admin { get; }
    public AwsCredentials Root { get; }

    private static readonly Dictionary<string, ServiceModel> Models = new()
    {
        ["sts"] = new ServiceModel("sts", ModelBundle.Embedded.Open("sts")!),
        ["iam"] = new ServiceModel("iam", ModelBundle.Embedded.Open("iam")!),
    };

    public LocalCloudFixture() : this(null)
    {
    }

    /// <summary>A local cloud with its state in a folder (null: in memory).</summary>
    public LocalCloudFixture(string? dataDirectory)
    {
        Cloud = new LocalCloud(new LocalCloudOptions { Ephemeral = dataDirectory is null, DataDirectory = dataDirectory, Clock = Clock });
        Account = AccountSetup.Create(Cloud.Store, Clock.GetUtcNow());
        Admin = new AwsCredentials(Account.AccessKeyId, Account.SecretAccessKey);
        Root = new AwsCredentials(Account.RootAccessKeyId, Account.RootSecretAccessKey);
    }

    public ClientConfig Config(string service, AwsCredentials? credentials, TimeProvider? clientClock = null)
    {
        var model = Models[service];
        return new ClientConfig
        {
            Service = model,
            Endpoint = EndpointResolver.Resolve(model.Metadata, "us-east-1", EndpointOptions.FromSettings(false, false, "http://127.0.0.1:4566")),
            Credentials = credentials is null ? null : new FixedCredentialSource(credentials),
            Transport = new InProcessTransport(Cloud),
            Clock = clientClock ?? Clock,
            Retry = RetryPolicy.Standard(1),
        };
    }

    public ParsedResponse Call(string service, string operation, JsonObject? input = null, AwsCredentials? credentials = null,
        TimeProvider? clientClock = null)
    {
        var config = Config(service, credentials ?? Admin, clientClock);
        var client = new ServiceClient(config);
        return client.CallAsync(config.Service.GetOperation(operation)!, input ?? [], CancellationToken.None).GetAwaiter().GetResult().Parsed;
    }

    /// <summary>Calls and asserts success.</summary>
    public JsonObject Ok(string service, string operation, JsonObject? input = null, AwsCredentials? credentials = null)
    {
        var parsed = Call(service, operation, input, credentials);
        Assert.True(parsed.Error is null, $"{operation}: {parsed.Error?.Code} {parsed.Error?.Message}");
        return parsed.Result!;
    }

    /// <summary>Calls and asserts the error code; returns the error.</summary>
    public ServiceError Fails(string code, string service, string operation, JsonObject? input = null, AwsCredentials? credentials = null)
    {
        var parsed = Call(service, operation, input, credentials);
        Assert.True(parsed.Error is not null, $"{operation} succeeded; expected {code}");
        Assert.Equal(code, parsed.Error!.Code);
        return parsed.Error;
    }

    /// <summary>Creates a user with an access key and returns the key.</summary>
    public AwsCredentials UserWithKey(string name, params string[] managedPolicies)
    {
        Ok("iam", "CreateUser", new JsonObject { ["UserName"] = name });
        foreach (var policy in managedPolicies)
            Ok("iam", "AttachUserPolicy", new JsonObject { ["UserName"] = name, ["PolicyArn"] = "arn:aws:iam::aws:policy/" + policy });
        var key = Ok("iam", "CreateAccessKey", new JsonObject { ["UserName"] = name })["AccessKey"]!;
        return new AwsCredentials(key["AccessKeyId"]!.GetValue<string>(), key["SecretAccessKey"]!.GetValue<string>());
    }

    public static AwsCredentials Credentials(JsonObject stsResult)
    {
        var c = stsResult["Credentials"]!;
        return new AwsCredentials(c["AccessKeyId"]!.GetValue<string>(), c["SecretAccessKey"]!.GetValue<string>(), c["SessionToken"]!.GetValue<string>());
    }
}
