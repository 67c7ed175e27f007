using System.Reflection;

namespace TranslationQA.Cli;

/// <summary>The tool's version as stamped into reports.</summary>
internal static class ToolInfo
{
    /// <summary>The full version with the commit it was built from (0.1.0+1b5ee24...), when the build knew it.</summary>
    public static string Build { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string Version { get; } = Build.Split('+')[0];
}
