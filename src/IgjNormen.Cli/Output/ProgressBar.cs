using System.Diagnostics;

namespace IgjNormen.Cli.Output;

/// <summary>
/// A progress bar on stderr for long bulk runs, only on an interactive terminal: not when stdout or stderr is
/// redirected, not in CI (environment variable CI set), and not when the command line runs inside another program.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    private const int Width = 30;
    private readonly int _total;
    private readonly TextWriter _stderr;
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private bool _shown;

    private ProgressBar(int total, TextWriter stderr)
    {
        _total = total;
        _stderr = stderr;
    }

    public static ProgressBar? Create(int total, TextWriter stdout, TextWriter stderr)
    {
        var ci = Environment.GetEnvironmentVariable("CI");
        var interactive = ReferenceEquals(stdout, Console.Out) && ReferenceEquals(stderr, Console.Error)
            && !Console.IsOutputRedirected && !Console.IsErrorRedirected
            && (string.IsNullOrEmpty(ci) || ci.Equals("false", StringComparison.OrdinalIgnoreCase) || ci == "0");
        return interactive && total > 1 ? new ProgressBar(total, stderr) : null;
    }

    public void Report(int done)
    {
        if (done < _total && _shown && _sinceDrawn.ElapsedMilliseconds < 100)
        {
            return;
        }

        var filled = (int)((long)Width * done / _total);
        _stderr.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{_total} ({100L * done / _total}%)");
        _stderr.Flush();
        _shown = true;
        _sinceDrawn.Restart();
    }

    /// <summary>Removes the bar (before other output on stderr, and at the end).</summary>
    public void Clear()
    {
        if (_shown)
        {
            _stderr.Write("\r" + new string(' ', Width + 30) + "\r");
            _stderr.Flush();
            _shown = false;
        }
    }

    public void Dispose() => Clear();
}
