using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Aws.Cli.Tests.Commands;

/// <summary>
/// An HTTP server on loopback whose answer to request N (0-based) the test computes, so a resource can change
/// state over polls, or a service can throttle and fail on purpose.
/// </summary>
internal sealed class StateServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<int, string, (int Status, string Body)> _reply;
    private int _count;

    public StateServer(Func<int, string, (int Status, string Body)> reply)
    {
        _reply = reply;
        Url = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Loop();
    }

    public string Url { get; }
    public int Requests => Volatile.Read(ref _count);
    public List<string> Bodies { get; } = [];
    public List<string?> AuthorizationHeaders { get; } = [];

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            int index;
            lock (Bodies)
            {
                index = _count;
                Bodies.Add(body);
                AuthorizationHeaders.Add(context.Request.Headers["Authorization"]);
                Interlocked.Increment(ref _count);
            }
            var (status, text) = _reply(index, body);
            var bytes = Encoding.UTF8.GetBytes(text);
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/xml";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();
}
