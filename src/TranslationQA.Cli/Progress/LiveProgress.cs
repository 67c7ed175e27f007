using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace TranslationQA.Cli.Progress;

/// <summary>
/// A live progress bar on an interactive terminal (Spectre.Console): articles done out of the total, articles per
/// second and the time left. Lines printed meanwhile must go through the same console (<see cref="ConsoleLineWriter"/>),
/// which prints them above the bar.
/// </summary>
internal sealed class LiveProgress(IAnsiConsole console) : IRunProgress
{
    public Task<T> RunAsync<T>(long total, Func<Action<int>, Task<T>> body) =>
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new CountColumn(),
                new RateColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("checking", maxValue: total);
                return await body(n => task.Increment(n)).ConfigureAwait(false);
            });

    /// <summary>"1,234/50,000".</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}"));
    }

    /// <summary>"98.3 articles/s".</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:F1} articles/s") : "");
    }
}

/// <summary>
/// Lines written through a Spectre console, so they appear above a live progress bar instead of through it. Each
/// line is one segment: Spectre's text would wrap it at the terminal width with real line breaks, and a finding
/// line must stay one line for the tools that parse it.
/// </summary>
internal sealed class ConsoleLineWriter(IAnsiConsole console) : TextWriter
{
    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void WriteLine(string? value) => console.Write(new Line(value ?? ""));

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override void Write(char value) => console.Write(new Text(value.ToString()));

    private sealed class Line(string text) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => new(text.Length, text.Length);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => [new Segment(text), Segment.LineBreak];
    }
}
