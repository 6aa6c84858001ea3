namespace Aws.Core.Protocols.EventStreams;

/// <summary>An error or exception message received in the middle of an event stream.</summary>
public sealed class EventStreamErrorException(ServiceError error) : Exception($"An error occurred ({error.Code}): {error.Message}")
{
    public ServiceError Error { get; } = error;
}
