using System.Globalization;
using ReportBuilder.Layout.Core;
using SkiaSharp;

namespace ReportBuilder.Layout.Elements.Tables;

/// <summary>
/// A grid of cells with constant and relative columns, row and column spans, and header rows repeated
/// on every page. Rows tied together by row spans form a group; a group is moved whole to the next page
/// when it does not fit, and split between pages only when it is taller than a page.
/// State: the first group not yet drawn, and, inside a group that is being split, the row where the
/// next page resumes and which cells are finished. Every page measures from where the last one stopped,
/// and unstarted cells are measured once per width, so layout time is linear in the number of rows.
/// </summary>
internal sealed class Table : Element
{
    private readonly List<TableColumn> _columns = [];
    private readonly List<TableCell> _header = [];
    private readonly List<TableCell> _body = [];
    private IReadOnlyList<Element>? _children;

    // Prepared once, from the cells as composed.
    private bool _prepared;
    private int _headerRowCount;
    private List<(int FirstRow, int LastRow)> _groups = [];
    private int[][] _groupCells = [];

    // Caches (per width), cleared with the state.
    private float _cacheWidth = -1;
    private float[] _widths = [];
    private float[] _offsets = [];
    private float[] _fullHeights = [];
    private float[]? _headerRowHeights;

    // Scratch list for the cell heights of one group (reused: layout allocates little per row).
    private readonly List<(int, int, float)> _heights = [];

    // Pagination state.
    private int _group;
    private int _resumeRow;
    private bool[] _done = [];
    private bool[] _started = [];
    private bool _finished;
    private int _wrappedGroup = -1;
    private int _wrappedPage;

    public override string Name => "Table";

    public override IReadOnlyList<Element> Children => _children ??= [.. _header, .. _body];

    /// <summary>The columns, left to right.</summary>
    public List<TableColumn> Columns => _columns;

    /// <summary>Padding, lines and backgrounds.</summary>
    public TableStyle Style { get; } = new();

    /// <summary>Adds a header cell (repeated on every page).</summary>
    public TableCell AddHeaderCell()
    {
        var cell = new TableCell { IsHeader = true };
        _header.Add(cell);
        _children = null;
        return cell;
    }

    /// <summary>Adds a body cell.</summary>
    public TableCell AddCell()
    {
        var cell = new TableCell();
        _body.Add(cell);
        _children = null;
        return cell;
    }

    public override void ResetState()
    {
        _group = 0;
        _resumeRow = 0;
        Array.Clear(_done);
        Array.Clear(_started);
        _finished = false;
        _wrappedGroup = -1;
        _wrappedPage = 0;
        _cacheWidth = -1;
        _headerRowHeights = null;
    }

    public override SpacePlan Measure(Size available)
    {
        var plan = Plan(available);
        if (plan.Result.IsWrap && plan.WrappedGroup >= 0 && _wrappedGroup != plan.WrappedGroup)
        {
            // Remember that this group did not fit on this page: if it does not fit on a later page
            // either, that page was the best there is, and the group is split there.
            _wrappedGroup = plan.WrappedGroup;
            _wrappedPage = Context.PageNumber;
        }
        return plan.Result;
    }

    public override void Draw(Size available)
    {
        var plan = Plan(available);
        if (plan.Result.IsWrap || plan.Result.IsEmpty)
        {
            return;
        }
        DrawPlan(plan);
        Advance(plan);
    }

