using System.CommandLine;
using PrecedentGraph.Reading;
using PrecedentGraph.Storage;

namespace PrecedentGraph.Cli;

/// <summary>Runs a parsed command line and turns every failure into one line on stderr and an exit code:
/// 1 bad input, 2 usage, 3 environment (and a fault of the tool itself, named "internal error"). Never a stack trace.</summary>
internal static class CommandRunner
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
    public const int Environment = 3;

    public static int Invoke(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine("precedent-graph: " + error.Message);
            }
            Console.Error.WriteLine("Try 'precedent-graph --help'.");
            return Usage;
        }
        return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    /// <summary>Runs a command body, mapping exceptions to exit codes.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"precedent-graph: {e.Path}: {e.Problem}");
            return BadInput;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("precedent-graph: " + e.Message);
            return Usage;
        }
        catch (StoreQueryException e)
        {
            Console.Error.WriteLine("precedent-graph: " + OneLine(e.Message));
            foreach (var candidate in e.Candidates)
            {
                Console.Error.WriteLine("  " + OneLine(candidate));
            }
            return BadInput;
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine("precedent-graph: " + OneLine(e.Message));
            return Environment;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            Console.Error.WriteLine("precedent-graph: database: " + OneLine(e.Message));
            return Environment;
        }
        catch (PrecedentGraph.Rendering.RenderingException e)
        {
            Console.Error.WriteLine("precedent-graph: " + OneLine(e.Message));
            return Environment;
        }
        catch (EnvironmentException e)
        {
            Console.Error.WriteLine("precedent-graph: " + e.Message);
            return Environment;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine("precedent-graph: " + OneLine(e.Message));
            return Environment;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine("precedent-graph: " + OneLine(e.Message));
            return Environment;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault of the tool itself, not of its input: still one line, with what a bug report needs. The contract
            // knows no code for it; 3 (environment) is the one that does not blame the user's input or command line.
            Console.Error.WriteLine($"precedent-graph: internal error, please report it: {e.GetType().Name}: {OneLine(e.Message)} (at {OneLine(e.TargetSite?.DeclaringType?.Name + "." + e.TargetSite?.Name)})");
            return Environment;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
