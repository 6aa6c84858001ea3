using Aws.Cli.Driver;
using Aws.Cli.Errors;
using Aws.Cli.Runtime;
using Aws.Core.Endpoints;
using Aws.Core.Model;
using Aws.Core.Runtime;

namespace Aws.Cli.Customizations.S3;

/// <summary>What every s3 subcommand works with: the invocation, its streams and the s3api client(s).</summary>
public sealed class S3Session(Invocation invocation)
{
    private S3Api? _api;
    private ServiceModel? _model;

    public Invocation Invocation { get; } = invocation;
    public CliContext Context => Invocation.Context;
    public TextWriter Out => Context.Out;
    public TextWriter Error => Context.Error;
    public string CurrentDirectory => Context.CurrentDirectory;

    public ServiceModel Model => _model ??= Invocation.Catalog.Load("s3api")
        ?? throw new CliException(ExitCodes.General, "The s3api model is not available.");

    public S3Api Api => _api ??= new S3Api(ClientFactory.Create(Invocation, Model));

    /// <summary>A client for the source bucket's region (--source-region), or the main client.</summary>
    public S3Api SourceApi(string? sourceRegion)
    {
        if (sourceRegion is null) return Api;
        var config = Api.Client.Config;
        var endpoint = Invocation.Options.EndpointUrl is { } url
            ? config.Endpoint with { Region = sourceRegion, SigningRegion = sourceRegion }
            : EndpointResolver.Resolve(Model.Metadata, sourceRegion, EndpointOptions.FromSettings(false, false, null));
        return new S3Api(new ServiceClient(new ClientConfig
        {
            Service = config.Service,
            Endpoint = endpoint,
            Credentials = config.Credentials,
            Transport = config.Transport,
            S3AddressingStyle = config.S3AddressingStyle,
            ParseOptions = config.ParseOptions,
            SerializerOptions = config.SerializerOptions,
            Retry = config.Retry,
            Log = config.Log,
            UserAgent = config.UserAgent,
        }));
    }

    /// <summary>The s3 sub-settings of the profile: ConfigContext.GetSize("s3.multipart_threshold") and friends.</summary>
    public TransferConfig TransferConfig() => Invocation.WithConfig(S3.TransferConfig.From);
}
