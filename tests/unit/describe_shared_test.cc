// The pieces every describer shares: Go's tabwriter layout, HumanDuration,
// resource.Quantity's canonical form, smart labels, %v of floats, label
// selectors and the Events table.
#include <doctest/doctest.h>

#include "client/describe/events.h"
#include "client/describe/go_sort.h"
#include "client/describe/go_time.h"
#include "client/describe/go_value.h"
#include "client/describe/meta_text.h"
#include "client/describe/quantity.h"
#include "client/describe/smart_label.h"
#include "client/describe/tab_writer.h"

using namespace kctl::describe;
using std::chrono::seconds;

TEST_CASE("describe: the tab writer aligns blocks of consecutive lines, as Go's text/tabwriter") {
  TabWriter w;
  w.write("Name:\tweb\nNamespace:\tdefault\nData\n====\nkey1:\t1 bytes\nlonger-key:\t2 bytes\n");
  CHECK(w.take() == "Name:       web\nNamespace:  default\nData\n====\nkey1:        1 bytes\nlonger-key:  2 bytes\n");
  TabWriter empty_cells;
  empty_cells.write("  a\tb\t\tc\n  long\tx\t\ty\n");
  CHECK(empty_cells.take() == "  a     b    c\n  long  x    y\n");
  TabWriter runes;
  runes.write("é:\t1\nab:\t2\n");  // widths count runes, not bytes
  CHECK(runes.take() == "é:   1\nab:  2\n");
}

TEST_CASE("describe: HumanDuration") {
  CHECK(human_duration(seconds(-5)) == "<invalid>");
  CHECK(human_duration(seconds(-1)) == "0s");
  CHECK(human_duration(seconds(119)) == "119s");
  CHECK(human_duration(seconds(302)) == "5m2s");
  CHECK(human_duration(seconds(600)) == "10m");
  CHECK(human_duration(seconds(3 * 3600 + 60)) == "3h1m");
  CHECK(human_duration(seconds(47 * 3600)) == "47h");
  CHECK(human_duration(seconds(3 * 86400 + 3600)) == "3d1h");
  CHECK(human_duration(seconds(400LL * 86400)) == "400d");
  CHECK(human_duration(seconds(800LL * 86400)) == "2y70d");
  CHECK(human_duration(seconds(3000LL * 86400)) == "8y");
}

TEST_CASE("describe: quantities print in canonical form") {
  auto q = [](const char* s) { return Quantity::parse(s)->string(); };
  CHECK(q("100m") == "100m");
  CHECK(q("1.5") == "1500m");
  CHECK(q("2000") == "2k");
  CHECK(q("0.1") == "100m");
  CHECK(q("1024Mi") == "1Gi");
  CHECK(q("1536Mi") == "1536Mi");
  CHECK(q("512") == "512");
  CHECK(q("1e3") == "1e3");
  CHECK(q("0") == "0");
  Quantity sum = *Quantity::parse("64Mi");
  sum.add(*Quantity::parse("100Mi"));
  CHECK(sum.string() == "164Mi");
  CHECK(Quantity::parse("500m")->milli_value() == 500);
  CHECK(Quantity::parse("1.5")->value() == 2);
  CHECK_FALSE(Quantity::parse("abc"));
}

TEST_CASE("describe: smart labels split camel case like fatih/camelcase") {
  CHECK(smart_label("apiVersion") == "API Version");
  CHECK(smart_label("podIPs") == "Pod I Ps");
  CHECK(smart_label("HTTPServer") == "HTTP Server");
  CHECK(smart_label("camelCaseURLs") == "Camel Case UR Ls");
  CHECK(smart_label("some-dash-key") == "Some - Dash - Key");
  CHECK(smart_label("key1") == "key1");
  CHECK(smart_label("x_y") == "x_y");
  CHECK(smart_label("uid") == "UID");
}

TEST_CASE("describe: %v of JSON values") {
  CHECK(go_float(1.5) == "1.5");
  CHECK(go_float(1.0) == "1");
  CHECK(go_float(0.000001) == "1e-06");
  CHECK(go_float(1234567.5) == "1.2345675e+06");
  CHECK(go_float(123456.0) == "123456");
  CHECK(go_float(-0.5) == "-0.5");
  CHECK(go_value(json::parse(R"([[1,2],[{"a":1}],"s",null,true])")) == "[[1 2] [map[a:1]] s <nil> true]");
}

TEST_CASE("describe: label selectors as labels.Selector.String()") {
  json sel = json::parse(R"({"matchLabels":{"b":"2","a":"1"},
    "matchExpressions":[{"key":"env","operator":"In","values":["prod","dev"]},{"key":"x","operator":"DoesNotExist"}]})");
  CHECK(selector_string(sel) == "a=1,b=2,env in (dev,prod),!x");
  CHECK(format_label_selector(json::object()) == "<none>");
  CHECK(format_label_selector(json()) == "<none>");
}

TEST_CASE("describe: the event query and the Events table") {
  EventQuery q{"web", "ns1", "Service", "u-1"};
  CHECK(q.path() == "/api/v1/namespaces/ns1/events");
  CHECK(q.field_selector() == "involvedObject.name=web,involvedObject.namespace=ns1,involvedObject.kind=Service,"
                              "involvedObject.uid=u-1");
  CHECK(EventQuery{"n1", "", "Node", "n1"}.path() == "/api/v1/events");

  auto now = Clock::time_point(seconds(1'800'000'000));
  PrefixWriter none;
  describe_events(none, json::array(), now);
  CHECK(none.take() == "Events:  <none>\n");
  json events = json::parse(R"([
    {"type":"Warning","reason":"BackOff","message":"Back-off  ","count":7,"source":{"component":"kubelet"},
     "firstTimestamp":"2027-01-15T07:50:00Z","lastTimestamp":"2027-01-15T07:58:30Z"},
    {"type":"Normal","reason":"Scheduled","message":"ok","count":1,"source":{"component":"default-scheduler"},
     "firstTimestamp":"2027-01-15T06:00:00Z","lastTimestamp":"2027-01-15T06:00:00Z"}])");
  PrefixWriter table;
  describe_events(table, events, now);
  CHECK(table.take() ==
        "Events:\n"
        "  Type     Reason     Age                From               Message\n"
        "  ----     ------     ----               ----               -------\n"
        "  Normal   Scheduled  120m               default-scheduler  ok\n"
        "  Warning  BackOff    90s (x7 over 10m)  kubelet            Back-off\n");
}

TEST_CASE("describe: go_sort leaves equal elements where Go's sort.Sort does") {
  // Keys and Go 1.19+'s resulting order of the original positions (from a
  // Go program sorting the same keys with sort.Sort).
  std::vector<int> keys{3, 8, 9, 7, 3, 7, 0, 7, 8, 4, 6, 1, 5, 6, 1, 2, 3, 9, 3, 0, 0, 0, 0, 3, 9, 9, 5, 4};
  std::vector<std::pair<int, int>> items;
  for (std::size_t i = 0; i < keys.size(); ++i) items.emplace_back(keys[i], static_cast<int>(i));
  go_sort(items, [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string order;
  for (const auto& it : items) {
    if (!order.empty()) order += ' ';
    order += std::to_string(it.second);
  }
  CHECK(order == "6 22 21 20 19 14 11 15 16 23 4 18 0 9 27 12 26 13 10 5 7 3 8 1 17 25 24 2");
}
