// The scripts `kctl completion SHELL` prints. Each hands the words before
// the cursor and the word being completed to `kctl __complete` and offers
// what it prints (see cmd/completion.h for the answer's form).
#include "cmd/completion.h"

namespace kctl::cmd {
namespace {

constexpr const char* kBash = R"BASH(# bash completion for kctl                                  -*- shell-script -*-
# Load it with: source <(kctl completion bash)

_kctl_complete() {
    local cur words cword
    if declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
        _get_comp_words_by_ref -n =: cur words cword
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi
    local out directive
    out=$("${words[0]}" __complete "${words[@]:1:cword-1}" "$cur" 2>/dev/null) || return
    directive=${out##*:}
    out=${out%:*}
    COMPREPLY=()
    local candidate
    while IFS= read -r candidate; do
        [ -n "$candidate" ] && COMPREPLY+=("$candidate")
    done <<<"$out"
    if (( directive & 2 )); then
        compopt -o nospace 2>/dev/null
    fi
    if (( ${#COMPREPLY[@]} == 0 )) && (( (directive & 4) == 0 )); then
        compopt -o default 2>/dev/null
    fi
    if declare -F __ltrim_colon_completions >/dev/null 2>&1; then
        __ltrim_colon_completions "$cur"
    fi
}

complete -F _kctl_complete kctl kubectl-kctl
)BASH";

constexpr const char* kZsh = R"ZSH(#compdef kctl kubectl-kctl
# zsh completion for kctl. Load it with: source <(kctl completion zsh)

_kctl() {
    local out directive
    local -a candidates
    out=$("${words[1]}" __complete "${(@)words[2,$CURRENT]}" 2>/dev/null) || return 1
    directive=${out##*:}
    out=${out%:*}
    candidates=("${(@f)out}")
    candidates=("${(@)candidates:#}")
    if (( ${#candidates} )); then
        if (( directive & 2 )); then
            compadd -Q -S '' -- "${candidates[@]}"
        else
            compadd -Q -- "${candidates[@]}"
        fi
    elif (( (directive & 4) == 0 )); then
        _files
    fi
}

if [ "$funcstack[1]" = "_kctl" ]; then
    _kctl "$@"
else
    compdef _kctl kctl kubectl-kctl
fi
)ZSH";

constexpr const char* kFish = R"FISH(# fish completion for kctl. Load it with: kctl completion fish | source

function __kctl_complete
    set -l args (commandline -opc)
    set -l cur (commandline -ct)
    set -l out ($args[1] __complete $args[2..-1] $cur 2>/dev/null)
    or return
    set -l directive (string replace -r '^:' '' -- $out[-1])
    set -e out[-1]
    if test (count $out) -eq 0; and test (math "$directive & 4") -eq 0
        __fish_complete_path $cur
        return
    end
    printf '%s\n' $out
end

complete -c kctl -f -a '(__kctl_complete)'
complete -c kubectl-kctl -f -a '(__kctl_complete)'
)FISH";

}  // namespace

std::string completion_script(const std::string& shell) {
  if (shell == "bash") return kBash;
  if (shell == "zsh") return kZsh;
  if (shell == "fish") return kFish;
  return {};
}

}  // namespace kctl::cmd
