namespace Aws.Core.Auth;

/// <summary>Why a signature's time is not acceptable.</summary>
public enum SigV4TimeStatus { Valid, Expired, TooSkewed, NotYetValid }
