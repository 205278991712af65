# The man pages the build writes (build/man, from man/pages.txt): one per
# command, each rendering without warnings, each listing exactly the flags
# `kctl COMMAND --help` lists.

man_dir() { echo "$(dirname "$KCTL")/man"; }

test_man_pages_render_without_warnings() {
  local dir; dir=$(man_dir)
  local page n=0 out
  while read -r page; do
    [ -f "$dir/$page.1" ] || { fail "no page $dir/$page.1"; return 1; }
    out=$(groff -ww -man -Tutf8 -z "$dir/$page.1" 2>&1)
    [ -z "$out" ] || fail "$page: groff: $out"
    if command -v mandoc >/dev/null; then
      out=$(mandoc -T lint -W warning "$dir/$page.1" 2>&1)
      [ -z "$out" ] || fail "$page: mandoc: $out"
    fi
    # man itself renders it (what a user runs).
    MANWIDTH=80 man -l "$dir/$page.1" 2>&1 | grep -q "^NAME" || fail "$page: man -l shows no NAME section"
    n=$((n + 1))
  done <"$here/../../man/pages.txt"
  [ "$n" -gt 60 ] || fail "only $n pages"
}

# The flags of `kctl WORDS --help` (kubectl's "    -o, --output='':"
# lines), one per line, sorted.
# The root's are the global ones, which `kctl options` lists.
help_flags() {
  if [ $# = 0 ]; then "$KCTL" options; else "$KCTL" "$@" --help; fi |
    sed -n 's/^    \(-[^=]*\)=.*/\1/p' | tr ',' '\n' | tr -d ' ' | sort
}

# The flags a page's OPTIONS section lists (".TP" then "\fB\-o\fR, ...").
man_flags() {
  awk '/^\.SH OPTIONS/{on=1; next} /^\.SH/{on=0} on && prev==".TP"{print} {prev=$0}' "$1" |
    grep -o '\\fB[^\\]*\(\\-[^\\]*\)*\\fR' | sed 's/\\fB//; s/\\fR//; s/\\-/-/g' | sort
}

test_man_pages_list_the_flags_of_help() {
  local dir; dir=$(man_dir)
  local page words h m checked=0
  while read -r page; do
    # The command's words, from the SYNOPSIS (".B kctl config view").
    words=$(awk '/^\.SH SYNOPSIS/{getline; print; exit}' "$dir/$page.1" | sed 's/^\.B kctl//; s/\\-/-/g')
    # shellcheck disable=SC2086
    h=$(help_flags $words)
    m=$(man_flags "$dir/$page.1")
    [ "$h" = "$m" ] || { fail "$page: --help: $(echo $h) man: $(echo $m)"; return 1; }
    checked=$((checked + 1))
  done <"$here/../../man/pages.txt"
  [ "$checked" -gt 60 ] || fail "only $checked pages checked"
}