    private void Prepare()
    {
        if (_prepared)
        {
            return;
        }
        if (_columns.Count == 0)
        {
            throw new InvalidOperationException("The table has no columns: define them with ColumnsDefinition before adding cells.");
        }
        Assign(_header);
        Assign(_body);
        _headerRowCount = _header.Count == 0 ? 0 : _header.Max(c => c.Placement.LastRow);
        var bodyRows = _body.Count == 0 ? 0 : _body.Max(c => c.Placement.LastRow);
        _groups = TableGeometry.RowGroups(bodyRows, [.. _body.Select(c => c.Placement)]);
        var groupOfRow = new int[bodyRows + 1];
        for (var g = 0; g < _groups.Count; g++)
        {
            for (var r = _groups[g].FirstRow; r <= _groups[g].LastRow; r++)
            {
                groupOfRow[r] = g;
            }
        }
        var members = new List<int>[_groups.Count];
        for (var g = 0; g < members.Length; g++)
        {
            members[g] = [];
        }
        for (var i = 0; i < _body.Count; i++)
        {
            members[groupOfRow[_body[i].Placement.Row]].Add(i);
        }
        _groupCells = [.. members.Select(m => m.ToArray())];
        _done = new bool[_body.Count];
        _started = new bool[_body.Count];
        _prepared = true;

        void Assign(List<TableCell> cells)
        {
            var requests = cells.Select(c => new CellRequest(c.RequestedRow, c.RequestedColumn, c.RowSpan, c.ColumnSpan)).ToList();
            var placements = TableGeometry.Place(requests, _columns.Count);
            for (var i = 0; i < cells.Count; i++)
            {
                cells[i].Placement = placements[i];
                cells[i].Padding = Style.CellPadding;
            }
        }
    }

    private void EnsureWidths(float width)
    {
        if (Math.Abs(width - _cacheWidth) < Tolerance.Epsilon)
        {
            return;
        }
        _cacheWidth = width;
        _widths = TableGeometry.ColumnWidths(_columns, width);
        _offsets = TableGeometry.ColumnOffsets(_widths);
        _fullHeights = new float[_body.Count];
        Array.Fill(_fullHeights, float.NaN);
        _headerRowHeights = null;
    }

    private float CellWidth(CellPlacement placement) => _offsets[placement.LastColumn] - _offsets[placement.Column - 1];

