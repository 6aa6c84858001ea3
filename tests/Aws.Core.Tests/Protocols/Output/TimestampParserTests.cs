using Aws.Core.Protocols.Formats;

namespace Aws.Core.Tests.Protocols.Output;

public class TimestampParserTests
{
    [Theory]
    [InlineData("1398796238", 1398796238_0000000L)]
    [InlineData("1398796238.123", 1398796238_1230000L)]
    [InlineData("2014-04-29T18:30:38Z", 1398796238_0000000L)]
    [InlineData("2014-04-29T18:30:38.123456789Z", 1398796238_1234567L)]
    [InlineData("2014-04-29T18:30:38.5", 1398796238_5000000L)]
    [InlineData("2014-04-29T20:30:38+02:00", 1398796238_0000000L)]
    [InlineData("2014-04-29T18:30:38.000+0000", 1398796238_0000000L)]
    [InlineData("Tue, 29 Apr 2014 18:30:38 GMT", 1398796238_0000000L)]
    [InlineData("Tuesday, 29-Apr-14 18:30:38 GMT", 1398796238_0000000L)]
    [InlineData("Tue Apr 29 18:30:38 2014", 1398796238_0000000L)]
    public void Parses_epoch_iso8601_and_http_dates_leniently(string text, long ticksSinceEpoch)
    {
        Assert.True(TimestampParser.TryParse(text, out var value));
        Assert.Equal(ticksSinceEpoch, (value - DateTimeOffset.UnixEpoch).Ticks);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Fact]
    public void Rejects_text_that_is_not_a_date() => Assert.False(TimestampParser.TryParse("not a date", out _));
}
