namespace PrecedentGraph.Storage;

/// <summary>The database cannot be used: not SQLite, a newer schema, read-only, locked, missing. The message is
/// one line meant for the user; the CLI prints it and exits 3.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message) : base(message)
    {
    }

    public StoreException(string message, Exception inner) : base(message, inner)
    {
    }
}
