#!/usr/bin/env python3
"""Regenerates go_yaml_kubectl_test.cc from a real kubectl.

Each case runs one `kubectl create ... --dry-run=client` command twice, with
-o json (the test's input) and -o yaml (the expected output); no server is
needed. Run from this directory: ./generate_go_yaml_kubectl_test.py
"""
import os
import subprocess
import sys
import tempfile

LOREM = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore"

# name, kubectl arguments, files to create first ({name: content})
CASES = [
    ("configmap values that look typed",
     ["create", "configmap", "typed", "--from-literal=int=123", "--from-literal=bool=true",
      "--from-literal=yes=yes", "--from-literal=null=null", "--from-literal=empty=",
      "--from-literal=time=2024-01-01T00:00:00Z", "--from-literal=date=2024-01-01",
      "--from-literal=float=1.5", "--from-literal=octal=0o17", "--from-literal=hex=0x1F",
      "--from-literal=sexagesimal=1:20", "--from-literal=version=1.2.3", "--from-literal=tilde=~",
      "--from-literal=bad-date=2024-13-01"], {}),
    ("configmap values starting with indicators",
     ["create", "configmap", "indicators", "--from-literal=star=*", "--from-literal=at=@x",
      "--from-literal=dash=- x", "--from-literal=colon=: x", "--from-literal=apostrophe=it's",
      "--from-literal=quoted='q'", "--from-literal=hash=#c", "--from-literal=space-hash=a #b",
      "--from-literal=colon-space=a: b", "--from-literal=percent=%x", "--from-literal=backtick=`x",
      "--from-literal=bang=!x", "--from-literal=amp=&x", "--from-literal=pipe=|x",
      "--from-literal=gt=>x", "--from-literal=brackets=[x]", "--from-literal=braces={x}",
      "--from-literal=lead= lead", "--from-literal=trail=trail ", "--from-literal=dashes=---",
      "--from-literal=image=nginx:1.25"], {}),
    ("configmap multi-line files",
     ["create", "configmap", "files", "--from-file=clip=clip.txt", "--from-file=strip=strip.txt",
      "--from-file=keep=keep.txt", "--from-file=indented=indented.txt", "--from-file=blank-first=blank.txt",
      "--from-file=trailing-space=trailing.txt", "--from-file=tab=tab.txt", "--from-file=crlf=crlf.txt",
      "--from-file=script.sh=script.sh"],
     {"clip.txt": "line one\nline two\n", "strip.txt": "line one\nline two",
      "keep.txt": "line one\n\n", "indented.txt": "  indented\nnot\n", "blank.txt": "\nafter blank\n",
      "trailing.txt": "trailing space \nnext\n", "tab.txt": "a\tb\n", "crlf.txt": "a\r\nb\r\n",
      "script.sh": "#!/bin/sh\nset -eu\necho \"hello: world\" # greet\n"}),
    ("configmap long values fold at column 80",
     ["create", "configmap", "long", "--from-literal=sentence=" + LOREM, "--from-literal=word=" + "x" * 100,
      "--from-literal=double-spaced=" + LOREM.replace(" ", "  "), "--from-literal=star=*" + LOREM,
      "--from-literal=with-tab=" + LOREM + "\tend"], {}),
    ("configmap key order",
     ["create", "configmap", "keys"] + ["--from-literal=%s=v" % k for k in
                                        ["a10", "a9", "a1", "_x", "Z", "z", "1", "10", "9", "-x", ".x",
                                         "a-b", "a_b", "A", "a.b", "x2y", "x10y"]], {}),
    ("configmap unicode values",
     ["create", "configmap", "unicode", "--from-literal=accent=café", "--from-literal=cjk=日本語",
      "--from-literal=emoji=ok 😀", "--from-literal=nbsp=a\u00a0b", "--from-literal=html=<b>&amp;</b>"], {}),
    ("deployment", ["create", "deployment", "web", "--image=nginx:1.25", "--replicas=3", "--port=80"], {}),
    ("cronjob with a quoted schedule",
     ["create", "cronjob", "tick", "--image=busybox", "--schedule=*/5 * * * *", "--", "sh", "-c", "date; echo ok"],
     {}),
    ("secret generic", ["create", "secret", "generic", "creds", "--from-literal=password=s3cr3t",
                        "--from-literal=user=admin"], {}),
    ("secret docker-registry", ["create", "secret", "docker-registry", "reg", "--docker-username=u",
                                "--docker-password=p", "--docker-server=r.example"], {}),
    ("service with two ports", ["create", "service", "clusterip", "svc", "--tcp=80:8080,443:8443"], {}),
    ("ingress with tls", ["create", "ingress", "ing", "--class=nginx",
                          "--rule=foo.com/bar*=svc1:8080,tls=my-cert"], {}),
    ("clusterrole for a non-resource URL", ["create", "clusterrole", "logs", "--verb=get",
                                            "--non-resource-url=/logs/*"], {}),
    ("pod disruption budget", ["create", "poddisruptionbudget", "pdb", "--selector=app=x",
                               "--min-available=50%"], {}),
    ("resource quota", ["create", "quota", "q", "--hard=cpu=1,memory=1G,pods=2"], {}),
    ("priority class", ["create", "priorityclass", "high", "--value=1000", "--description=high priority"], {}),
]


def kubectl(args, output, cwd):
    """Runs kubectl with the dry-run flags placed before any "--"."""
    split = args.index("--") if "--" in args else len(args)
    flags = ["--dry-run=client", "-o", output]
    return subprocess.run(["kubectl"] + args[:split] + flags + args[split:], cwd=cwd,
                          check=True, capture_output=True, text=True).stdout


def cpp_raw(text, tag):
    assert ")" + tag + '"' not in text
    return 'R"' + tag + "(" + text + ")" + tag + '"'


def main():
    version = subprocess.run(["kubectl", "version", "--client"], check=True, capture_output=True,
                             text=True).stdout.splitlines()[0]
    rows = []
    for name, args, files in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            for file_name, content in files.items():
                with open(os.path.join(tmp, file_name), "w", newline="") as f:
                    f.write(content)
            json_text = kubectl(args, "json", tmp)
            yaml_text = kubectl(args, "yaml", tmp)
        command = "kubectl " + " ".join(args)
        rows.append("    {%s,\n     %s,\n     %s,\n     %s},\n" % (
            '"' + name + '"', '"' + command.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"',
            cpp_raw(json_text, "json"), cpp_raw(yaml_text, "yaml")))
    out = HEADER.replace("@VERSION@", version) + "".join(rows) + FOOTER
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "go_yaml_kubectl_test.cc"), "w") as f:
        f.write(out)


HEADER = """// client/printers/go_yaml against real kubectl output. Generated by
// generate_go_yaml_kubectl_test.py with @VERSION@: each row is one
// `kubectl create ... --dry-run=client` run with -o json (the input) and
// -o yaml (the expected text). Do not edit by hand; regenerate.
#include <doctest/doctest.h>

#include "client/printers/go_yaml.h"

namespace kctl::printers {
namespace {

struct KubectlCase {
  const char* name;
  const char* command;
  const char* json;
  const char* yaml;
};

const KubectlCase kCases[] = {
"""

FOOTER = """};

TEST_CASE("go_yaml: prints objects exactly as kubectl -o yaml does") {
  for (const KubectlCase& c : kCases) {
    SUBCASE(c.name) {
      CAPTURE(c.command);
      CHECK(to_go_yaml(nlohmann::ordered_json::parse(c.json)) == std::string(c.yaml));
    }
  }
}

}  // namespace
}  // namespace kctl::printers
"""

if __name__ == "__main__":
    sys.exit(main())
