namespace Aws.Cli.Errors;

/// <summary>The AWS CLI v2 exit codes (awscli/constants.py).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Usage errors and parameter validation.</summary>
    public const int ParamValidation = 252;
    /// <summary>Configuration, region and credential problems.</summary>
    public const int Configuration = 253;
    /// <summary>The service answered with an error.</summary>
    public const int ClientError = 254;
    /// <summary>Anything else: connection failures, waiter failures, unexpected errors.</summary>
    public const int General = 255;
    /// <summary>Interrupted by Ctrl-C (128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
