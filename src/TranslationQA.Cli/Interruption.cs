using System.Runtime.InteropServices;

namespace TranslationQA.Cli;

/// <summary>
/// Turns SIGINT (Ctrl-C) and SIGTERM (what CI sends on a timeout) into a cancelled run: the first signal cancels
/// <see cref="Token"/>, so no new article starts and the reports of the checked ones are written. If the run has not
/// ended <see cref="Grace"/> later (blocked on a service, say), or when a second signal comes, the process ends at
/// once; the report writers' scratch files are removed on the way out, and no report is left half-written because
/// every report is renamed into place only when whole.
/// </summary>
internal sealed class Interruption : IDisposable
{
    /// <summary>How long a cancelled run may take to write its reports before the process ends anyway.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _cancel = new();
    private readonly TextWriter _stderr;
    private readonly PosixSignalRegistration[] _registrations;
    private int _signals;

    public Interruption(TextWriter stderr)
    {
        _stderr = stderr;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code of a run stopped by a signal (130 after SIGINT, 143 after SIGTERM); null if none came.</summary>
    public int? ExitCode { get; private set; }

    public void Dispose()
    {
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
        _ = Task.Delay(Grace).ContinueWith(_ => Exit($"still busy {Grace.TotalSeconds:0} s after the signal; stopped"), TaskScheduler.Default);
    }

    private void Exit(string why)
    {
        _stderr.WriteLine($"{why}; reports not completed are absent.");
        // Environment.Exit runs the ProcessExit handlers, which remove the writers' scratch files.
        Environment.Exit(ExitCode ?? ExitCodes.Interrupted);
    }
}
