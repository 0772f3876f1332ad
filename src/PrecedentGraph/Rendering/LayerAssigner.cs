using PrecedentGraph.Graph;

namespace PrecedentGraph.Rendering;

/// <summary>Assigns each node a layer: back edges of a depth-first search (in plan order) are ignored,
/// then the longest path from the sources; cited cases and provisions that cite nothing share the last layer.</summary>
internal static class LayerAssigner
{
    /// <summary>Edges between opinions (concurs-with, dissents-from) and between arguments (supports, attacks)
    /// do not push nodes into later layers: every opinion shares one layer and its arguments the next, so each
    /// opinion's cluster spans two adjacent layers and clusters never interleave.</summary>
    public static bool Layers(string relation) =>
        relation is not (Graph.Relations.ConcursWith or Graph.Relations.DissentsFrom or Graph.Relations.Supports or Graph.Relations.Attacks);

    public static Dictionary<string, int> Assign(DiagramPlan plan, IReadOnlyList<(string From, string To)> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Nodes.Count; i++)
        {
            index[plan.Nodes[i].Id] = i;
        }
        var successors = new List<int>[plan.Nodes.Count];
        for (var i = 0; i < successors.Length; i++)
        {
            successors[i] = [];
        }
        foreach (var (from, to) in edges)
        {
            if (index.TryGetValue(from, out var a) && index.TryGetValue(to, out var b) && a != b)
            {
                successors[a].Add(b);
            }
        }

        var forward = RemoveBackEdges(successors);
        var indegree = new int[forward.Length];
        foreach (var list in forward)
        {
            foreach (var b in list)
            {
                indegree[b]++;
            }
        }
        var layer = new int[forward.Length];
        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < indegree.Length; i++)
        {
            if (indegree[i] == 0)
            {
                ready.Enqueue(i, i);
            }
        }
        while (ready.TryDequeue(out var a, out _))
        {
            foreach (var b in forward[a])
            {
                layer[b] = Math.Max(layer[b], layer[a] + 1);
                if (--indegree[b] == 0)
                {
                    ready.Enqueue(b, b);
                }
            }
        }

        var last = layer.Length == 0 ? 0 : layer.Max();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Nodes.Count; i++)
        {
            var kind = plan.Nodes[i].Node.Kind;
            var sink = forward[i].Count == 0 && kind is NodeKind.Case or NodeKind.Provision;
            result[plan.Nodes[i].Id] = sink ? last : layer[i];
        }
        return result;
    }

    /// <summary>Iterative depth-first search in index order; edges into a node still on the stack are dropped.</summary>
    private static List<int>[] RemoveBackEdges(List<int>[] successors)
    {
        var forward = new List<int>[successors.Length];
        for (var i = 0; i < forward.Length; i++)
        {
            forward[i] = [];
        }
        var state = new byte[successors.Length]; // 0 new, 1 on stack, 2 done
        var stack = new Stack<(int Node, int Next)>();
        for (var root = 0; root < successors.Length; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next < successors[node].Count)
                {
                    stack.Push((node, next + 1));
                    var child = successors[node][next];
                    if (state[child] == 1)
                    {
                        continue; // back edge: breaks a cycle
                    }
                    forward[node].Add(child);
                    if (state[child] == 0)
                    {
                        state[child] = 1;
                        stack.Push((child, 0));
                    }
                }
                else
                {
                    state[node] = 2;
                }
            }
        }
        return forward;
    }
}
