namespace PrecedentGraph.Rendering;

/// <summary>An axis-aligned rectangle: top-left corner, width and height.</summary>
public readonly record struct LayoutBox(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public double CenterX => X + Width / 2;

    public double CenterY => Y + Height / 2;

    /// <summary>True when the interiors intersect (touching edges do not count).</summary>
    public bool Overlaps(LayoutBox other) =>
        X < other.Right - 1e-6 && other.X < Right - 1e-6 && Y < other.Bottom - 1e-6 && other.Y < Bottom - 1e-6;

    /// <summary>True when the point lies inside or on the border.</summary>
    public bool Contains((double X, double Y) point) => X <= point.X && point.X <= Right && Y <= point.Y && point.Y <= Bottom;

    public LayoutBox Inflate(double margin) => new(X - margin, Y - margin, Width + 2 * margin, Height + 2 * margin);
}
