// Fuzzes DocumentFromJson, the reader of the document JSON that `dyad prep`
// writes (ingest_fuzz only reaches the writer). Any JSON text: a refused
// document must give a Status naming the input; an accepted one must keep
// every span inside its text, and writing it back (DocumentToJsonLine) and
// reading that again must reach a fixed point.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "ingest/document_json.h"

namespace {

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "document_json_fuzz: invariant broken: %s\n", what);
    std::abort();
  }
}

void CheckSpans(const dyad::Document& d) {
  const size_t n = d.text.size();
  for (const auto& p : d.paragraphs) Check(p.start <= p.end && p.end <= n, "paragraph span outside the text");
  for (const auto& s : d.sentences) {
    Check(s.start <= s.end && s.end <= n, "sentence span outside the text");
    for (const auto& t : s.tokens) Check(t.start <= t.end && t.end <= n, "token span outside the text");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return 0;
  auto d = dyad::DocumentFromJson(j, "fuzz.json");
  if (!d.ok()) {
    Check(d.status().message().rfind("fuzz.json", 0) == 0, "error message does not start with the input's name");
    return 0;
  }
  CheckSpans(*d);
  (void)dyad::DocumentToText(*d);
  const std::string line = dyad::DocumentToJsonLine(*d);
  // Spans may cut a UTF-8 sequence (DocumentFromJson accepts that), so the
  // tree is dumped with invalid bytes replaced, as DocumentToJsonLine does; a
  // plain dump() throws json::type_error 316 on such a document (reported).
  Check(line == dyad::DocumentToJson(*d).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
        "DocumentToJsonLine differs from DocumentToJson().dump()");
  nlohmann::json j2 = nlohmann::json::parse(line, nullptr, false);
  Check(!j2.is_discarded(), "DocumentToJsonLine wrote invalid JSON");
  auto d2 = dyad::DocumentFromJson(j2, "again.json");
  if (!d2.ok()) {
    std::fprintf(stderr, "%s\n%s\n", d2.status().ToString().c_str(), line.c_str());
    Check(false, "a written document does not read back");
  }
  CheckSpans(*d2);
  Check(dyad::DocumentToJsonLine(*d2) == line, "write -> read -> write is not a fixed point");
  return 0;
}
