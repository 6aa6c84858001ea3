using System.Diagnostics;

namespace LoadGen;

/// <summary>One connection's loop and its measurements.</summary>
public sealed class Worker(Options options, byte[][] pool, int index, Stopwatch clock, long warmupEnd, long measureEnd)
{
    public List<long> Latencies { get; } = new(64 * 1024);
    public int Errors { get; private set; }
    public string? FirstError { get; private set; }

    public async Task RunAsync()
    {
        using var connection = new HttpConnection(options.Url.Host, options.Url.Port);
        var next = index % pool.Length;
        while (true)
        {
            var start = clock.ElapsedTicks;
            if (start >= measureEnd) return;
            try
            {
                var response = await connection.SendAsync(pool[next], CancellationToken.None);
                if (response.Status != 200) Fail(response.ErrorSample);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or InvalidDataException or FormatException)
            {
                connection.Reset();
                Fail(e.GetType().Name + ": " + e.Message);
            }
            var end = clock.ElapsedTicks;
            if (start >= warmupEnd && end <= measureEnd) Latencies.Add(end - start);
            next = (next + 1) % pool.Length;
        }
    }

    private void Fail(string? sample)
    {
        Errors++;
        FirstError ??= sample;
    }
}
