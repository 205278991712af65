// Writes kctl's man pages (roff) from its command tree, so that each page
// lists exactly the flags `kctl VERB --help` shows: one page per command,
// named as Debian names kubectl's (kctl-config-view.1).
//
//   kctl-man --list                  the page names, one per line
//   kctl-man OUTDIR DATE PAGE...     writes OUTDIR/PAGE.1 for each; fails
//                                    when PAGE... is not the whole list
#include <CLI/CLI.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>

#include "cmd/help_format.h"
#include "cmd/root.h"
#include "kctl_build_info.h"

namespace {

using kctl::cmd::command_path;
using kctl::cmd::GlobalFlags;
using kctl::cmd::HelpText;
using kctl::cmd::visible_subcommands;

std::string page_name(const CLI::App& app) {
  std::string name = command_path(app);
  std::replace(name.begin(), name.end(), ' ', '-');
  return name;
}

void collect(const CLI::App& app, std::vector<const CLI::App*>& out) {
  out.push_back(&app);
  for (const CLI::App* sub : visible_subcommands(app)) collect(*sub, out);
}

// Text as roff reads it: backslashes escaped, dashes as minus signs, and
// no line starting with a control character.
std::string roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
    line_start = c == '\n';
  }
  return out;
}

// "\fB\-o\fR, \fB\-\-output\fR \fITEXT\fR" for an option's .TP line.
std::string option_tag(const CLI::Option& opt) {
  std::string tag;
  for (const std::string& s : opt.get_snames()) tag += (tag.empty() ? "" : ", ") + ("\\fB\\-" + roff(s) + "\\fR");
  for (const std::string& l : opt.get_lnames())
    tag += (tag.empty() ? "" : ", ") + ("\\fB\\-\\-" + roff(l) + "\\fR");
  if (opt.get_expected_max() != 0) tag += " \\fI" + roff(opt.get_type_name()) + "\\fR";
  return tag;
}

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool blank(const std::string& line) { return line.find_first_not_of(' ') == std::string::npos; }

std::size_t indent(const std::string& line) { return line.find_first_not_of(' '); }

// kubectl's long text (its markdown as kubectl renders it): paragraphs
// between blank lines; "  *  item" and "  1.  item" lists; other indented
// blocks (commands, URLs) kept as they are.
void write_long_text(std::ostream& out, std::string_view text) {
  static const std::regex item(R"(^ +(\*|[0-9]+\.) +(.*)$)");
  const std::vector<std::string> lines = lines_of(text);
  bool first = true;
  for (std::size_t i = 0; i < lines.size();) {
    if (blank(lines[i])) {
      ++i;
      continue;
    }
    std::vector<std::string> block;
    for (; i < lines.size() && !blank(lines[i]); ++i) block.push_back(lines[i]);
    std::smatch m;
    if (indent(block[0]) >= 2 && std::regex_match(block[0], m, item)) {
      for (const std::string& l : block)
        if (std::regex_match(l, m, item)) out << ".IP \"" << roff(m[1].str()) << "\" 4\n" << roff(m[2].str()) << '\n';
        else out << roff(l.substr(indent(l))) << '\n';
    } else if (indent(block[0]) >= 2) {
      out << ".PP\n.RS 4\n.nf\n";
      for (const std::string& l : block) out << roff(l.substr(std::min(indent(l), indent(block[0])))) << '\n';
      out << ".fi\n.RE\n";
    } else {
      if (!first) out << ".PP\n";
      for (const std::string& l : block) out << roff(l.substr(indent(l))) << '\n';
    }
    first = false;
  }
}

// kubectl's examples as they are, blank lines included.
void write_examples(std::ostream& out, std::string_view examples) {
  out << ".SH EXAMPLES\n.nf\n" << roff(examples) << "\n.fi\n";
}

void write_synopsis(std::ostream& out, const CLI::App& app, const HelpText* text) {
  const std::string path = command_path(app);
  out << ".SH SYNOPSIS\n.B " << roff(path) << '\n';
  if (text != nullptr && text->usage.starts_with(path + " ")) {
    // Not hyphenated (its words are flags and names), but may break after
    // each "|" of its long lists of choices and each "/" or ":" in a value.
    std::string usage = roff(text->usage.substr(path.size() + 1));
    for (std::size_t at = 0; (at = usage.find_first_of("|/:", at)) != std::string::npos; at += 3)
      usage.insert(at + 1, "\\:");
    out << ".nh\n" << usage << "\n.hy\n";
    return;
  }
  out << "[\\fIOPTIONS\\fR]";
  for (const CLI::Option* p : app.get_options([](const CLI::Option* o) { return !o->nonpositional(); }))
    out << " [\\fI" << roff(p->get_name()) << "\\fR" << (p->get_expected_max() > 1 ? "...]" : "]");
  if (!visible_subcommands(app).empty()) out << " \\fICOMMAND\\fR";
  out << '\n';
}

