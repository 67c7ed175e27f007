using System.Diagnostics;

namespace TranslationQA.Cli.Tests;

/// <summary>Runs the built <c>translationqa</c> tool as a real process, from the repository root.</summary>
internal static class CliProcess
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string FixturePath(params string[] parts) => Path.Combine([RepositoryRoot, "fixtures", .. parts]);

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string?>(), args);

    /// <summary>Runs the tool with <paramref name="environment"/> changes (a null value removes the variable).</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var run = Start(environment, args);
        return await run.WaitAsync(TimeSpan.FromMinutes(5));
    }

    /// <summary>Starts the tool and returns while it runs, to signal it or watch its output folder.</summary>
    public static RunningCli Start(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        StartIn(RepositoryRoot, environment, args);

    /// <summary>Runs the tool in <paramref name="workingDirectory"/> with <paramref name="input"/> on its standard input.</summary>
    public static async Task<CliResult> RunWithInputAsync(string workingDirectory, string input, params string[] args)
    {
        using var run = StartIn(workingDirectory, new Dictionary<string, string?>(), args, input);
        return await run.WaitAsync(TimeSpan.FromMinutes(5));
    }

    /// <summary>Starts the tool in <paramref name="workingDirectory"/> instead of the repository root.</summary>
    public static RunningCli StartIn(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        StartIn(workingDirectory, environment, args, null);

    private static RunningCli StartIn(string workingDirectory, IReadOnlyDictionary<string, string?> environment, string[] args, string? input)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "translationqa.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        return new RunningCli(process);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TranslationQA.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("TranslationQA.sln not found above the test binaries.");
    }
}

/// <summary>What a tool run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// A tool process still running; its output is read as it comes so the process never blocks on a full pipe. Each
/// stream has a thread of its own: a test host busy with other classes can starve its thread pool for seconds, and a
/// tool blocked writing a finding cannot stop when signalled.
/// </summary>
internal sealed class RunningCli : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    public RunningCli(Process process)
    {
        _process = process;
        _stdout = ReadOnItsOwnThread(process.StandardOutput);
        _stderr = ReadOnItsOwnThread(process.StandardError);
    }

    public int Id => _process.Id;

    private static Task<string> ReadOnItsOwnThread(StreamReader stream) =>
        Task.Factory.StartNew(stream.ReadToEnd, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public bool HasExited => _process.HasExited;

    /// <summary>Sends a POSIX signal (INT, TERM) with kill(1).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits for the exit; a process still running after <paramref name="limit"/> is killed and the test fails.</summary>
    public async Task<CliResult> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"translationqa still running after {limit.TotalSeconds} s");
        }

        return new CliResult(_process.ExitCode, await _stdout, await _stderr);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
