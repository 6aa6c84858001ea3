using System.Text;
using Aws.Core.Tests.Runtime.Transport;

namespace Aws.Core.Tests.Runtime.Retries;

/// <summary>One scripted reply: a status, body and headers, or (Hangup) closing the connection without an answer.</summary>
internal sealed record Reply(int Status, string Body = "", (string, string)[]? Headers = null, bool Hangup = false)
{
    public static Reply HangUp => new(0, Hangup: true);
}

/// <summary>A loopback server answering request N with the script's reply N (the last one repeats).</summary>
internal static class ScriptedServer
{
    public static LoopbackServer Start(params Reply[] script) => Start(_ => script, script.Length);

    /// <summary>A server whose reply is computed from the request index (0-based) and the request.</summary>
    public static LoopbackServer Start(Func<(int Index, ReceivedRequest Request), Reply> reply)
    {
        LoopbackServer? server = null;
        server = new LoopbackServer(async (stream, ct) =>
        {
            while (await LoopbackServer.ReadRequestAsync(stream, ct) is { } request)
            {
                int index;
                lock (server!.Requests) { index = server.Requests.Count; server.Requests.Add(request); }
                var r = reply((index, request));
                if (r.Hangup) return;
                await LoopbackServer.WriteResponseAsync(stream, r.Status, Encoding.UTF8.GetBytes(r.Body), r.Headers, ct);
            }
        });
        return server;
    }

    private static LoopbackServer Start(Func<int, Reply[]> script, int count) =>
        Start(x => script(x.Index)[Math.Min(x.Index, count - 1)]);
}