    private PagePlan Plan(Size available)
    {
        Prepare();
        var plan = new PagePlan();
        var constant = _columns.Sum(c => c.ConstantWidth);
        if (!Tolerance.Fits(constant, available.Width))
        {
            plan.Result = Wrap(SpacePlan.NeedsWidth(constant, available.Width) + " for its constant columns");
            return plan;
        }
        EnsureWidths(available.Width);
        var tableWidth = _offsets[^1];
        plan.Width = tableWidth;

        if (_finished || (_group >= _groups.Count && _body.Count > 0))
        {
            plan.Result = SpacePlan.Empty;
            return plan;
        }

        // The header, measured once per width; it is repeated on every page.
        if (_headerRowHeights is null)
        {
            var heights = new List<(int, int, float)>();
            foreach (var cell in _header)
            {
                var measured = cell.Measure(new Size(CellWidth(cell.Placement), Size.Unbounded));
                if (measured.IsWrap)
                {
                    plan.Result = measured;
                    return plan;
                }
                heights.Add((cell.Placement.Row, cell.Placement.LastRow, measured.Height));
            }
            _headerRowHeights = _headerRowCount == 0 ? [] : TableGeometry.RowHeights(1, _headerRowCount, heights);
        }
        plan.HeaderHeight = _headerRowHeights.Sum();
        if (!Tolerance.Fits(plan.HeaderHeight, available.Height))
        {
            plan.Result = Wrap(SpacePlan.NeedsHeight(plan.HeaderHeight, available.Height) + " for its header");
            return plan;
        }
        if (_body.Count == 0)
        {
            plan.Result = plan.HeaderHeight > 0 ? SpacePlan.Full(tableWidth, plan.HeaderHeight) : SpacePlan.Empty;
            return plan;
        }

        var used = plan.HeaderHeight;
        for (var g = _group; g < _groups.Count; g++)
        {
            var firstRow = g == _group && _resumeRow > 0 ? _resumeRow : _groups[g].FirstRow;
            var lastRow = _groups[g].LastRow;
            var heights = _heights;
            heights.Clear();
            foreach (var index in _groupCells[g])
            {
                if (_done[index])
                {
                    continue;
                }
                var cell = _body[index];
                var height = FullHeight(index, out var wrap);
                if (wrap is { } failed)
                {
                    plan.Result = failed;
                    plan.WrappedGroup = g == _group ? g : -1;
                    return g == _group ? plan : Partial(plan, used);
                }
                heights.Add((Math.Max(firstRow, cell.Placement.Row), cell.Placement.LastRow, height));
            }
            var rows = TableGeometry.RowHeights(firstRow, lastRow, heights);
            var total = rows.Sum();
            if (Tolerance.Fits(used + total, available.Height))
            {
                plan.Groups.Add(new PlacedGroup(g, firstRow, used, rows, null));
                used += total;
                continue;
            }
            // A group taller than any page is cut, starting right here; another waits for the next page,
            // unless it already waited once (this page is then the best there is, so it is cut here).
            var mustSplit = !Tolerance.Fits(plan.HeaderHeight + total, PageContentHeight)
                || (g == _group && _wrappedGroup == g && Context.PageNumber > _wrappedPage);
            if (!mustSplit)
            {
                if (g > _group)
                {
                    return Partial(plan, used);
                }
                plan.WrappedGroup = g;
                plan.Result = SpacePlan.Wrap(_body[_groupCells[g][0]], SpacePlan.NeedsHeight(plan.HeaderHeight + total, available.Height)
                    + (_groups[g].LastRow > _groups[g].FirstRow
                        ? string.Create(CultureInfo.InvariantCulture, $" for rows {_groups[g].FirstRow}-{_groups[g].LastRow}, which row spans keep together")
                        : " for the row, which is not cut"));
                return plan;
            }
            var split = Split(g, firstRow, rows, available.Height - used, out var failure);
            if (split is null)
            {
                if (g > _group)
                {
                    return Partial(plan, used);
                }
                plan.WrappedGroup = g;
                plan.Result = failure;
                return plan;
            }
            plan.Groups.Add(new PlacedGroup(g, firstRow, used, rows, split));
            used += split.Height;
            return Partial(plan, used);
        }
        plan.Result = SpacePlan.Full(tableWidth, used);
        return plan;
    }

    /// <summary>The most height any page offers the content (the page height when unknown).</summary>
    private float PageContentHeight => Context.ContentSize.Height > 0 ? Context.ContentSize.Height : Context.PageSize.Height;

    private static PagePlan Partial(PagePlan plan, float used)
    {
        plan.Result = plan.Groups.Count == 0 ? SpacePlan.Empty : SpacePlan.Partial(plan.Width, used);
        return plan;
    }

    /// <summary>The height of body cell <paramref name="index"/> with all its remaining content, cached
    /// for cells not yet started (their height depends only on the width).</summary>
    private float FullHeight(int index, out SpacePlan? wrap)
    {
        wrap = null;
        if (!_started[index] && !float.IsNaN(_fullHeights[index]))
        {
            return _fullHeights[index];
        }
        var cell = _body[index];
        var measured = cell.Measure(new Size(CellWidth(cell.Placement), Size.Unbounded));
        if (measured.IsWrap)
        {
            wrap = measured;
            return 0;
        }
        if (!_started[index])
        {
            _fullHeights[index] = measured.Height;
        }
        return measured.Height;
    }

