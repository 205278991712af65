// The edit file's text and how a saved file is read back (kubectl's
// editoptions.go and cmdutil.ManualStrip/StripComments), and the editor
// command taken from the environment (kubectl's editor.go).
#include <doctest/doctest.h>

#include <map>

#include "cmd/edit_file.h"
#include "cmd/editor.h"

using namespace kctl::cmd;

TEST_CASE("edit header: kubectl's comment, then each reason and a lone #") {
  CHECK(edit_header(EditMode::Normal, {}) ==
        "# Please edit the object below. Lines beginning with a '#' will be ignored,\n"
        "# and an empty file will abort the edit. If an error occurs while saving this file will be\n"
        "# reopened with the relevant failures.\n"
        "#\n");
  const std::string h = edit_header(EditMode::Normal, {{"configmaps \"c\" was not valid", {"data: bad", "x: y"}},
                                                       {"The edited file had a syntax error: a\nb", {}}});
  CHECK(h.substr(h.find("#\n# ") + 2) ==
        "# configmaps \"c\" was not valid:\n# * data: bad\n# * x: y\n#\n"
        "# The edited file had a syntax error: a\n# b\n#\n");
  CHECK(edit_header(EditMode::ApplyLastApplied, {}).rfind("# Please edit the 'last-applied-configuration'", 0) == 0);
}

TEST_CASE("manual_strip drops comment lines, keeps #! and the rest byte for byte") {
  CHECK(manual_strip("# a\nx: 1\n  # b\n#!keep\ny: 2\n") == "x: 1\n#!keep\ny: 2\n");
  CHECK(manual_strip("x: 1") == "x: 1");
  CHECK(manual_strip("# only\n") == "");
}

TEST_CASE("same_without_comments compares YAML as data, other text as text") {
  CHECK(same_without_comments("# h\na: 1\nb: 2\n", "b: 2\n# other\na: 1\n"));
  CHECK_FALSE(same_without_comments("a: 1\n", "a: 2\n"));
  CHECK(same_without_comments("# h\na: [\n", "a: [\n# x\n"));
  CHECK_FALSE(same_without_comments("a: [\n", "a: [1\n"));
  CHECK_FALSE(same_without_comments("{\"a\": 1}", "{\"a\":1}"));  // JSON passes through as is
}

TEST_CASE("has_content_lines: something besides blanks and comments") {
  CHECK_FALSE(has_content_lines("# a\n\n   \n  # b\n"));
  CHECK(has_content_lines("# a\nx: 1"));
}

TEST_CASE("to_crlf") { CHECK(to_crlf("a\nb\n") == "a\r\nb\r\n"); }

TEST_CASE("editor_from_env: KUBE_EDITOR, EDITOR, vi; split or through the shell") {
  std::map<std::string, std::string> env;
  auto get = [&env](const char* n) -> const char* {
    auto it = env.find(n);
    return it == env.end() ? nullptr : it->second.c_str();
  };
  CHECK(editor_from_env(get).args == std::vector<std::string>{"vi"});
  env["EDITOR"] = "nano";
  CHECK(editor_from_env(get).args == std::vector<std::string>{"nano"});
  env["KUBE_EDITOR"] = "code --wait";
  EditorCommand split = editor_from_env(get);
  CHECK(split.args == std::vector<std::string>{"code", "--wait"});
  CHECK_FALSE(split.shell);
  CHECK(split.argv_for("/tmp/f.yaml").back() == "/tmp/f.yaml");
  env["KUBE_EDITOR"] = "emacs -nw '--eval=(x)'";
  env["SHELL"] = "/bin/zsh";
  EditorCommand shell = editor_from_env(get);
  CHECK(shell.shell);
  CHECK(shell.args == std::vector<std::string>{"/bin/zsh", "-c", "emacs -nw '--eval=(x)'"});
  CHECK(shell.argv_for("/tmp/a b.yaml").back() == "emacs -nw '--eval=(x)' \"/tmp/a b.yaml\"");
  CHECK(shell.display() == "/bin/zsh -c emacs -nw '--eval=(x)'");
}
