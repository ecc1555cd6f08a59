using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportBuilder.Narrative;

/// <summary>
/// Resolves <c>include "name"</c> only inside one language's templates folder: a name that is rooted,
/// contains "..", a drive or a backslash, or that resolves outside the folder, is refused before any file
/// is touched, and only templates parsed at start-up are served. Names are relative paths with forward slashes ("partials/interval.sbn").
/// </summary>
internal sealed class SandboxedTemplateLoader(string root) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (Resolve(templateName) is not { } path)
        {
            throw new ScriptRuntimeException(callerSpan,
                $"include \"{templateName}\" refused: templates may include only files inside their templates folder.");
        }
        if (!File.Exists(path))
        {
            throw new ScriptRuntimeException(callerSpan, $"include \"{templateName}\": no such template.");
        }
        return path;
    }

    /// <summary>Every template was parsed at start-up and is served from the context's cache; a file that
    /// appeared since is refused rather than read.</summary>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan,
            $"include \"{Path.GetFileName(templatePath)}\" refused: only templates parsed at start-up may be included.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>The full path of a template name inside the root, or null when the name is not allowed.</summary>
    public string? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || Path.IsPathRooted(name) || name.Contains('\\', StringComparison.Ordinal)
            || name.Contains(':', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal)
            || name.Split('/').Any(part => part is ".." or "." or ""))
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(_root, name));
        return full.StartsWith(_root, StringComparison.Ordinal) ? full : null;
    }
}
