using PrecedentGraph.Model;

namespace PrecedentGraph.Segmentation;

/// <summary>What one header paragraph says about the opinion it opens.</summary>
/// <param name="Strength">How sure the header is: a full header, a bare "Mr. Justice STONE." or a running head.</param>
/// <param name="Author">Surname; null for per curiam, or for "THE CHIEF JUSTICE" when the chief's name is unknown.</param>
/// <param name="AuthorIsChief">The header names the author as "THE CHIEF JUSTICE".</param>
/// <param name="Kind">Null when the header does not say (a bare name).</param>
/// <param name="StatesJoiners">The header itself lists who joins ("with whom", "in which", co-authors).</param>
internal sealed record OpinionHeader(
    HeaderStrength Strength,
    string? Author,
    bool AuthorIsChief,
    OpinionKind? Kind,
    bool InJudgment,
    IReadOnlyList<string> JoinedBy,
    IReadOnlyList<PartialJoin> PartialJoins,
    bool StatesJoiners)
{
    /// <summary>The joiners name "THE CHIEF JUSTICE" and nothing says who that is (normalized text drops "C. J."):
    /// <see cref="JoinedBy"/> lacks one name that the line-up can give.</summary>
    public bool JoinerChiefUnknown { get; init; }

    /// <summary>The crawl cut the header to "MR." (<see cref="LostHeaderFinder"/>): author, kind and joiners are the next
    /// line-up entry's.</summary>
    public bool AuthorLost { get; init; }

    /// <summary>No header at all: a separate statement found by <see cref="StatementFinder"/> for a line-up entry.</summary>
    public bool IsStatement { get; init; }
}
