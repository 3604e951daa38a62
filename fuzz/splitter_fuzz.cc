// Arbitrary bytes -> tokenizer + splitter. The first input byte picks the
// mode: raw bytes (possibly invalid UTF-8) or the bytes with invalid
// sequences replaced by U+FFFD (what ingest hands over). Checks that every
// sentence and token is in bounds, non-empty, sorted and non-overlapping,
// that tokens lie inside their sentence, and (for valid UTF-8) that every
// offset sits on a code point boundary.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "text/char_class.h"
#include "text/sentence_splitter.h"
#include "default_splitter.h"

namespace {

std::string RepairUtf8(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    auto cp = dyad::text::DecodeAt(s, i);
    if (cp.cp == 0xFFFD && cp.len == 1 && !(s.substr(i, 3) == "\xEF\xBF\xBD"))
      r += "\xEF\xBF\xBD";
    else
      r.append(s.substr(i, cp.len));
    i += cp.len;
  }
  return r;
}

bool OnBoundary(const std::string& s, uint32_t off) {
  return off == s.size() || (static_cast<unsigned char>(s[off]) & 0xC0) != 0x80;
}

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const dyad::SentenceSplitter& splitter = dyad_fuzz::DefaultSplitter();
  bool repair = data[0] & 1;
  bool paragraphs = data[0] & 2;
  std::string_view raw(reinterpret_cast<const char*>(data + 1), size - 1);
  dyad::Document doc;
  doc.text = repair ? RepairUtf8(raw) : std::string(raw);
  if (paragraphs) {  // paragraphs at line breaks, as ingest might give
    for (size_t i = 0; i < doc.text.size();) {
      size_t j = doc.text.find('\n', i);
      if (j == std::string::npos) j = doc.text.size();
      doc.paragraphs.push_back({dyad::Role::kBody, uint32_t(i), uint32_t(j), -1});
      i = j + 1;
    }
  }
  splitter.Split(&doc);
  uint32_t last = 0;
  for (const auto& s : doc.sentences) {
    Check(s.start < s.end && s.end <= doc.text.size() && s.start >= last);
    Check(!s.tokens.empty());
    Check(s.tokens.front().start == s.start && s.tokens.back().end == s.end);
    if (repair) Check(OnBoundary(doc.text, s.start) && OnBoundary(doc.text, s.end));
    for (const auto& t : s.tokens) {
      Check(t.start < t.end && t.start >= last && t.end <= s.end);
      if (repair) Check(OnBoundary(doc.text, t.start) && OnBoundary(doc.text, t.end));
      Check(!t.form.empty());
      last = t.end;
    }
  }
  return 0;
}
