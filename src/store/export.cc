#include "store/export.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out += c;
  }
  return out + "\"";
}

std::string TsvField(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string Opt(const std::optional<double>& v) { return v ? fmt::format("{:.5f}", *v) : ""; }
std::string Opt(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : ""; }

nlohmann::json ToJson(const StoredEvent& e) {
  nlohmann::json j;
  j["id"] = e.id;
  j["event_date"] = e.event_date;
  j["date_precision"] = e.date_precision;
  j["source"] = e.source.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.source);
  j["target"] = e.target.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.target);
  j["code"] = e.code;
  j["root"] = e.root;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = {{"event", e.plover_event}, {"mode", e.plover_mode}};
  if (e.lat && e.lon)
    j["place"] = {{"name", e.place_name}, {"lat", *e.lat}, {"lon", *e.lon}, {"country", e.country}, {"admin1", e.admin1}};
  else
    j["place"] = nullptr;
  j["fatalities"] = e.fatalities ? nlohmann::json(*e.fatalities) : nlohmann::json(nullptr);
  j["injuries"] = e.injuries ? nlohmann::json(*e.injuries) : nlohmann::json(nullptr);
  j["mentions"] = e.mentions;
  j["doc_id"] = e.doc_id;
  j["sentence"] = e.sentence;
  j["source_text"] = e.source_text;
  j["target_text"] = e.target_text;
  j["verb"] = e.verb_text;
  j["pattern"] = e.pattern;
  return j;
}

// PLOVER's JSON record layout (event, mode, actors, location, text).
nlohmann::json ToPlover(const StoredEvent& e) {
  nlohmann::json j;
  j["id"] = fmt::format("dyad-{}", e.id);
  j["date"] = e.event_date.substr(0, e.date_precision == "year" ? 4 : e.date_precision == "month" ? 7 : 10);
  j["event"] = e.plover_event;
  j["mode"] = e.plover_mode;
  j["context"] = nlohmann::json::array();
  j["actor"] = e.source_text;
  j["actor_code"] = e.source;
  j["recipient"] = e.target_text;
  j["recipient_code"] = e.target;
  j["cameo"] = e.code;
  j["goldstein"] = e.goldstein;
  j["quad_class"] = e.quad_class;
  if (e.lat && e.lon)
    j["location"] = {{"name", e.place_name}, {"lat", *e.lat}, {"lon", *e.lon}, {"country", e.country}, {"admin1", e.admin1}};
  else
    j["location"] = nullptr;
  j["fatalities"] = e.fatalities ? nlohmann::json(*e.fatalities) : nlohmann::json(nullptr);
  j["mentions"] = e.mentions;
  j["source_doc"] = e.doc_id;
  j["text"] = e.sentence;
  return j;
}

}  // namespace

Result<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "jsonl" || name == "json") return ExportFormat::kJsonl;
  if (name == "plover") return ExportFormat::kPlover;
  if (name == "phoenix" || name == "tsv") return ExportFormat::kPhoenix;
  if (name == "table") return ExportFormat::kTable;
  return InvalidArgument(fmt::format("unknown format '{}' (csv, jsonl, plover, phoenix, table)", std::string(name)));
}

void WriteEvents(const std::vector<StoredEvent>& events, ExportFormat format, std::ostream& out) {
  switch (format) {
    case ExportFormat::kCsv:
      out << "id,event_date,date_precision,source,target,code,root,quad_class,goldstein,plover_event,"
             "plover_mode,place,lat,lon,country,admin1,fatalities,injuries,mentions,doc_id,sentence\n";
      for (const auto& e : events)
        out << fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", e.id, e.event_date,
                           e.date_precision, CsvField(e.source), CsvField(e.target), e.code, e.root, e.quad_class,
                           e.goldstein, CsvField(e.plover_event), CsvField(e.plover_mode), CsvField(e.place_name),
                           Opt(e.lat), Opt(e.lon), e.country, CsvField(e.admin1), Opt(e.fatalities),
                           Opt(e.injuries), e.mentions, CsvField(e.doc_id), CsvField(e.sentence));
      break;
    case ExportFormat::kJsonl:
      for (const auto& e : events) out << ToJson(e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      break;
    case ExportFormat::kPlover:
      for (const auto& e : events) out << ToPlover(e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      break;
    case ExportFormat::kPhoenix:
      // Phoenix-style columns: id, date (YYYYMMDD), year, month, day, source,
      // source root/agent, target, target root/agent, code, root, quad class,
      // Goldstein, place, lat, lon, doc id, mentions.
      for (const auto& e : events) {
        std::string ymd = e.event_date.substr(0, 4) + e.event_date.substr(5, 2) + e.event_date.substr(8, 2);
        auto root = [](const std::string& c) { return c.substr(0, std::min<size_t>(3, c.size())); };
        auto agent = [](const std::string& c) { return c.size() >= 6 ? c.substr(3, 3) : std::string(); };
        out << fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", e.id, ymd,
                           e.event_date.substr(0, 4), e.event_date.substr(5, 2), e.event_date.substr(8, 2), e.source,
                           root(e.source), agent(e.source), e.target, root(e.target), agent(e.target), e.code,
                           e.root, e.quad_class, e.goldstein, TsvField(e.place_name), Opt(e.lat), Opt(e.lon),
                           TsvField(e.doc_id) + "\t" + std::to_string(e.mentions));
      }
      break;
    case ExportFormat::kTable: {
      out << fmt::format("{:<10} {:<12} {:<12} {:<5} {:>6} {:<16} {:>3}  {}\n", "date", "source", "target", "code",
                         "gold", "place", "men", "sentence");
      for (const auto& e : events) {
        std::string sent = e.sentence.size() > 70 ? e.sentence.substr(0, 67) + "..." : e.sentence;
        for (char& c : sent)
          if (c == '\n') c = ' ';
        out << fmt::format("{:<10} {:<12} {:<12} {:<5} {:>6.1f} {:<16} {:>3}  {}\n",
                           e.event_date.substr(0, e.date_precision == "year" ? 4 : e.date_precision == "month" ? 7 : 10),
                           e.source.empty() ? "-" : e.source, e.target.empty() ? "-" : e.target, e.code, e.goldstein,
                           e.place_name.substr(0, 16), e.mentions, sent);
      }
      break;
    }
  }
}

}  // namespace dyad
