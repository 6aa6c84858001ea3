namespace Aws.Cli.Completion;

/// <summary>`aws completion SHELL`: the snippet that makes a shell ask this binary for completions.</summary>
public static class CompletionScripts
{
    public static IReadOnlyList<string> Shells { get; } = ["bash", "zsh", "fish"];

    public static string? For(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        "fish" => Fish,
        _ => null,
    };

    // bash passes COMP_LINE/COMP_POINT to the completer, as for the real aws_completer.
    private const string Bash = """
        # aws-sharp bash completion. Add to ~/.bashrc:  eval "$(aws completion bash)"
        complete -C 'aws __complete' aws

        """;

    // zsh: bashcompinit runs the same bash-style completer.
    private const string Zsh = """
        # aws-sharp zsh completion. Add to ~/.zshrc:  eval "$(aws completion zsh)"
        autoload -Uz bashcompinit && bashcompinit
        autoload -Uz compinit && compinit
        complete -C 'aws __complete' aws

        """;

    // fish has no COMP_LINE: hand the command line and cursor over explicitly.
    private const string Fish = """
        # aws-sharp fish completion. Add to ~/.config/fish/config.fish:  aws completion fish | source
        function __aws_sharp_complete
            set -l line (commandline -cp)
            COMP_LINE="$line" COMP_POINT=(string length -- "$line") aws __complete
        end
        complete -c aws -f -a '(__aws_sharp_complete)'

        """;
}
