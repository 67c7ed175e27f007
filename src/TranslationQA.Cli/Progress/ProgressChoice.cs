using Spectre.Console;

namespace TranslationQA.Cli.Progress;

/// <summary>
/// Picks how a run shows progress: a live bar when standard error is an interactive terminal, plain lines every few
/// seconds when it is redirected (CI logs); --quiet shows neither (the runner decides that).
/// </summary>
internal sealed record ProgressChoice(TextWriter Stdout, TextWriter Stderr, Func<long, IRunProgress> Progress)
{
    public static ProgressChoice ForProcess(TimeProvider time)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected || !console.Profile.Capabilities.Interactive || !console.Profile.Capabilities.Ansi)
        {
            return new ProgressChoice(Console.Out, Console.Error, _ => new PlainProgress(Console.Error, time, PlainProgress.DefaultInterval));
        }

        // While the bar is live every line on the terminal goes through its console, or it would be drawn over; a
        // redirected standard output (a file, a pipe) is not on the terminal and keeps its own stream.
        var lines = new ConsoleLineWriter(console);
        return new ProgressChoice(Console.IsOutputRedirected ? Console.Out : lines, lines, _ => new LiveProgress(console));
    }
}
