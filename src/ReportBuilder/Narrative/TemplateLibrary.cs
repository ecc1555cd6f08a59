using System.Globalization;
using ReportBuilder.Localization;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportBuilder.Narrative;

/// <summary>
/// The narrative templates of every language (templates/&lt;code&gt;/, one .sbn file per
/// report section and document kind), parsed once when loaded. Rendering is strict and sandboxed:
/// undefined variables are errors, relaxed member access is off, <c>date.now</c> and <c>object.eval</c> are
/// removed, loops, recursion and output are bounded, templates see only the model they are given and the
/// helper functions (<see cref="Wording"/>), and <c>include</c> reaches only templates of the same language
/// folder. The rendered text is light markup, returned as <see cref="TextBlock"/>s.
/// </summary>
public sealed class TemplateLibrary
{
    /// <summary>Most loop iterations a render may run.</summary>
    public const int LoopLimit = 1_000;

    /// <summary>Deepest include/function recursion.</summary>
    public const int RecursionLimit = 16;

    /// <summary>Most characters a render may write.</summary>
    public const int OutputLimit = 100_000;

    private const string Extension = ".sbn";

    private readonly string _folder;
    private readonly Dictionary<Language, SortedDictionary<string, (string FullPath, Template Template)>> _templates;

    private TemplateLibrary(string folder, LanguageCatalog languages, Dictionary<Language, SortedDictionary<string, (string, Template)>> templates)
    {
        _folder = folder;
        Languages = languages;
        _templates = templates;
    }

    /// <summary>The languages of the folder (each sub-folder with a words file), their words checked.</summary>
    public LanguageCatalog Languages { get; }

    /// <summary>The templates shipped beside the assembly (templates/).</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>The template names ("report/progress"), the same in every language.</summary>
    public IReadOnlyList<string> Names => [.. _templates[Languages.Reference].Keys];

    /// <summary>Loads and parses every template under <paramref name="folder"/> (the bundled ones by default;
    /// a user may pass their own folder, one sub-folder per language with its words file, to change the wording or add a
    /// language).</summary>
    /// <exception cref="TemplateException">Every syntax error, as file(line,column): message, and every
    /// template missing from a language that another language has.</exception>
    public static TemplateLibrary Load(string? folder = null)
    {
        var root = Path.GetFullPath(folder ?? DefaultFolder);
        var catalog = LanguageCatalog.Load(root);
        var problems = new List<TemplateProblem>();
        var templates = new Dictionary<Language, SortedDictionary<string, (string, Template)>>();
        foreach (var language in catalog.All)
        {
            var parsed = new SortedDictionary<string, (string, Template)>(StringComparer.Ordinal);
            templates[language] = parsed;
            var languageFolder = Path.Combine(root, language.Code);
            if (!Directory.Exists(languageFolder))
            {
                problems.Add(new TemplateProblem($"{language.Code}/", 0, 0, $"missing templates folder (looked in {languageFolder})"));
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(languageFolder, "*" + Extension, SearchOption.AllDirectories)
                         .Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(languageFolder, file).Replace(Path.DirectorySeparatorChar, '/');
                var display = language.Code + "/" + relative;
                var template = Template.Parse(File.ReadAllText(file), display);
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                {
                    problems.Add(new TemplateProblem(file, message.Span.Start.Line + 1, message.Span.Start.Column + 1, message.Message));
                }
                parsed[relative[..^Extension.Length]] = (file, template);
            }
        }
        var all = templates.Values.SelectMany(t => t.Keys).Distinct().Order(StringComparer.Ordinal);
        foreach (var name in all)
        {
            foreach (var language in catalog.All.Where(l => !templates[l].ContainsKey(name)))
            {
                problems.Add(new TemplateProblem($"{language.Code}/{name}{Extension}", 0, 0, "missing (other languages have it)"));
            }
        }
        if (problems.Count > 0)
        {
            throw new TemplateException(problems);
        }
        return new TemplateLibrary(root, catalog, templates);
    }

    /// <summary>Renders template <paramref name="name"/> of <paramref name="language"/> with
    /// <paramref name="model"/> and parses its light markup.</summary>
    /// <exception cref="TemplateException">A runtime error, named by file(line,column), or unbalanced markup.</exception>
    public IReadOnlyList<TextBlock> Render(Language language, string name, object model)
    {
        var text = RenderText(language, name, model);
        try
        {
            return LightMarkup.Parse(text);
        }
        catch (FormatException e)
        {
            throw new TemplateException($"{language.Code}/{name}{Extension}: {e.Message}", e);
        }
    }

    /// <summary>Renders template <paramref name="name"/> to its raw light-markup text.</summary>
    /// <exception cref="TemplateException">Unknown template, or a runtime error named by file(line,column).</exception>
    public string RenderText(Language language, string name, object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!_templates.TryGetValue(language, out var own) || !own.TryGetValue(name, out var entry))
        {
            throw new TemplateException($"{language.Code}/{name}{Extension}: no such template");
        }
        var languageFolder = Path.Combine(_folder, language.Code);
        var context = new TemplateContext(Builtins)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableRelaxedIndexerAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableNullIndexer = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            ObjectRecursionLimit = RecursionLimit,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            TemplateLoader = new SandboxedTemplateLoader(languageFolder),
            MemberFilter = member => member is System.Reflection.PropertyInfo,
            NewLine = "\n",
        };
        context.PushCulture(language.Culture);
        // Every template was parsed at start-up: includes are served from that cache, never re-read.
        foreach (var (fullPath, template) in own.Values)
        {
            context.CachedTemplates[fullPath] = template;
        }
        var globals = new ScriptObject();
        globals.Import(model, ScriptMemberImportFlags.Property);
        new TemplateFunctions(language).ImportInto(globals);
        context.PushGlobal(globals);
        try
        {
            return language.Typography.Apply(entry.Template.Render(context));
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(new TemplateProblem(e.Span.FileName ?? $"{language.Code}/{name}{Extension}",
                e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage), e);
        }
    }

    // The built-in functions, made once (about 1.6 ms each time otherwise, a fifth of a no-change build) and shared by
    // every render: without the clock and eval, and read-only, so that no template can change them for another.
    private static readonly BuiltinFunctions Builtins = SafeBuiltins();

    private static BuiltinFunctions SafeBuiltins()
    {
        var builtins = new BuiltinFunctions();
        if (builtins["date"] is ScriptObject date)
        {
            date.Remove("now");
        }
        if (builtins["object"] is ScriptObject objects)
        {
            objects.Remove("eval");
            objects.Remove("eval_template");
        }
        foreach (var value in builtins.Values.OfType<ScriptObject>())
        {
            value.IsReadOnly = true;
        }
        builtins.IsReadOnly = true;
        return builtins;
    }
}
