// kubectl explain's description wrapping (pkg/explain/formatter.go).
#include <doctest/doctest.h>

#include "client/explain/text_wrap.h"

namespace kctl::explain {

using Lines = std::vector<std::string>;

TEST_CASE("words fill lines up to the width") {
  CHECK(wrap_text("a b c d", 3) == Lines{"a b", "c d"});
  CHECK(wrap_text("aaaa b", 3) == Lines{"aaaa", "b"});  // a long word gets a line of its own
  CHECK(wrap_text("  spaced \t out  ", 80) == Lines{"spaced out"});
  CHECK(wrap_text("", 80).empty());
  CHECK(wrap_text("one\ntwo", 80) == Lines{"one two"});
}

TEST_CASE("meaningful line breaks are kept") {
  // After a ':' and before list items.
  CHECK(wrap_text("Possible values:\n- a\n- b\n* c\n1. d\n2 e\nend", 80) ==
        Lines{"Possible values:", "- a", "- b", "* c", "1. d", "2 e end"});
  // "-x" and "1.x" are not list items.
  CHECK(wrap_text("a\n-x\n1.x", 80) == Lines{"a -x 1.x"});
  // Blank lines once a line has been completed, and code blocks as they are.
  CHECK(wrap_text("first\n- item\n\nsecond\n    code  block\nthird", 80) ==
        Lines{"first", "- item", "", "second", "    code  block", "third"});
  // A blank line while the first line is still being filled only ends it.
  CHECK(wrap_text("\nfirst\n\nsecond", 80) == Lines{"first", "second"});
  CHECK(wrap_text("first\nline:\n\nsecond", 80) == Lines{"first line:", "second"});
}

TEST_CASE("a word that wraps does not count as ending with a colon") {
  CHECK(wrap_text("aaa bb:\ncc", 4) == Lines{"aaa", "bb:", "cc"});
  CHECK(wrap_text("aaa b:\ncc", 80) == Lines{"aaa b:", "cc"});
}

TEST_CASE("Go's unicode spaces separate words") {
  CHECK(wrap_text("a\xC2\xA0" "b", 80) == Lines{"a b"});
  CHECK(wrap_text("a\xE2\x80\x83" "b", 80) == Lines{"a b"});
  CHECK(wrap_text("caf\xC3\xA9 x", 80) == Lines{"caf\xC3\xA9 x"});
}

}  // namespace kctl::explain
