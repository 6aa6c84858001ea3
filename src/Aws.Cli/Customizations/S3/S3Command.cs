using Aws.Cli.Commands;
using Aws.Cli.Driver;
using Aws.Cli.Errors;

namespace Aws.Cli.Customizations.S3;

/// <summary>aws s3: the hand-written transfer commands, dispatched by subcommand name.</summary>
public static class S3Command
{
    /// <summary>The subcommands in the order the AWS CLI lists them.</summary>
    public static readonly string[] Subcommands = ["ls", "website", "cp", "mv", "rm", "sync", "mb", "rb", "presign"];

    public static async Task<int> RunAsync(Invocation invocation, IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var index = -1;
        for (var i = 0; i < args.Count; i++)
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) { index = i; break; }
        if (index < 0) throw new UsageException("the following arguments are required: subcommand");
        var name = args[index];
        var rest = args.Where((_, i) => i != index).ToList();
        if (!Subcommands.Contains(name)) throw ChoiceError.Create("subcommand", name, Subcommands);
        var session = new S3Session(invocation);
        try
        {
            return name switch
            {
                "ls" => await new LsCommand(session).RunAsync(rest, cancellation),
                "mb" => await new BucketCommands(session).MakeBucketAsync(rest, cancellation),
                "rb" => await new BucketCommands(session).RemoveBucketAsync(rest, cancellation),
                "website" => await new BucketCommands(session).WebsiteAsync(rest, cancellation),
                "presign" => await new BucketCommands(session).PresignAsync(rest, cancellation),
                _ => await new TransferCommand(session, name).RunAsync(rest, cancellation),
            };
        }
        catch (S3ServiceException e)
        {
            throw new CliException(ExitCodes.ClientError, e.Message);
        }
        finally
        {
            session.Out.Flush();
        }
    }
}
