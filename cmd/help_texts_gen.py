#!/usr/bin/env python3
"""Writes cmd/help_texts_*.cc from `kubectl COMMAND --help` (kubectl 1.32).

Run once by hand when the texts must follow a newer kubectl; the build does
not need kubectl.

    python3 cmd/help_texts_gen.py [PAGES]   (PAGES: man/pages.txt)

Each command's Long, Example and Use are taken as kubectl prints them, with
the word kubectl turned into kctl (but not in URLs nor in the annotation
domain kubectl.kubernetes.io). Examples are stored without kubectl's
two-space indent, which the formatter adds back.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SECTIONS = ["Basic Commands (Beginner):", "Aliases:", "Examples:", "Available Commands:", "Options:", "Usage:"]

# The command words of the pages whose names hold dashed words.
DASHED = ["api-resources", "api-versions", "edit-last-applied", "set-last-applied", "view-last-applied",
          "cluster-info", "current-context", "delete-cluster", "delete-context", "delete-user", "get-clusters",
          "get-contexts", "get-users", "rename-context", "set-cluster", "set-context", "set-credentials",
          "use-context", "docker-registry", "port-forward"]

# The files the table is split into, by the command's first word.
FAMILIES = {
    "config": ["config"],
    "create": ["create"],
    "pod": ["attach", "cp", "debug", "exec", "logs", "port-forward"],
    "write": ["annotate", "apply", "autoscale", "delete", "edit", "expose", "label", "patch", "replace", "rollout",
              "run", "scale", "set", "wait"],
    "read": ["", "api-resources", "api-versions", "cluster-info", "completion", "describe", "explain", "get",
             "plugin", "version"],
}


def page_words(page):
    """kctl-config-use-context -> "config use-context"."""
    rest = page[len("kctl"):].lstrip("-")
    for d in DASHED:
        rest = rest.replace(d, d.replace("-", "\0"))
    return rest.replace("-", " ").replace("\0", "-")


def to_kctl(text):
    keep = r"https?://\S+|kubectl\.kubernetes\.io"
    return re.sub(keep + "|kubectl", lambda m: "kctl" if m.group(0) == "kubectl" else m.group(0), text)


def parse(help_text):
    footer = re.search(r'\n\nUse "[^"]*" for (more information|a list of global)', help_text)
    ends = [help_text.find("\n\n" + s + "\n") for s in SECTIONS] + [footer.start()]
    long_text = help_text[:min(e for e in ends if e >= 0)]
    m = re.search(r"\n\nExamples:\n(.*?)\n\n(?=Available Commands:|Options:|Usage:|Use \")", help_text, re.S)
    examples = ""
    if m:
        lines = m.group(1).split("\n")
        assert all(line.startswith("  ") for line in lines), lines
        examples = "\n".join(line[2:] for line in lines)
    usage = re.search(r"\n\nUsage:\n  (.*)\n", help_text).group(1)
    return to_kctl(long_text), to_kctl(examples), to_kctl(usage)


def literal(text):
    """C++ raw string literal(s); lines ending in blanks go in plain
    literals so that the blanks are visible and no editor strips them."""
    assert ")--\"" not in text
    if not text:
        return '""'
    parts, raw = [], []
    for i, line in enumerate(text.split("\n")):
        nl = "\n" if i + 1 < len(text.split("\n")) else ""
        if line != line.rstrip():
            body = line.rstrip()
            raw.append(body)
            parts.append('R"--(' + "\n".join(raw) + ')--"')
            parts.append('"' + line[len(body):] + ("\\n" if nl else "") + '"')
            raw = []
        else:
            raw.append(line)
    if raw and (raw != [""] or not parts):
        parts.append('R"--(' + "\n".join(raw) + ')--"')
    return "\n     ".join(parts)


def entry(path, long_text, examples, usage):
    return "    {%s,\n     %s,\n     %s,\n     %s},\n" % (
        '"' + path + '"', literal(long_text), literal(examples), literal(usage))


def main():
    pages = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "man", "pages.txt")
    paths = [page_words(p) for p in open(pages).read().split()]
    entries = {f: [] for f in FAMILIES}
    for path in paths:
        family = next(f for f, firsts in FAMILIES.items() if path.split(" ")[0] in firsts)
        out = subprocess.run(["kubectl"] + path.split() + ["--help"], capture_output=True, text=True)
        if out.returncode != 0:
            continue  # a command kubectl does not have
        entries[family].append(entry(path, *parse(out.stdout)))
    for family, items in entries.items():
        with open(os.path.join(HERE, "help_texts_%s.cc" % family), "w") as f:
            f.write("// kubectl 1.32's help texts (Long, Example, Use) of kctl's %s commands,\n" % family)
            f.write("// with kubectl turned into kctl. Written by cmd/help_texts_gen.py.\n")
            f.write('#include "cmd/help_texts.h"\n\nnamespace kctl::cmd {\n\n')
            f.write("std::span<const HelpText> %s_help_texts() {\n" % family)
            f.write("  static constexpr HelpText kTexts[] = {\n")
            f.write("".join(items))
            f.write("  };\n  return kTexts;\n}\n\n}  // namespace kctl::cmd\n")


if __name__ == "__main__":
    main()
