#include "client/printers/table_colors.h"

#include <array>

namespace kctl::printers {
namespace {

constexpr std::string_view kGreen = "\x1b[32m";
constexpr std::string_view kYellow = "\x1b[33m";
constexpr std::string_view kRed = "\x1b[31m";

// Words that kubectl's STATUS-like columns print (pods, nodes, namespaces,
// volumes, jobs), by what they mean to the reader.
constexpr std::array kGood = {"Running", "Active", "Ready", "Bound", "Available", "Succeeded", "Completed",
                              "Complete", "True"};
constexpr std::array kWaiting = {"Pending", "ContainerCreating", "PodInitializing", "Terminating", "Unknown",
                                 "SchedulingDisabled", "Released", "NotReady,SchedulingDisabled"};
constexpr std::array kBad = {"Failed", "Error", "CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull",
                             "Evicted", "OOMKilled", "NotReady", "Lost", "False", "InvalidImageName",
                             "CreateContainerConfigError", "RunContainerError", "ContainerStatusUnknown"};

template <class Words>
bool among(const Words& words, std::string_view cell) {
  for (std::string_view w : words)
    if (w == cell) return true;
  return false;
}

bool status_column(std::string_view name) { return name == "STATUS" || name == "PHASE" || name == "READY"; }

}  // namespace

bool parse_color_mode(std::string_view text, ColorMode& mode) {
  if (text == "auto") mode = ColorMode::Auto;
  else if (text == "always") mode = ColorMode::Always;
  else if (text == "never") mode = ColorMode::Never;
  else return false;
  return true;
}

bool use_color(ColorMode mode, bool stdout_is_terminal, const char* no_color_env, const char* term_env) {
  switch (mode) {
    case ColorMode::Always: return true;
    case ColorMode::Never: return false;
    case ColorMode::Auto: break;
  }
  if (!stdout_is_terminal) return false;
  if (no_color_env != nullptr && *no_color_env != '\0') return false;
  return term_env == nullptr || std::string_view(term_env) != "dumb";
}

std::string_view TableColorizer::cell_style(std::size_t column, std::string_view cell) const {
  if (column >= header_.size()) return {};
  const std::string& name = header_[column];
  if (name == "RESTARTS") return !cell.empty() && cell[0] != '0' ? kYellow : std::string_view();
  if (name == "READY" && !cell.empty()) {
    // "1/2": ready containers out of all
    auto slash = cell.find('/');
    if (slash != std::string_view::npos) return cell.substr(0, slash) == cell.substr(slash + 1) ? kGreen : kYellow;
  }
  if (!status_column(name)) return {};
  if (among(kGood, cell)) return kGreen;
  if (among(kWaiting, cell)) return kYellow;
  if (among(kBad, cell) || cell.rfind("Init:Error", 0) == 0 || cell.rfind("Init:CrashLoop", 0) == 0) return kRed;
  return {};
}

}  // namespace kctl::printers
