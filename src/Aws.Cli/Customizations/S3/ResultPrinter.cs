using System.Diagnostics;
using System.Globalization;

namespace Aws.Cli.Customizations.S3;

public enum PrintMode { Normal, NoProgress, OnlyErrors, Quiet }

/// <summary>
/// Prints transfer results the AWS CLI's way ("upload: a to s3://b/a", "(dryrun) ...", "... failed: ...",
/// warnings) and counts failures and warnings for the exit code. The "Completed ..." progress line is shown
/// only when stdout is a terminal. Thread-safe: transfers finish concurrently.
/// </summary>
public sealed class ResultPrinter(TextWriter stdout, TextWriter stderr, PrintMode mode, bool showProgress)
{
    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _progressLength;
    private long _expectedFiles;
    private long _doneFiles;
    private long _expectedBytes;
    private long _doneBytes;
    private bool _totalsFinal;

    public int Failures { get; private set; }
    public int Warnings { get; private set; }

    public void Expect(long size)
    {
        lock (_lock) { _expectedFiles++; _expectedBytes += size; }
    }

    public void ExpectationsFinal()
    {
        lock (_lock)
        {
            _totalsFinal = true;
            if (_progressLength > 0 && _doneFiles == _expectedFiles)
            {
                stdout.Write(new string(' ', _progressLength) + "\n");
                _progressLength = 0;
            }
        }
    }

    public void Bytes(long count)
    {
        lock (_lock) _doneBytes += count;
    }

    public void Success(string type, string location)
    {
        lock (_lock)
        {
            _doneFiles++;
            if (mode is PrintMode.Normal or PrintMode.NoProgress) stdout.Write(Pad($"{type}: {location}") + "\n");
            Redisplay();
        }
    }

    public void DryRun(string type, string location)
    {
        lock (_lock)
        {
            _doneFiles++;
            if (mode != PrintMode.Quiet) stdout.Write(Pad($"(dryrun) {type}: {location}") + "\n");
        }
    }

    public void Failure(string type, string location, string error)
    {
        lock (_lock)
        {
            _doneFiles++;
            Failures++;
            if (mode != PrintMode.Quiet) { stdout.Flush(); stderr.Write(Pad($"{type} failed: {location} {error}") + "\n"); stderr.Flush(); }
            Redisplay();
        }
    }

    public void Warning(string message)
    {
        lock (_lock)
        {
            Warnings++;
            if (mode != PrintMode.Quiet) { stdout.Flush(); stderr.Write(Pad(message) + "\n"); stderr.Flush(); }
            Redisplay();
        }
    }

    /// <summary>A fatal error ends the command with rc 1: "fatal error: ...".</summary>
    public void Fatal(string message)
    {
        lock (_lock)
        {
            Failures++;
            if (mode != PrintMode.Quiet) { stdout.Flush(); stderr.Write(Pad($"fatal error: {message}") + "\n"); stderr.Flush(); }
        }
    }

    private string Pad(string statement)
    {
        var padded = statement.PadRight(_progressLength);
        _progressLength = 0;
        return padded;
    }

    private void Redisplay()
    {
        if (!showProgress || mode != PrintMode.Normal) return;
        if (_totalsFinal && _doneFiles == _expectedFiles) return;
        var remaining = (_expectedFiles - _doneFiles).ToString(CultureInfo.InvariantCulture);
        if (!_totalsFinal) remaining = "~" + remaining;
        string line;
        if (_expectedBytes > 0)
        {
            var expected = S3Paths.HumanReadableSize(_expectedBytes);
            if (!_totalsFinal) expected = "~" + expected;
            var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            line = $"Completed {S3Paths.HumanReadableSize(_doneBytes)}/{expected} ({S3Paths.HumanReadableSize((long)(_doneBytes / seconds))}/s) with {remaining} file(s) remaining";
        }
        else line = $"Completed {_doneFiles} file(s) with {remaining} file(s) remaining";
        if (!_totalsFinal) line += " (calculating...)";
        line = line.PadRight(_progressLength);
        _progressLength = line.Length;
        stdout.Write(line + "\r");
        stdout.Flush();
    }
}
