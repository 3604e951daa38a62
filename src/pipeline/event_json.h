// The JSON form of an event (README "Event JSON"), and Phoenix-style TSV.
//
//   {"doc_id", "sentence_index", "sentence", "date",
//    "source": {"code", "text", "start", "end"} | null, "target": ... | null,
//    "code", "root", "quad_class", "goldstein", "plover": {"event", "mode"},
//    "verb": {"text", "start", "end"}, "pattern",
//    "event_date", "date_precision", "date_source", "date_text"?,
//    "place": {"name", "lat", "lon", "country", "admin1", "start", "end"} | null,
//    "counts": [{"value", "unit", "qualifier", "start", "end"}],
//    "fatalities", "injuries", "mentions"}
// Offsets are byte offsets into the document's text.
#ifndef DYAD_PIPELINE_EVENT_JSON_H_
#define DYAD_PIPELINE_EVENT_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "base/document.h"

namespace dyad {

nlohmann::json EventToJson(const Document& doc, const Event& e);
std::string EventToJsonLine(const Document& doc, const Event& e);
// Phoenix-style columns: doc_id, date (YYYYMMDD), source, source root,
// source agent, target, target root, target agent, code, root, quad class,
// goldstein, place, lat, lon, sentence index, verb, pattern.
std::string EventToTsv(const Document& doc, const Event& e);
std::string EventTsvHeader();

}  // namespace dyad

#endif  // DYAD_PIPELINE_EVENT_JSON_H_
