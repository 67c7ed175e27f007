using System.CommandLine;
using System.CommandLine.Invocation;
using TranslationQA.Cli;
using TranslationQA.Cli.Configuration;

var (parse, errors) = ConfiguredParse.Parse(CommandLine.Build(), args, Environment.CurrentDirectory);
if (errors.Count > 0)
{
    // Usage and config errors exit with 2 like every other user error (System.CommandLine's own default is 1).
    foreach (var error in errors)
    {
        Console.Error.WriteLine($"error: {error}");
    }

    Console.Error.WriteLine("Run 'translationqa --help' or 'translationqa check --help' for usage.");
    return ExitCodes.Error;
}

// Signals are ours, not System.CommandLine's: a cancelled run writes what it has and exits with 130 or 143.
using var interruption = new Interruption(Console.Error);
try
{
    var code = await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, interruption.Token)
        .ConfigureAwait(false);
    return interruption.ExitCode ?? code;
}
catch (OperationCanceledException) when (interruption.ExitCode is { } stopped)
{
    return stopped; // a command without reports to save (eval, bench) just stops
}
