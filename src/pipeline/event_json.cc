#include "pipeline/event_json.h"

#include <fmt/format.h>

#include <algorithm>

namespace dyad {
namespace {

nlohmann::json Actor(const std::optional<ActorRef>& a) {
  if (!a) return nullptr;
  return {{"code", a->code}, {"text", a->text}, {"start", a->span.start}, {"end", a->span.end}};
}

std::string Clean(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

}  // namespace

nlohmann::json EventToJson(const Document& doc, const Event& e) {
  nlohmann::json j;
  j["doc_id"] = e.doc_id;
  j["sentence_index"] = e.sentence_index;
  if (e.sentence_index >= 0 && e.sentence_index < static_cast<int>(doc.sentences.size()))
    j["sentence"] = std::string(doc.SentenceText(doc.sentences[e.sentence_index]));
  else
    j["sentence"] = nullptr;
  j["date"] = e.date ? nlohmann::json(e.date->ToString()) : nlohmann::json(nullptr);
  j["source"] = Actor(e.source);
  j["target"] = Actor(e.target);
  j["code"] = e.code;
  j["root"] = e.root;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = {{"event", e.plover_event}, {"mode", e.plover_mode}};
  j["verb"] = {{"text", e.verb_text}, {"start", e.verb.start}, {"end", e.verb.end}};
  j["pattern"] = e.pattern;
  std::optional<Date> d = e.event_date ? e.event_date : e.date;
  j["event_date"] = d ? nlohmann::json(d->ToString()) : nlohmann::json(nullptr);
  j["date_precision"] = d ? nlohmann::json(DatePrecisionName(d->precision)) : nlohmann::json(nullptr);
  j["date_source"] = DateSourceName(e.date_source);
  if (!e.date_span.empty()) {
    j["date_text"] = std::string(doc.Slice(e.date_span.start, e.date_span.end));
    j["date_start"] = e.date_span.start;
    j["date_end"] = e.date_span.end;
  }
  if (e.place)
    j["place"] = {{"name", e.place->name},       {"lat", e.place->lat},       {"lon", e.place->lon},
                  {"country", e.place->country}, {"admin1", e.place->admin1}, {"start", e.place->span.start},
                  {"end", e.place->span.end}};
  else
    j["place"] = nullptr;
  nlohmann::json counts = nlohmann::json::array();
  for (const Count& c : e.counts)
    counts.push_back({{"value", c.value}, {"unit", c.unit}, {"qualifier", c.qualifier}, {"start", c.span.start},
                      {"end", c.span.end}});
  j["counts"] = counts;
  j["fatalities"] = e.fatalities ? nlohmann::json(*e.fatalities) : nlohmann::json(nullptr);
  j["injuries"] = e.injuries ? nlohmann::json(*e.injuries) : nlohmann::json(nullptr);
  j["mentions"] = e.mentions;
  return j;
}

std::string EventToJsonLine(const Document& doc, const Event& e) {
  return EventToJson(doc, e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string EventTsvHeader() {
  return "doc_id\tdate\tsource\tsource_root\tsource_agent\ttarget\ttarget_root\ttarget_agent\tcode\troot\t"
         "quad_class\tgoldstein\tplace\tlat\tlon\tsentence_index\tverb\tpattern";
}

std::string EventToTsv(const Document& doc, const Event& e) {
  std::optional<Date> d = e.event_date ? e.event_date : e.date;
  std::string ymd = d ? d->ToString() : "";
  ymd.erase(std::remove(ymd.begin(), ymd.end(), '-'), ymd.end());
  auto root = [](const std::optional<ActorRef>& a) { return a && a->code.size() >= 3 ? a->code.substr(0, 3) : ""; };
  auto agent = [](const std::optional<ActorRef>& a) { return a && a->code.size() >= 6 ? a->code.substr(3, 3) : ""; };
  (void)doc;
  return fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}", Clean(e.doc_id), ymd,
                     e.source ? e.source->code : "", root(e.source), agent(e.source), e.target ? e.target->code : "",
                     root(e.target), agent(e.target), e.code, e.root, e.quad_class, e.goldstein,
                     e.place ? Clean(e.place->name) : "", e.place ? fmt::format("{:.4f}", e.place->lat) : "",
                     e.place ? fmt::format("{:.4f}", e.place->lon) : "", e.sentence_index, Clean(e.verb_text),
                     Clean(e.pattern));
}

}  // namespace dyad
