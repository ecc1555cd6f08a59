using ReportBuilder.Localization;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Survey.Codebooks;

/// <summary>
/// Reads an edition's codebook from YAML (assets/codebooks/barometer-2018.yaml). Every problem is reported
/// with its file and line; nothing is returned when there is one.
/// </summary>
public static class CodebookReader
{
    private static readonly Dictionary<string, QuestionType> Types = new(StringComparer.Ordinal)
    {
        ["scale_0_10"] = QuestionType.Scale0To10,
        ["yes_no"] = QuestionType.YesNo,
        ["single_choice"] = QuestionType.SingleChoice,
        ["multiple_choice"] = QuestionType.MultipleChoice,
        ["rated_items"] = QuestionType.RatedItems,
        ["ranking"] = QuestionType.Ranking,
    };

    /// <summary>Reads the codebook at <paramref name="path"/>.</summary>
    public static (Codebook? Codebook, IReadOnlyList<SurveyProblem> Problems) ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllText(path), path);
    }

    /// <summary>Reads a codebook from YAML <paramref name="text"/>; <paramref name="file"/> names it in messages.</summary>
    public static (Codebook? Codebook, IReadOnlyList<SurveyProblem> Problems) Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<SurveyProblem>();
        var (yaml, root) = YamlSource.Parse(text, file, problems);
        if (root is null)
        {
            return (null, problems);
        }
        yaml.OnlyKeys(root, "edition", "chapters", "sections", "questions");
        var edition = ReadEdition(yaml, yaml.Map(root, "edition"));
        var chapters = yaml.Items(root, "chapters").Select(c => ReadChapter(yaml, c)).ToList();
        var chapterIds = chapters.OfType<Chapter>().Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var sections = ReadSections(yaml, root);
        var questions = new List<Question?>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in yaml.Items(root, "questions"))
        {
            var question = ReadQuestion(yaml, node, chapterIds);
            questions.Add(question);
            if (question is null)
            {
                continue;
            }
            if (!ids.Add(question.Id))
            {
                yaml.Error(node, "id", question.Id, $"the question id '{question.Id}' is used twice");
            }
            foreach (var (column, at) in ColumnNodes(node))
            {
                if (IdentityColumns.All.Contains(column))
                {
                    yaml.Error(at, "column", column, $"'{column}' is reserved for the municipality's identity");
                }
                else if (!columns.TryAdd(column, question.Id))
                {
                    yaml.Error(at, "column", column, $"the column '{column}' is already used by question '{columns[column]}'");
                }
            }
        }
        if (problems.Count > 0 || edition is null || chapters.Any(c => c is null) || questions.Any(q => q is null))
        {
            return (null, problems);
        }
        var ordered = questions.OfType<Question>()
            .OrderBy(q => chapters.First(c => c!.Id == q.Chapter)!.Number)
            .ThenBy(q => q.Section)
            .ThenBy(q => q.Order)
            .ToList();
        return (new Codebook(edition, [.. chapters.OfType<Chapter>().OrderBy(c => c.Number)], ordered) { Sections = sections }, problems);
    }

    /// <summary>The optional titles of numbered sections: <c>sections: [{number: 4, title: {en, fr, nl}}]</c>.</summary>
    private static List<Section> ReadSections(YamlSource yaml, YamlMappingNode root)
    {
        var sections = new List<Section>();
        foreach (var node in yaml.Items(root, "sections", required: false))
        {
            yaml.OnlyKeys(node, "number", "title");
            var number = yaml.Int(node, "number");
            var title = yaml.Text(node, "title");
            if (number is null || title is null)
            {
                continue;
            }
            if (sections.Any(s => s.Number == number.Value))
            {
                yaml.Error(node, "number", number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "this section is titled twice");
                continue;
            }
            sections.Add(new Section(number.Value, title));
        }
        return sections;
    }

    /// <summary>The columns a question names, each with its YAML node (its own column key or its options'), for the lines of messages.</summary>
    private static IEnumerable<(string Column, YamlNode Node)> ColumnNodes(YamlMappingNode question)
    {
        var key = new YamlScalarNode("column");
        if (question.Children.TryGetValue(key, out var own) && own is YamlScalarNode { Value: { } ownColumn })
        {
            yield return (ownColumn, own);
        }
        if (question.Children.TryGetValue(new YamlScalarNode("options"), out var options) && options is YamlSequenceNode items)
        {
            foreach (var item in items.OfType<YamlMappingNode>())
            {
                if (item.Children.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { } column })
                {
                    yield return (column, node);
                }
            }
        }
    }

    private static Edition? ReadEdition(YamlSource yaml, YamlMappingNode? node)
    {
        if (node is null)
        {
            return null;
        }
        yaml.OnlyKeys(node, "id", "year", "title", "fieldwork", "published", "publisher", "frame", "previous", "synthetic");
        var id = yaml.SafeId(node, "id");
        var year = yaml.Int(node, "year");
        var title = yaml.Text(node, "title");
        var fieldwork = yaml.Map(node, "fieldwork");
        if (fieldwork is not null)
        {
            yaml.OnlyKeys(fieldwork, "start", "end");
        }
        var start = fieldwork is null ? null : yaml.Date(fieldwork, "start");
        var end = fieldwork is null ? null : yaml.Date(fieldwork, "end");
        var published = yaml.Date(node, "published", required: false);
        if (published is not null && start is not null && published < start)
        {
            yaml.Error(yaml.Child(node, "published")!, "published", published.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                "the edition is published before its fieldwork starts");
        }
        var publisher = yaml.Text(node, "publisher");
        var frame = yaml.SafeId(node, "frame");
        var previous = yaml.SafeId(node, "previous", required: false);
        var synthetic = yaml.Bool(node, "synthetic");
        if (start is not null && end is not null && end < start)
        {
            yaml.Error(fieldwork!, "fieldwork", null, "the fieldwork ends before it starts");
        }
        return id is null || year is null || title is null || start is null || end is null || publisher is null || frame is null || synthetic is null
            ? null
            : new Edition(id, year.Value, title, start.Value, end.Value, publisher, frame, previous, synthetic.Value, published);
    }

    private static Chapter? ReadChapter(YamlSource yaml, YamlMappingNode node)
    {
        yaml.OnlyKeys(node, "id", "number", "title");
        var id = yaml.String(node, "id");
        var number = yaml.Int(node, "number");
        var title = yaml.Text(node, "title");
        return id is null || number is null || title is null ? null : new Chapter(id, number.Value, title);
    }

    private static Question? ReadQuestion(YamlSource yaml, YamlMappingNode node, HashSet<string> chapterIds)
    {
        yaml.OnlyKeys(node, "id", "chapter", "section", "order", "type", "column", "text", "short", "options", "ordered");
        var id = yaml.String(node, "id");
        var chapter = yaml.String(node, "chapter");
        var section = yaml.Int(node, "section");
        var order = yaml.Int(node, "order");
        var typeName = yaml.String(node, "type");
        var text = yaml.Text(node, "text");
        var shortLabel = yaml.Text(node, "short");
        QuestionType? type = null;
        if (typeName is not null)
        {
            if (Types.TryGetValue(typeName, out var parsed))
            {
                type = parsed;
            }
            else
            {
                yaml.Error(yaml.Child(node, "type")!, "type", typeName, "unknown question type; use " + string.Join(", ", Types.Keys));
            }
        }
        if (chapter is not null && !chapterIds.Contains(chapter))
        {
            yaml.Error(yaml.Child(node, "chapter")!, "chapter", chapter, "no chapter has this id");
        }
        if (type is null)
        {
            return null;
        }
        var options = new List<AnswerOption>();
        var columns = new List<string>();
        var optionsValid = true;
        var ordered = yaml.Bool(node, "ordered", required: false) ?? false;
        if (ordered && type.Value != QuestionType.SingleChoice)
        {
            yaml.Error(yaml.Child(node, "ordered")!, "ordered", "true", $"only a single-choice question's options are an ordered scale (this is a {typeName} question)");
        }
        switch (type.Value)
        {
            case QuestionType.Scale0To10 or QuestionType.YesNo:
                if (yaml.Child(node, "options", required: false) is { } extra)
                {
                    yaml.Error(extra, "options", null, $"a {typeName} question has no options");
                }
                AddColumn(yaml, node, columns);
                break;
            case QuestionType.SingleChoice:
                AddColumn(yaml, node, columns);
                optionsValid = ReadOptions(yaml, node, options, withColumns: false);
                if (optionsValid && options.All(o => o.OutOfBase))
                {
                    yaml.Error(yaml.Child(node, "options")!, "options", null, "every option is out of the base: at least one must count");
                    optionsValid = false;
                }
                break;
            default:
                if (yaml.Child(node, "column", required: false) is { } single)
                {
                    yaml.Error(single, "column", null, $"a {typeName} question gives each option its own column");
                }
                optionsValid = ReadOptions(yaml, node, options, withColumns: true);
                columns.AddRange(options.Select(o => o.Column!));
                break;
        }
        return id is null || chapter is null || section is null || order is null || text is null || shortLabel is null || !optionsValid || columns.Count == 0
            ? null
            : new Question(id, chapter, section.Value, order.Value, type.Value, text, shortLabel, [.. options.Where(o => !o.OutOfBase)], columns)
            {
                Ordered = ordered,
                OutOfBase = [.. options.Where(o => o.OutOfBase)],
            };
    }

    private static void AddColumn(YamlSource yaml, YamlMappingNode node, List<string> columns)
    {
        if (yaml.String(node, "column") is { } column)
        {
            columns.Add(column);
        }
    }

    private static bool ReadOptions(YamlSource yaml, YamlMappingNode node, List<AnswerOption> options, bool withColumns)
    {
        var items = yaml.Items(node, "options");
        if (items.Count == 0 && yaml.Child(node, "options", required: false) is { } empty)
        {
            yaml.Error(empty, "options", null, "a question with options needs at least one");
        }
        var valid = items.Count > 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<int>();
        var position = 0;
        foreach (var item in items)
        {
            position++;
            yaml.OnlyKeys(item, withColumns ? ["id", "column", "label", "short"] : ["id", "code", "label", "short", "out_of_base"]);
            var id = yaml.String(item, "id");
            int? code = withColumns ? position : yaml.Int(item, "code");
            var column = withColumns ? yaml.String(item, "column") : null;
            var label = yaml.Text(item, "label");
            var shortLabel = yaml.Text(item, "short");
            if (id is not null && !ids.Add(id))
            {
                yaml.Error(item, "id", id, $"the option id '{id}' is used twice in this question");
                valid = false;
            }
            if (!withColumns && code is not null && !codes.Add(code.Value))
            {
                yaml.Error(item, "code", code.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "the option code is used twice in this question");
                valid = false;
            }
            if (id is null || code is null || label is null || shortLabel is null || (withColumns && column is null))
            {
                valid = false;
                continue;
            }
            options.Add(new AnswerOption(id, code.Value, label, shortLabel, column)
            {
                OutOfBase = !withColumns && (yaml.Bool(item, "out_of_base", required: false) ?? false),
            });
        }
        return valid;
    }
}
