// Fuzzes the readers, the cleaner and sentence splitting. The first byte picks
// the reader (text, JSON Lines, HTML); the rest is the input. Every span must
// lie inside Document::text and paragraphs must not overlap.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "ingest/document_json.h"
#include "ingest/drop_cap.h"
#include "ingest/reader.h"
#include "text/sentence_splitter.h"
#include "default_splitter.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckDocument(const dyad::Document& d) {
  const size_t n = d.text.size();
  uint32_t prev_end = 0;
  for (const auto& p : d.paragraphs) {
    Check(p.start <= p.end && p.end <= n);
    Check(p.start >= prev_end);  // in order, no overlap
    prev_end = p.end;
    Check(p.duplicate_of < static_cast<int>(d.paragraphs.size()));
  }
  for (const auto& s : d.sentences) {
    Check(s.start <= s.end && s.end <= n);
    Check(s.paragraph >= -1 && s.paragraph < static_cast<int>(d.paragraphs.size()));
    for (const auto& t : s.tokens) Check(t.start <= t.end && t.end <= n);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const dyad::Reader reader;
  dyad::Format f = data[0] % 3 == 0 ? dyad::Format::kText : data[0] % 3 == 1 ? dyad::Format::kJsonl : dyad::Format::kHtml;
  std::string input(reinterpret_cast<const char*>(data + 1), size - 1);
  reader.ReadBuffer(std::move(input), "fuzz", f, [](dyad::Document&& d) {
    CheckDocument(d);
    dyad_fuzz::DefaultSplitter().Split(&d);
    dyad::JoinDropCapTokens(&d);
    CheckDocument(d);
    std::string line = dyad::DocumentToJsonLine(d);
    Check(!line.empty());
  }, nullptr);
  return 0;
}
