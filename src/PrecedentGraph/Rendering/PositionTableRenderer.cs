using System.Text;
using System.Xml;
using PrecedentGraph.Model;

namespace PrecedentGraph.Rendering;

/// <summary>Draws the justice × issue position table as a safe, self-contained SVG (no script, links or external
/// references; every text escaped by the XML writer), and writes it as CSV. Cells carry words as well as shades, so
/// the paper style reads in black and white; text is never under 8 pt at the figure's stated size.</summary>
public static class PositionTableRenderer
{
    private const double FontSize = 11;
    private const double LineHeight = 14;
    private const double Margin = 12;
    private const double Pad = 6;
    private const int IssueWrap = 14;
    private const int OpinionWrap = 30;

    /// <summary>A4 text column (mm); the paper figure is this wide unless its text would fall under 8 pt.</summary>
    public const double PaperWidthMm = 160;

    public static string ToSvg(PositionTable table, DiagramStyle style)
    {
        var paper = style == DiagramStyle.Paper;
        var issueLines = table.Issues.Select(i => LabelText.Wrap(LabelText.OneLine(i), IssueWrap)).ToList();
        var rowLines = table.Rows.Select(r => (IReadOnlyList<string>)[LabelText.OneLine(r.Justice),
            .. r.Opinions.SelectMany(o => LabelText.Wrap(LabelText.OneLine(o), OpinionWrap))]).ToList();
        var firstWidth = Math.Max(120, rowLines.SelectMany(l => l).Select(Width).DefaultIfEmpty(0).Max() + 2 * Pad);
        var cellWidth = Math.Max(80, issueLines.SelectMany(l => l).Select(Width).DefaultIfEmpty(0).Max() + 2 * Pad);
        var headerHeight = Math.Max(1, issueLines.Select(l => l.Count).DefaultIfEmpty(1).Max()) * LineHeight + 2 * Pad;
        var rowHeights = rowLines.Select(l => l.Count * LineHeight + 2 * Pad).ToList();
        var titleHeight = 2 * LineHeight + 12;
        var width = 2 * Margin + firstWidth + cellWidth * table.Issues.Count;
        var tableTop = Margin + titleHeight;
        var height = tableTop + headerHeight + rowHeights.Sum() + LineHeight * 2 + Margin;

        var text = new StringBuilder();
        using (var svg = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = false, Indent = true, Encoding = Encoding.UTF8 }))
        {
            svg.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            Attributes(svg, ("viewBox", $"0 0 {N(width)} {N(height)}"));
            if (paper)
            {
                // 160 mm holds 11-unit text at 8 pt or more while the figure is at most 623 units wide; wider
                // tables get the width that keeps 8 pt.
                var widthMm = Math.Max(PaperWidthMm, width * 8 / FontSize * 25.4 / 72);
                Attributes(svg, ("width", N(widthMm) + "mm"), ("height", N(height * widthMm / width) + "mm"));
            }
            else
            {
                Attributes(svg, ("width", N(width)), ("height", N(height)));
            }
            Attributes(svg, ("role", "img"), ("aria-labelledby", "title desc"),
                ("font-family", paper ? "'Times New Roman', Times, 'Liberation Serif', 'Nimbus Roman', serif" : "Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', sans-serif"),
                ("font-size", N(FontSize)));
            Element(svg, "title", "Positions: " + LabelText.OneLine(table.Title), ("id", "title"));
            Element(svg, "desc", Description(table), ("id", "desc"));
            Rect(svg, 0, 0, width, height, "#ffffff", null);
            Element(svg, "text", LabelText.Truncate(LabelText.OneLine(table.Title), 90), ("x", N(Margin)), ("y", N(Margin + LineHeight)), ("font-size", "14"), ("font-weight", "bold"));
            Element(svg, "text", "Where each justice stands on each issue of the argument map", ("x", N(Margin)), ("y", N(Margin + 2 * LineHeight + 2)));

            var x0 = Margin;
            var y = tableTop;
            Rect(svg, x0, y, firstWidth, headerHeight, paper ? "#f2f2f2" : "#eef2f7", "#555555");
            Element(svg, "text", "Justice", ("x", N(x0 + Pad)), ("y", N(y + Pad + LineHeight - 3)), ("font-weight", "bold"));
            for (var c = 0; c < table.Issues.Count; c++)
            {
                var x = x0 + firstWidth + c * cellWidth;
                Rect(svg, x, y, cellWidth, headerHeight, paper ? "#f2f2f2" : "#eef2f7", "#555555");
                for (var l = 0; l < issueLines[c].Count; l++)
                {
                    Element(svg, "text", issueLines[c][l], ("x", N(x + Pad)), ("y", N(y + Pad + (l + 1) * LineHeight - 3)), ("font-weight", "bold"));
                }
            }
            y += headerHeight;
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var h = rowHeights[r];
                Rect(svg, x0, y, firstWidth, h, "#ffffff", "#555555");
                for (var l = 0; l < rowLines[r].Count; l++)
                {
                    Element(svg, "text", rowLines[r][l], ("x", N(x0 + Pad)), ("y", N(y + Pad + (l + 1) * LineHeight - 3)), ("font-weight", l == 0 ? "bold" : "normal"));
                }
                for (var c = 0; c < table.Issues.Count; c++)
                {
                    var position = c < table.Rows[r].Cells.Count ? table.Rows[r].Cells[c] : Position.Silent;
                    var (fill, ink) = Colours(position, paper);
                    var x = x0 + firstWidth + c * cellWidth;
                    Rect(svg, x, y, cellWidth, h, fill, "#555555");
                    Element(svg, "text", Word(position), ("x", N(x + cellWidth / 2)), ("y", N(y + h / 2 + 4)), ("text-anchor", "middle"), ("fill", ink),
                        ("font-weight", position == Position.Silent ? "normal" : "bold"));
                }
                y += h;
            }
            Element(svg, "text", "with: the Court's position \u00b7 against: argues against it \u00b7 \u2014: silent",
                ("x", N(Margin)), ("y", N(y + LineHeight + 4)));
            svg.WriteEndElement();
        }
        return SvgSanitizer.Sanitize(text.ToString());
    }

    /// <summary>CSV (RFC 4180, formulas neutralised): one row per justice, one column per issue.</summary>
    public static string ToCsv(PositionTable table)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', new[] { "justice", "opinions" }.Concat(table.Issues).Select(f => CsvEdgeWriter.Field(f)))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            csv.Append(string.Join(',', new[] { row.Justice, string.Join("; ", row.Opinions) }
                .Concat(row.Cells.Select(Name)).Select(f => CsvEdgeWriter.Field(f)))).Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>The contract's name of a position: with-majority, against, silent.</summary>
    public static string Name(Position position) => position switch
    {
        Position.WithMajority => "with-majority",
        Position.Against => "against",
        _ => "silent",
    };

    private static string Word(Position position) => position switch
    {
        Position.WithMajority => "with",
        Position.Against => "against",
        _ => "\u2014",
    };

    private static (string Fill, string Ink) Colours(Position position, bool paper) => (position, paper) switch
    {
        (Position.WithMajority, true) => ("#d9d9d9", "#000000"),
        (Position.Against, true) => ("#404040", "#ffffff"),
        (Position.WithMajority, false) => ("#d5ecd9", "#1b5e20"),
        (Position.Against, false) => ("#f6d0cb", "#8e1b10"),
        _ => ("#ffffff", "#555555"),
    };

    private static string Description(PositionTable table)
    {
        var parts = table.Rows.Select(r => r.Justice + ": " + string.Join(", ",
            table.Issues.Select((issue, i) => issue + " " + Name(i < r.Cells.Count ? r.Cells[i] : Position.Silent))));
        return LabelText.Truncate(LabelText.OneLine(string.Join("; ", parts)), 2000);
    }

    private static double Width(string line) => TextMeasurer.Width(line, FontSize);

    private static string N(double value) => InvariantNumber.Format(value);

    private static void Rect(XmlWriter svg, double x, double y, double w, double h, string fill, string? stroke)
    {
        svg.WriteStartElement("rect");
        Attributes(svg, ("x", N(x)), ("y", N(y)), ("width", N(w)), ("height", N(h)), ("fill", fill));
        if (stroke is not null)
        {
            Attributes(svg, ("stroke", stroke), ("stroke-width", "0.8"));
        }
        svg.WriteEndElement();
    }

    private static void Element(XmlWriter svg, string name, string content, params (string Name, string Value)[] attributes)
    {
        svg.WriteStartElement(name);
        Attributes(svg, attributes);
        svg.WriteString(LabelText.Clean(content));
        svg.WriteEndElement();
    }

    private static void Attributes(XmlWriter svg, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            svg.WriteAttributeString(name, value);
        }
    }
}
