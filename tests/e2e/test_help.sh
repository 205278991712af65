# `kctl COMMAND --help` is kubectl 1.32's help with kubectl turned into
# kctl: description, aliases, examples, subcommands, usage line and the
# closing lines, byte for byte. The "Options:" block is not compared (kctl's
# flags are its own; test_man.sh checks they are --help's). Needs no cluster.

# kubectl's subcommands that kctl does not have, by parent command: left
# out of kubectl's command lists before comparing, with the lists' padding
# (which follows the longest name) then not compared.
declare -A HELP_KCTL_LACKS=(
  ["kctl"]="certificate top cordon uncordon drain taint proxy auth events diff kustomize"
  ["kctl create"]="token"
  ["kctl set"]="selector serviceaccount subject"
  ["kctl cluster-info"]="dump"
)

# Commands whose one-line description is kctl's own, by name: kctl has no
# powershell completion.
declare -A HELP_KCTL_OWN_SHORT=(
  ["completion"]="Output shell completion code for the specified shell (bash, zsh, or fish)"
)

# The headings of command lists: "Available Commands:", and the root's
# groups ("Basic Commands (Beginner):", "Subcommands provided by plugins:").
HELP_LIST_HEADING='^([A-Z][A-Za-z ()]*Commands[A-Za-z ()]*|Subcommands provided by plugins):$'

# A command's help without its "Options:" block (from "Options:" up to the
# blank line before "Usage:", which both keep).
help_without_options() {
  awk '/^Options:$/ {skip = 1} skip && /^Usage:$/ {skip = 0; print ""} !skip'
}

# kubectl's help as kctl words it: kubectl becomes kctl except in URLs and
# the annotation domain kubectl.kubernetes.io.
kubectl_help_as_kctl() {
  # A PATH with kubectl alone: no plugin of the user's in the root help.
  local bin; bin=$(scratch)
  ln -s "$(command -v kubectl)" "$bin/kubectl"
  PATH=$bin kubectl "$@" --help | perl -pe 's{(https?://\S+|kubectl\.kubernetes\.io)|kubectl}{$1 // "kctl"}ge'
  rm -rf "$bin"
}

# Drops the lines of kubectl's commands kctl lacks from its command lists
# (a list left empty with its heading, and then the pointer to
# "<command> --help"), and squeezes the lists' padding.
without_lacking() {
  local lacking=$1
  awk -v lacking=" $lacking " -v heading="$HELP_LIST_HEADING" '
    $0 ~ heading {list = 1; held = $0; seen = kept = 0; next}
    list && /^$/ {
      list = 0
      if (seen == 0 || kept > 0) print held "\n"
      next
    }
    list && /^  [a-z]/ {
      seen++; all_seen++
      if (index(lacking, " " $1 " ")) next
      if (kept++ == 0 && held != "") {print held; held = ""}
      all_kept++
      name = $1; sub(/^  [^ ]+ +/, ""); print "  " name " " $0; next
    }
    /^Use ".* <command> --help" for more information/ && all_seen > 0 && all_kept == 0 {next}
    {print}'
}

# kubectl's help with the one-line descriptions kctl words its own way (in
# the command lists of the parent).
with_kctl_descriptions() {
  local name script=""
  for name in "${!HELP_KCTL_OWN_SHORT[@]}"; do
    script+="s/^\(  $name  *\).*/\1${HELP_KCTL_OWN_SHORT[$name]}/;"
  done
  sed "$script"
}

# The words of every command kctl lists, depth first: "", "annotate", ...,
# "config", "config current-context", ...
kctl_commands() {
  local words=$1
  echo "$words"
  # shellcheck disable=SC2086
  "$KCTL" $words --help | awk -v heading="$HELP_LIST_HEADING" '
    $0 ~ heading {list = 1; next}
    /^$/ {list = 0}
    list && /^  [a-z]/ {print $1}' |
    while read -r sub; do kctl_commands "${words:+$words }$sub"; done
}

test_help_is_kubectls() {
  local words key want got compared=0 skipped=() failed=0
  local cmds; cmds=$(kctl_commands "")
  # The same commands as the man pages.
  [ "$(echo "$cmds" | sed 's/^/kctl /; s/ $//; s/ /-/g' | sort)" = "$(sort "$here/../../man/pages.txt")" ] ||
    fail "kctl's command tree is not man/pages.txt's"
  while IFS= read -r words; do
    # shellcheck disable=SC2086
    want=$(kubectl_help_as_kctl $words | help_without_options | with_kctl_descriptions)
    # kubectl answers --help of a command it lacks with its parent's help.
    case "$(echo "$want" | grep -A1 -x 'Usage:' | tail -1) " in
      "  kctl${words:+ $words} "*) ;;
      *) skipped+=("$words"); continue ;;
    esac
    # shellcheck disable=SC2086
    got=$("$KCTL" $words --help | help_without_options)
    key="kctl${words:+ $words}"
    if [ -n "${HELP_KCTL_LACKS[$key]+x}" ]; then
      want=$(echo "$want" | without_lacking "${HELP_KCTL_LACKS[$key]}")
      got=$(echo "$got" | without_lacking "")
    fi
    if [ "$want" != "$got" ]; then
      echo "    kctl ${words:+$words }--help differs from kubectl's (< kubectl, > kctl):" >&2
      diff <(echo "$want") <(echo "$got") | head -20 >&2
      failed=$((failed + 1))
    fi
    compared=$((compared + 1))
  done <<<"$cmds"
  echo "    compared $compared commands' help with kubectl's" >&2
  [ "${#skipped[@]}" = 0 ] || echo "    kctl's own commands (not compared): ${skipped[*]}" >&2
  [ "$compared" -gt 60 ] || fail "only $compared commands compared"
  [ "$failed" = 0 ] || fail "$failed commands' help differs from kubectl's"
}

test_help_options_is_kubectls() {
  [ "$("$KCTL" options | head -1)" = "$(kubectl options | head -1)" ] ||
    fail "kctl options: $("$KCTL" options | head -1)"
}
