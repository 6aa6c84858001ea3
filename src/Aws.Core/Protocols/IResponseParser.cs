using Aws.Core.Http;
using Aws.Core.Model;

namespace Aws.Core.Protocols;

/// <summary>
/// Client side: turns a response into output data, or an error. Output members come in model order.
/// Blobs come back as base64 strings, timestamps through <see cref="ParseOptions.ConvertTimestamp"/>.
/// </summary>
public interface IResponseParser
{
    ParsedResponse Parse(OperationModel operation, AwsHttpResponse response, ParseOptions options);
}
