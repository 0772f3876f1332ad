using PrecedentGraph.Citations;

namespace PrecedentGraph.Tests.Citations;

/// <summary>The run-wide memo of a pure function: one computation per key until it is emptied at its capacity.</summary>
public sealed class BoundedMemoTests
{
    [Fact]
    public void Indexer_SameKeyTwice_ComputesOnce()
    {
        var calls = 0;
        var memo = new BoundedMemo<int>(10, key => { calls++; return key.Length; });

        Assert.Equal(3, memo["abc"]);
        Assert.Equal(3, memo["abc"]);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Indexer_CapacityReached_EmptiesAndComputesAgain()
    {
        var calls = 0;
        var memo = new BoundedMemo<int>(2, key => { calls++; return key.Length; });

        _ = memo["a"];   // stored 1
        _ = memo["bb"];  // stored 2: the memo is emptied, then keeps "bb"
        _ = memo["a"];   // gone: computed again
        _ = memo["bb"];  // kept

        Assert.Equal(3, calls);
    }
}
