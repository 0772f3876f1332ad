namespace PrecedentGraph.Storage;

public enum IngestStatus
{
    /// <summary>A path the store had not seen.</summary>
    Added,
    /// <summary>A known path whose content changed: its old rows were replaced.</summary>
    Replaced,
    /// <summary>The same content is already stored (under this path or another).</summary>
    Unchanged,
}