void write_options(std::ostream& out, const CLI::App& app) {
  for (const CLI::Option* opt : kctl::cmd::listed_flags(app)) {
    out << ".TP\n" << option_tag(*opt) << '\n';
    std::string text = opt->get_description();
    if (const std::string def = opt->get_default_str(); !def.empty()) text += " (default " + def + ")";
    out << roff(text) << '\n';
  }
}

void write_page(std::ostream& out, const CLI::App& app, const std::string& date) {
  const bool root = app.get_parent() == nullptr;
  const HelpText* text = kctl::cmd::kubectl_help_text(app);
  std::string upper = page_name(app);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  out << ".TH \"" << roff(upper) << "\" \"1\" \"" << date << "\" \"kctl " KCTL_VERSION "\" \"kctl Manual\"\n";
  // Left-aligned: kubectl's usage lines hold long words that a justified
  // line cannot take without warnings.
  out << ".ad l\n";
  out << ".SH NAME\n" << roff(page_name(app)) << " \\- " << roff(app.get_description()) << '\n';
  write_synopsis(out, app, text);
  out << ".SH DESCRIPTION\n";
  if (text != nullptr) write_long_text(out, text->long_text);
  else out << roff(app.get_description()) << '\n';
  if (root)
    out << ".PP\nkctl takes kubectl's commands, flags and output. Each command has its own page, "
           "named after its words: \\fBkctl\\-get\\fR(1), \\fBkctl\\-config\\-view\\fR(1).\n";
  if (auto subs = visible_subcommands(app); !subs.empty()) {
    out << ".SH COMMANDS\n";
    for (const CLI::App* sub : subs)
      out << ".TP\n\\fB" << roff(sub->get_name()) << "\\fR\n" << roff(sub->get_description()) << '\n';
  }
  if (text != nullptr && !text->examples.empty()) write_examples(out, text->examples);
  out << ".SH OPTIONS\n";
  write_options(out, app);
  if (!root)
    out << (kctl::cmd::listed_flags(app).empty() ? "" : ".PP\n")
        << "The global options of \\fBkctl\\fR(1) apply as well.\n";
  out << ".SH SEE ALSO\n";
  std::vector<std::string> see;
  if (const CLI::App* parent = app.get_parent()) see.push_back(page_name(*parent));
  for (const CLI::App* sub : visible_subcommands(app)) see.push_back(page_name(*sub));
  if (see.empty()) see.push_back("kctl");
  for (std::size_t i = 0; i < see.size(); ++i)
    out << "\\fB" << roff(see[i]) << "\\fR(1)" << (i + 1 < see.size() ? ",\n" : "\n");
}

}  // namespace

int main(int argc, char** argv) {
  kctl::cmd::IOStreams io{std::cin, std::cout, std::cerr, false, false, false};
  GlobalFlags flags;
  kctl::cmd::Factory factory(flags, io, [](const char*) { return std::optional<std::string>(); });
  kctl::cmd::VerbContext ctx{factory, {}, "kctl", std::nullopt};
  CLI::App app("kctl controls the Kubernetes cluster manager.", "kctl");
  kctl::cmd::build_command_tree(app, flags, ctx);
  std::vector<const CLI::App*> pages;
  collect(app, pages);

  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 1 && args[0] == "--list") {
    for (const CLI::App* p : pages) std::cout << page_name(*p) << '\n';
    return 0;
  }
  if (args.size() < 2) {
    std::cerr << "usage: kctl-man --list | kctl-man OUTDIR DATE PAGE...\n";
    return 2;
  }
  std::set<std::string> wanted(args.begin() + 2, args.end()), have;
  for (const CLI::App* p : pages) have.insert(page_name(*p));
  if (wanted != have) {
    std::cerr << "kctl-man: the pages asked for are not kctl's commands; update man/pages.txt from kctl-man --list\n";
    for (const std::string& w : wanted)
      if (!have.count(w)) std::cerr << "  no such command: " << w << '\n';
    for (const std::string& h : have)
      if (!wanted.count(h)) std::cerr << "  missing page: " << h << '\n';
    return 1;
  }
  for (const CLI::App* p : pages) {
    const std::string file = args[0] + "/" + page_name(*p) + ".1";
    std::ofstream out(file);
    write_page(out, *p, args[1]);
    if (!out) {
      std::cerr << "kctl-man: cannot write " << file << '\n';
      return 1;
    }
  }
  return 0;
}
