using System.CommandLine.Invocation;
using TranslationQA.Cli;

var parse = CommandLine.Build().Parse(args);
if (parse.Action is ParseErrorAction)
{
    // Usage errors exit with 2 like every other user error (System.CommandLine's own default is 1).
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'translationqa --help' or 'translationqa check --help' for usage.");
    return ExitCodes.Error;
}

return await parse.InvokeAsync().ConfigureAwait(false);
