using System.CommandLine;

namespace PrecedentGraph.Cli;

/// <summary>Arguments and options that several verbs share.</summary>
internal static class CliArguments
{
    /// <summary>A path argument that refuses option-like tokens ("--bogus"), so a mistyped option is a usage
    /// error (exit 2) rather than a missing file.</summary>
    public static Argument<string> Path(string name, string description)
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (value.Length > 1 && value[0] == '-')
            {
                result.AddError($"unknown option '{value}'");
            }
        });
        return argument;
    }

    /// <summary>Paths (one or more), with the same check.</summary>
    public static Argument<string[]> Paths(string name, string description)
    {
        var argument = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.OneOrMore };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            }
        });
        return argument;
    }
}
