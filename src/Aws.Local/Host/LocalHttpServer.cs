using System.Net;
using Aws.Core.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Aws.Local.Host;

/// <summary>
/// <c>aws local serve</c>: Kestrel in front of a <see cref="LocalCloud"/>. The raw request line is kept as sent
/// (the signature covers the encoded path and query), and every request goes through the same pipeline.
/// </summary>
public sealed class LocalHttpServer(LocalCloud cloud, string host, int port) : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The http://host:port URL clients use, known once started (port 0 picks a free one).</summary>
    public string Endpoint { get; private set; } = "";

    public async Task StartAsync(CancellationToken cancellation)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Kestrel's UnsafePreferInlineScheduling was measured (bench/local-cloud.sh, 2 cores, load 10-15): a higher
        // median but a worse p99 (requests queue behind each other on the few I/O threads), and state writes would
        // block those threads on fsync, so handlers stay on the thread pool.
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            // S3 streams bodies to disk (5 GiB is S3's single PUT limit); other requests are capped per request below.
            options.Limits.MaxRequestBodySize = 5L * 1024 * 1024 * 1024 + 1024 * 1024;
            var address = host is "localhost" ? IPAddress.Loopback : IPAddress.Parse(host);
            options.Listen(address, port);
        });
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(cancellation);
        _app = app;
        var bound = app.Urls.FirstOrDefault() ?? $"http://{host}:{port}";
        Endpoint = bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
    }

    /// <summary>Signalled when the host stops on its own (ASP.NET Core's console lifetime handles SIGINT/SIGTERM).</summary>
    public CancellationToken Stopping => _app?.Lifetime.ApplicationStopping ?? CancellationToken.None;

    public Task StopAsync() => _app is null ? Task.CompletedTask : _app.StopAsync();

    private async Task HandleAsync(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (http.Request.Path + http.Request.QueryString).ToString();
        var q = raw.IndexOf('?');
        var request = new AwsHttpRequest
        {
            Method = http.Request.Method,
            Scheme = http.Request.Scheme,
            Host = http.Request.Host.Value ?? "",
            Path = q < 0 ? raw : raw[..q],
            QueryString = q < 0 ? "" : raw[(q + 1)..],
        };
        foreach (var (name, values) in http.Request.Headers)
            foreach (var value in values)
                if (value is not null) request.Headers.Add(name, value);
        if (Aws.Local.Services.S3.S3Service.Addresses(request))
        {
            request.BodyStream = http.Request.Body; // S3 streams it to a file
        }
        else
        {
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = 64 * 1024 * 1024;
            request.Body = await ReadBodyAsync(http);
        }
        var info = new LocalRequestInfo(http.Connection.RemoteIpAddress?.ToString(), http.Request.IsHttps);
        var response = await cloud.HandleAsync(request, info, http.RequestAborted);
        http.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            // Content-Length of a HEAD answer describes the object; Kestrel sends it as given.
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            http.Response.Headers.Append(name, value);
        }
        if (response.BodyStream is { } stream)
        {
            await using (stream)
            {
                http.Response.ContentLength = stream.CanSeek ? stream.Length - stream.Position : response.Headers["Content-Length"] is { } cl ? long.Parse(cl, System.Globalization.CultureInfo.InvariantCulture) : null;
                await stream.CopyToAsync(http.Response.Body, 256 * 1024, http.RequestAborted);
            }
            return;
        }
        if (request.Method == "HEAD" && response.Headers["Content-Length"] is { } headLength)
        {
            http.Response.ContentLength = long.Parse(headLength, System.Globalization.CultureInfo.InvariantCulture);
            return;
        }
        if (response.StatusCode is 204 or 304) return; // no body, and no Content-Length either
        http.Response.ContentLength = response.Body.Length;
        await http.Response.Body.WriteAsync(response.Body, http.RequestAborted);
    }

    // One exact-size buffer when Content-Length is given (the usual case), a growing one otherwise.
    private static async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        var length = http.Request.ContentLength;
        if (length is 0) return [];
        if (length is > 0 and <= int.MaxValue)
        {
            var buffer = new byte[length.Value];
            var read = await http.Request.Body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, http.RequestAborted);
            if (read == buffer.Length) return buffer;
            return buffer[..read];
        }
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        return body.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