    /// <summary>How much of group <paramref name="group"/> fits in <paramref name="budget"/> points when
    /// it must be cut: the rows that fit whole, and the cells of the first row that does not, cut to the
    /// space left. Null (with the reason) when nothing at all fits.</summary>
    private SplitPlan? Split(int group, int firstRow, float[] rows, float budget, out SpacePlan failure)
    {
        failure = default;
        var tops = new float[rows.Length + 1];
        for (var i = 0; i < rows.Length; i++)
        {
            tops[i + 1] = tops[i] + rows[i];
        }
        var cut = 0;
        while (cut < rows.Length && Tolerance.Fits(tops[cut + 1], budget))
        {
            cut++;
        }
        var cutRow = firstRow + cut;
        var cells = new List<(int Index, SpacePlan Plan, float Top)>();
        var height = tops[cut];
        var progress = cut > 0;
        SpacePlan? firstFailure = null;
        foreach (var index in _groupCells[group])
        {
            if (_done[index])
            {
                continue;
            }
            var placement = _body[index].Placement;
            var start = Math.Max(firstRow, placement.Row);
            if (start > cutRow)
            {
                continue;
            }
            var top = tops[start - firstRow];
            if (placement.LastRow < cutRow)
            {
                cells.Add((index, SpacePlan.Full(CellWidth(placement), tops[placement.LastRow - firstRow + 1] - top), top));
                continue;
            }
            var measured = _body[index].Measure(new Size(CellWidth(placement), Math.Max(0, budget - top)));
            if (measured.IsWrap)
            {
                if (cut == 0)
                {
                    // Nothing of the group fits above this cell: cut nothing rather than leave it behind.
                    failure = measured;
                    return null;
                }
                firstFailure ??= measured;
                continue;
            }
            if (measured.IsEmpty)
            {
                continue;
            }
            progress |= measured.Height > Tolerance.Epsilon || measured.IsFull;
            cells.Add((index, measured, top));
            height = Math.Max(height, top + measured.Height);
        }
        if (!progress)
        {
            failure = firstFailure ?? Wrap(SpacePlan.NeedsHeight(rows.Sum(), budget));
            return null;
        }
        return new SplitPlan(cutRow, height, cells);
    }

    private void DrawPlan(PagePlan plan)
    {
        var canvas = Canvas;
        var width = plan.Width;
        using var fill = new SKPaint { IsAntialias = false, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke };

        // Header: background, cells (then reset, so the next page draws them again), line.
        if (plan.HeaderHeight > 0)
        {
            if (Style.HeaderBackground is { } headerColor)
            {
                fill.Color = headerColor;
                canvas.DrawRect(0, 0, width, plan.HeaderHeight, fill);
            }
            var tops = Tops(_headerRowHeights!, 0);
            foreach (var cell in _header)
            {
                var p = cell.Placement;
                var box = SKRect.Create(_offsets[p.Column - 1], tops[p.Row - 1], CellWidth(p), tops[p.LastRow] - tops[p.Row - 1]);
                DrawChild(cell, box.Left, box.Top, new Size(box.Width, box.Height));
                cell.ResetStateRecursively();
                StrokeBorder(canvas, stroke, box);
            }
        }

        foreach (var placed in plan.Groups)
        {
            var tops = Tops(placed.Rows, placed.Top);
            var visibleRows = placed.Split is null ? placed.Rows.Length : placed.Split.CutRow - placed.FirstRow + 1;
            var bottom = placed.Split is null ? tops[^1] : placed.Top + placed.Split.Height;

            // Zebra rows under the cells.
            if (Style.ZebraColor is { } zebra)
            {
                fill.Color = zebra;
                for (var i = 0; i < visibleRows; i++)
                {
                    var row = placed.FirstRow + i;
                    if (row % 2 == 0)
                    {
                        var rowBottom = Math.Min(bottom, tops[i + 1]);
                        canvas.DrawRect(0, tops[i], width, rowBottom - tops[i], fill);
                    }
                }
            }

            if (placed.Split is null)
            {
                foreach (var index in _groupCells[placed.Group])
                {
                    if (_done[index])
                    {
                        continue;
                    }
                    var p = _body[index].Placement;
                    var start = Math.Max(placed.FirstRow, p.Row) - placed.FirstRow;
                    var box = SKRect.Create(_offsets[p.Column - 1], tops[start], CellWidth(p), tops[p.LastRow - placed.FirstRow + 1] - tops[start]);
                    DrawChild(_body[index], box.Left, box.Top, new Size(box.Width, box.Height));
                    StrokeBorder(canvas, stroke, box);
                }
            }
            else
            {
                foreach (var (index, cellPlan, top) in placed.Split.Cells)
                {
                    var p = _body[index].Placement;
                    var y = placed.Top + top;
                    var reachesCut = p.LastRow >= placed.Split.CutRow;
                    var height = reachesCut ? bottom - y : cellPlan.Height;
                    var box = SKRect.Create(_offsets[p.Column - 1], y, CellWidth(p), height);
                    DrawChild(_body[index], box.Left, box.Top, new Size(box.Width, height));
                    StrokeBorder(canvas, stroke, box);
                }
            }

            // Rules under body rows.
            if (Style.RowLineWidth > 0)
            {
                stroke.Color = Style.RowLineColor;
                stroke.StrokeWidth = Style.RowLineWidth;
                for (var i = 0; i < visibleRows; i++)
                {
                    var y = Math.Min(bottom, tops[i + 1]);
                    canvas.DrawLine(0, y, width, y, stroke);
                }
            }
        }

        if (plan.HeaderHeight > 0 && Style.HeaderLineWidth > 0)
        {
            stroke.Color = Style.HeaderLineColor;
            stroke.StrokeWidth = Style.HeaderLineWidth;
            canvas.DrawLine(0, plan.HeaderHeight, width, plan.HeaderHeight, stroke);
        }
    }

