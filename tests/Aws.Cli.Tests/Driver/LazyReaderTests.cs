using Aws.Cli.Driver;

namespace Aws.Cli.Tests.Driver;

public class LazyReaderTests
{
    [Fact]
    public async Task Creates_the_reader_on_first_read_and_delegates_to_it()
    {
        var created = 0;
        var reader = new LazyReader(() => { created++; return new StringReader("one\ntwo\nthree"); });

        Assert.Equal(0, created);
        Assert.Equal("one", reader.ReadLine());
        Assert.Equal('t', (char)reader.Peek());
        Assert.Equal("two", await reader.ReadLineAsync(TestContext.Current.CancellationToken));
        Assert.Equal("three", reader.ReadToEnd());
        Assert.Equal(1, created);
    }

    [Fact]
    public void Process_context_does_not_touch_standard_input_until_read()
    {
        var context = CliContext.FromProcess(TextWriter.Null, TextWriter.Null);

        Assert.IsType<LazyReader>(context.In);
        Assert.Same(TextWriter.Null, context.Out);
    }
}
