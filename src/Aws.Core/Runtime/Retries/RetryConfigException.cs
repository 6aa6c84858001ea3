namespace Aws.Core.Runtime.Retries;

/// <summary>An invalid retry_mode or max_attempts (botocore's InvalidRetryModeError / InvalidMaxRetryAttemptsError).</summary>
public sealed class RetryConfigException(string message) : Exception(message);