    private void StrokeBorder(SKCanvas canvas, SKPaint stroke, SKRect box)
    {
        if (Style.BorderWidth <= 0)
        {
            return;
        }
        stroke.Color = Style.BorderColor;
        stroke.StrokeWidth = Style.BorderWidth;
        canvas.DrawRect(box, stroke);
    }

    private static float[] Tops(float[] rows, float top)
    {
        var tops = new float[rows.Length + 1];
        tops[0] = top;
        for (var i = 0; i < rows.Length; i++)
        {
            tops[i + 1] = tops[i] + rows[i];
        }
        return tops;
    }

    private void Advance(PagePlan plan)
    {
        if (_body.Count == 0)
        {
            _finished = true;
            return;
        }
        foreach (var placed in plan.Groups)
        {
            if (placed.Split is null)
            {
                foreach (var index in _groupCells[placed.Group])
                {
                    _done[index] = true;
                }
                _group = placed.Group + 1;
                _resumeRow = 0;
                continue;
            }
            foreach (var (index, cellPlan, _) in placed.Split.Cells)
            {
                if (cellPlan.IsFull || _body[index].Placement.LastRow < placed.Split.CutRow)
                {
                    _done[index] = true;
                }
                else
                {
                    _started[index] = true;
                }
            }
            _group = placed.Group;
            if (_groupCells[placed.Group].All(i => _done[i]))
            {
                _group = placed.Group + 1;
                _resumeRow = 0;
            }
            else
            {
                _resumeRow = placed.Split.CutRow;
            }
        }
    }

    /// <summary>What one page of the table holds.</summary>
    private sealed class PagePlan
    {
        public SpacePlan Result { get; set; }

        public float Width { get; set; }

        public float HeaderHeight { get; set; }

        public int WrappedGroup { get; set; } = -1;

        public List<PlacedGroup> Groups { get; } = [];
    }

    /// <summary>A group of rows placed on the page, whole or (for the last one) cut.</summary>
    private sealed record PlacedGroup(int Group, int FirstRow, float Top, float[] Rows, SplitPlan? Split);

    /// <summary>A group cut at <paramref name="CutRow"/>: the height it takes on this page and the cells drawn.</summary>
    private sealed record SplitPlan(int CutRow, float Height, List<(int Index, SpacePlan Plan, float Top)> Cells);
}
