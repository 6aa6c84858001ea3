namespace Aws.Core.Endpoints;

/// <summary>The shared configuration is inconsistent (botocore's InvalidConfigError); the message says how.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
