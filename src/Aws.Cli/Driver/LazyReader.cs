namespace Aws.Cli.Driver;

/// <summary>
/// A reader created on first use: Console.In sets up the terminal and its encoding, which a call that never
/// reads standard input (nearly all of them) should not pay for at startup.
/// </summary>
internal sealed class LazyReader(Func<TextReader> create) : TextReader
{
    private TextReader? _inner;
    private TextReader Inner => _inner ??= create();

    public override int Peek() => Inner.Peek();
    public override int Read() => Inner.Read();
    public override int Read(char[] buffer, int index, int count) => Inner.Read(buffer, index, count);
    public override int Read(Span<char> buffer) => Inner.Read(buffer);
    public override int ReadBlock(char[] buffer, int index, int count) => Inner.ReadBlock(buffer, index, count);
    public override string? ReadLine() => Inner.ReadLine();
    public override string ReadToEnd() => Inner.ReadToEnd();
    public override Task<string?> ReadLineAsync() => Inner.ReadLineAsync();
    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => Inner.ReadLineAsync(cancellationToken);
    public override Task<string> ReadToEndAsync() => Inner.ReadToEndAsync();
    public override Task<string> ReadToEndAsync(CancellationToken cancellationToken) => Inner.ReadToEndAsync(cancellationToken);
    public override Task<int> ReadAsync(char[] buffer, int index, int count) => Inner.ReadAsync(buffer, index, count);
    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => Inner.ReadAsync(buffer, cancellationToken);
}
