#include "cmd/cp_pod.h"

#include <nlohmann/json.hpp>

#include "cmd/exec_container.h"
#include "stream/exec_params.h"

namespace kctl::cmd {

Result<CpPod> CpPod::resolve(Factory& f, stream::ExecutorFactory executors, const std::string& ns,
                             const std::string& name, const std::string& container) {
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  auto url = (*rest)->request().ns(ns).resource("pods").name(name).url();
  if (!url) return url.take_error();
  client::HttpRequest get;
  get.url = *url;
  auto resp = (*rest)->send(std::move(get));
  if (!resp) return resp.take_error();
  const nlohmann::json pod = nlohmann::json::parse(resp->body, nullptr, false);
  if (!pod.is_object()) return make_error(ErrorKind::Internal, "cannot decode the pod from the server");
  const std::string phase = pod.value("status", nlohmann::json::object()).value("phase", "");
  if (phase == "Succeeded" || phase == "Failed")
    return make_error(ErrorKind::Internal, "cannot exec into a container in a completed pod; current phase is " + phase);
  CpPod p;
  p.f_ = &f;
  p.executors_ = std::move(executors);
  const nlohmann::json meta = pod.value("metadata", nlohmann::json::object());
  p.ns_ = meta.value("namespace", ns);
  p.name_ = meta.value("name", name);
  p.container_ = container;
  if (p.container_.empty()) {
    auto choice = default_container(pod, false);
    if (!choice) return choice.take_error();
    p.container_ = choice->name;
    p.notice_ = choice->notice;
  }
  return p;
}

Result<std::unique_ptr<stream::Executor>> CpPod::command(const std::vector<std::string>& argv, bool stdin,
                                                         std::ostream* notice) {
  auto rest = f_->rest_client();
  if (!rest) return rest.take_error();
  stream::ExecParams params;
  params.container = container_;
  params.command = argv;
  params.stdin = stdin;
  params.stdout = true;
  params.stderr = true;
  auto url = (*rest)->request().ns(ns_).resource("pods").name(name_).subresource("exec").url();
  if (!url) return url.take_error();
  if (notice != nullptr) *notice << notice_;
  f_->io().out.flush();
  f_->io().err.flush();
  return executors_(*url + "?" + stream::exec_query(params));
}

}  // namespace kctl::cmd
