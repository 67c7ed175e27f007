using System.Runtime.InteropServices;

namespace TranslationQA.Cli;

/// <summary>
/// Turns SIGINT (Ctrl-C) and SIGTERM (what CI sends on a timeout) into a cancelled run: the first signal cancels
/// <see cref="Token"/>, so no new article starts and the reports of the checked ones are written. If the run has not
/// stopped checking <see cref="Grace"/> later (blocked on a service, say), or has not finished its reports
/// <see cref="ReportGrace"/> after that, or when a second signal comes, the process ends at once; the report
/// writers' scratch files are removed on the way out, and no report is left half-written because every report is
/// renamed into place only when whole.
/// </summary>
internal sealed class Interruption : IDisposable
{
    /// <summary>How long a cancelled run may take to write its reports before the process ends anyway.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    /// <summary>How much longer a run that has stopped checking may take to write the reports of what it checked.</summary>
    /// <remarks>Writing them takes well under a second on an idle machine; a CI runner busy with other jobs can take longer.</remarks>
    public static readonly TimeSpan ReportGrace = TimeSpan.FromSeconds(10);

    private static Interruption? s_current;

    private readonly CancellationTokenSource _cancel = new();
    private readonly TextWriter _stderr;
    private readonly PosixSignalRegistration[] _registrations;
    private int _signals;
    private volatile bool _writingReports;

    public Interruption(TextWriter stderr)
    {
        _stderr = stderr;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
        s_current = this;
    }

    /// <summary>Says that a cancelled run has stopped checking and is writing its reports: it gets <see cref="ReportGrace"/> more.</summary>
    public static void WritingReports()
    {
        if (s_current is { } current)
        {
            current._writingReports = true;
        }
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code of a run stopped by a signal (130 after SIGINT, 143 after SIGTERM); null if none came.</summary>
    public int? ExitCode { get; private set; }

    public void Dispose()
    {
        s_current = null;
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancel.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true; // the run ends itself (below), with its reports
        if (Interlocked.Increment(ref _signals) > 1)
        {
            Exit("stopped at once by a second signal");
            return;
        }

        ExitCode = context.Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
        _stderr.WriteLine($"{(context.Signal == PosixSignal.SIGTERM ? "SIGTERM" : "Ctrl-C")}: stopping; press Ctrl-C again to stop at once.");
        _cancel.Cancel();
        // A thread of its own: the thread pool may be busy with the articles being checked.
        new Thread(Watch) { IsBackground = true, Name = "interruption watchdog" }.Start();
    }

    private void Watch()
    {
        Thread.Sleep(Grace);
        if (_writingReports)
        {
            Thread.Sleep(ReportGrace);
            Exit($"the reports were not written {(Grace + ReportGrace).TotalSeconds:0} s after the signal; stopped");
        }

        Exit($"still checking {Grace.TotalSeconds:0} s after the signal; stopped");
    }

    private void Exit(string why)
    {
        _stderr.WriteLine($"{why}; reports not completed are absent.");
        // Environment.Exit runs the ProcessExit handlers, which remove the writers' scratch files.
        Environment.Exit(ExitCode ?? ExitCodes.Interrupted);
    }
}
