#include "store/summary_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "dict/cameo.h"

namespace dyad {

Result<std::string> SummaryReport(const EventStore& store, const EventFilter& filter, const SummaryOptions& options) {
  std::string out;
  auto sum = store.Summary();
  if (!sum.ok()) return sum.status();
  out += fmt::format("{} documents, {} distinct events, {} mentions\n", sum->documents, sum->events, sum->mentions);

  auto roots = store.RootCounts(filter);
  if (!roots.ok()) return roots.status();
  const dict::CameoTable* cameo = dict::CameoTable::Default();
  int64_t max_root = 1;
  for (auto& [r, c] : *roots) max_root = std::max(max_root, c);
  out += "\nEvents by CAMEO root code\n";
  for (auto& [r, c] : *roots) {
    const dict::CameoCode* cc = cameo ? cameo->Find(r) : nullptr;
    std::string name = cc ? cc->name : "";
    int bar = static_cast<int>(30 * c / max_root);
    out += fmt::format("  {}  {:<34} {:>5}  {}\n", r, name.substr(0, 34), c, std::string(std::max(1, bar), '#'));
  }

  auto dyads = store.TopDyads(filter, options.top_dyads);
  if (!dyads.ok()) return dyads.status();
  out += "\nTop dyads (source -> target)\n";
  for (auto& [d, c] : *dyads) out += fmt::format("  {:<28} {:>5}\n", d, c);

  auto days = store.Stats(filter, Period::kDay, false);
  if (!days.ok()) return days.status();
  out += "\nTimeline (events per day, Goldstein mean)\n";
  size_t from = days->size() > static_cast<size_t>(options.timeline_days) ? days->size() - options.timeline_days : 0;
  int64_t max_day = 1;
  for (size_t i = from; i < days->size(); ++i) max_day = std::max(max_day, (*days)[i].events);
  for (size_t i = from; i < days->size(); ++i) {
    const auto& r = (*days)[i];
    int bar = static_cast<int>(30 * r.events / max_day);
    out += fmt::format("  {}  {:>4}  {:>6.2f}  {}\n", r.period, r.events, r.goldstein_mean,
                       std::string(std::max(1, bar), '*'));
  }

  auto events = store.Query(filter);
  if (!events.ok()) return events.status();
  // Examples: the most-mentioned events of different root codes.
  std::vector<StoredEvent> pool = *events;
  std::stable_sort(pool.begin(), pool.end(), [](const StoredEvent& a, const StoredEvent& b) {
    bool ad = !a.source.empty() && !a.target.empty(), bd = !b.source.empty() && !b.target.empty();
    if (ad != bd) return ad;
    return a.mentions > b.mentions;
  });
  out += "\nExample events and the words they came from\n";
  std::vector<std::string> used_roots;
  int shown = 0;
  for (const auto& e : pool) {
    if (shown >= options.examples) break;
    if (std::find(used_roots.begin(), used_roots.end(), e.root) != used_roots.end()) continue;
    used_roots.push_back(e.root);
    const dict::CameoCode* cc = cameo ? cameo->Find(e.code) : nullptr;
    out += fmt::format("  {} {} -[{} {}]-> {}  ({}, {} mention{})\n", e.event_date.substr(0, 10),
                       e.source.empty() ? "-" : e.source, e.code, cc ? cc->name : "",
                       e.target.empty() ? "-" : e.target, e.doc_id, e.mentions, e.mentions == 1 ? "" : "s");
    out += fmt::format("    \"{}\"\n", e.sentence);
    out += fmt::format("    source: \"{}\"  verb: \"{}\"  target: \"{}\"\n", e.source_text, e.verb_text, e.target_text);
    ++shown;
  }
  return out;
}

}  // namespace dyad
