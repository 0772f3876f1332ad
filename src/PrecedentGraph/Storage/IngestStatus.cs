namespace PrecedentGraph.Storage;

public enum IngestStatus
{
    /// <summary>A path the store had not seen.</summary>
    Added,
    /// <summary>A known path whose content changed: its old rows were replaced.</summary>
    Replaced,
    /// <summary>The same content is already stored (under this path or another).</summary>
    Unchanged,
    /// <summary>The same content, stored by another build of the extractor (or analysed again on request): its rows were
    /// replaced by this build's analysis.</summary>
    Reanalyzed,
}
