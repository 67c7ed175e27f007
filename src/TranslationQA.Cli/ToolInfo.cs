using System.Reflection;

namespace TranslationQA.Cli;

/// <summary>The tool's version as stamped into reports.</summary>
internal static class ToolInfo
{
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
