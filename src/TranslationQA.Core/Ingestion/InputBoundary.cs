namespace TranslationQA.Core.Ingestion;

/// <summary>
/// The part of the file system one input path allows reading. The path itself was given on the command line and is
/// trusted (it may be a link); inside a folder, an entry that is a symbolic link must resolve to a place inside that
/// folder, and only regular files and folders are opened: a named pipe would block the reader, a device never ends.
/// </summary>
internal sealed class InputBoundary
{
    private const int MaxLinkHops = 40; // as Linux's own limit on links followed in one path lookup (ELOOP)
    private readonly string? _root;

    /// <param name="given">The path given on the command line.</param>
    /// <param name="limits">Whether links may leave it.</param>
    public InputBoundary(string given, InputLimits limits)
    {
        Limits = limits;
        _root = limits.FollowSymlinks || !Directory.Exists(given) ? null : RealPath(given);
    }

    /// <summary>The limits of the run.</summary>
    public InputLimits Limits { get; }

    /// <summary>Why <paramref name="path"/>, an entry found inside the input, must not be read; null when it may be.</summary>
    /// <param name="path">A file or folder listed inside the input.</param>
    /// <param name="folder">True for a folder, false for a file.</param>
    public string? Refusal(string path, bool folder)
    {
        if (_root is not null && new FileInfo(path).LinkTarget is not null && !Inside(path))
        {
            return $"{path}: a symbolic link that leaves the input folder; not followed (pass --follow-symlinks to allow it)";
        }

        return Expect(path, folder);
    }

    /// <summary>Why <paramref name="path"/> (links followed) cannot be read as a file or folder; null when it can.</summary>
    public static string? Expect(string path, bool folder) => Expect(path, FileKinds.Of(path), folder);

    /// <summary>Why <paramref name="path"/>, of <paramref name="kind"/>, cannot be read as a file or folder; null when it can.</summary>
    public static string? Expect(string path, FileKind kind, bool folder) =>
        kind switch
        {
            FileKind.Regular when !folder => null,
            FileKind.Directory when folder => null,
            FileKind.Missing => $"{path}: cannot be read (a broken link, or it was removed)",
            FileKind.Directory => $"{path}: is a folder, expected a file",
            FileKind.Regular => $"{path}: is a file, expected a folder",
            _ => $"{path}: is not a regular file ({Describe(kind)}); only regular files are read",
        };

    private bool Inside(string path)
    {
        try
        {
            var real = RealPath(path);
            return real == _root || real.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false; // a loop of links or an unreadable one: not followed
        }
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Pipe => "a named pipe",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "not a file",
    };

    /// <summary>
    /// The path with every symbolic link resolved, as the kernel resolves it: component by component, so that
    /// "link/.." goes up from where the link leads, not lexically from the link.
    /// </summary>
    internal static string RealPath(string path)
    {
        var hops = 0;
        return Resolve(Directory.GetCurrentDirectory(), path, ref hops);
    }

    private static string Resolve(string start, string path, ref int hops)
    {
        var current = Path.IsPathRooted(path) ? Path.GetPathRoot(path)! : start;
        foreach (var part in path.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current; // current has no link in it, so its parent is real
                continue;
            }

            var next = Path.Join(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++hops > MaxLinkHops)
                {
                    throw new IOException($"{path}: too many levels of symbolic links");
                }

                current = Resolve(current, target, ref hops);
            }
            else
            {
                current = next;
            }
        }

        return current;
    }
}
