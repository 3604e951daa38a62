// Fuzzes the CoNLL-U reader (`dyad eval syntax FILE.conllu`, `dyad train
// syntax`): malformed columns, ids, multiword ranges, empty nodes, comments,
// huge numbers. Errors must come back as a Status naming the input; whatever
// is accepted must be consistent, survive FormatConllu -> ParseConllu
// unchanged, and rebuild into text with sane sentence spans.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/transition_system.h"

namespace {

// ParseConllu refuses a HEAD outside the sentence (0..n, or "_"): such a file
// once reached EvaluateRawText (`dyad eval syntax`), which indexed
// gold_to_system[] out of bounds.
constexpr bool kReaderChecksHeads = true;

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "conllu_fuzz: invariant broken: %s\n", what);
    std::abort();
  }
}

std::string Dash(const std::string& v) { return v.empty() ? std::string("_") : v; }

// A comment line ending in "\r\r\n" keeps one '\r' in its value, which
// FormatConllu writes back as a CRLF line end that the reader strips (a
// known gap, reported to src/syntax): compare such values without it.
std::string NoTrailingCr(std::string v) {
  if (!v.empty() && v.back() == '\r') v.pop_back();
  return v;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto r = dyad::ParseConllu(text, "fuzz.conllu");
  if (!r.ok()) {
    const std::string& m = r.status().message();
    Check(!m.empty(), "error without a message");
    Check(m.rfind("fuzz.conllu", 0) == 0, "error message does not start with the input's name");
    return 0;
  }
  const auto& sents = *r;
  for (const auto& s : sents) {
    const int n = static_cast<int>(s.words.size());
    Check(n > 0, "accepted a sentence without words");
    // The reader accepts overlapping or unordered multiword ranges (invalid
    // CoNLL-U, handled by RebuildText and EvaluateRawText); the SpaceAfter
    // rule is only checked where the ranges are ordered and disjoint.
    bool disjoint = true;
    for (size_t m = 0; m < s.multiwords.size(); ++m) {
      const auto& mw = s.multiwords[m];
      Check(mw.first >= 1 && mw.first <= mw.last && mw.last <= n, "multiword range outside the sentence");
      if (m > 0 && mw.first <= s.multiwords[m - 1].last) disjoint = false;
    }
    if (disjoint)
      for (const auto& mw : s.multiwords) {
        for (int i = mw.first; i < mw.last; ++i) Check(!s.words[i - 1].space_after, "space inside a multiword");
        Check(s.words[mw.last - 1].space_after == mw.space_after, "multiword SpaceAfter not on its last word");
      }
    for (const auto& w : s.words) {
      Check(w.head >= -1, "negative head other than '_'");
      if (kReaderChecksHeads) Check(w.head <= n, "head beyond the sentence");
      Check(w.form.find('\t') == std::string::npos && w.form.find('\n') == std::string::npos,
            "tab or newline inside a field");
    }
    // What `dyad train syntax` does with a sentence's heads (train/parser_trainer.cc
    // keeps only in-range single-root trees, then projectivises them): must end.
    std::vector<int> heads(n + 1, 0);
    bool in_range = true;
    int roots = 0;
    for (int i = 1; i <= n; ++i) {
      int h = s.words[i - 1].head;
      if (h < 0 || h > n || h == i) in_range = false;
      heads[i] = h;
      roots += h == 0;
    }
    if (in_range && roots == 1 && n <= 200) {
      dyad::ProjectivizeHeads(&heads);
      for (int i = 1; i <= n; ++i) Check(heads[i] >= 0 && heads[i] <= n, "projectivising left the sentence");
    }
  }

  // Round trip: the formatted sentences read back to the same words.
  std::string again;
  for (const auto& s : sents) again += dyad::FormatConllu(s);
  auto r2 = dyad::ParseConllu(again, "again.conllu");
  if (!r2.ok()) {
    std::fprintf(stderr, "%s\n--- formatted:\n%s\n", r2.status().ToString().c_str(), again.c_str());
    Check(false, "FormatConllu output does not parse");
  }
  Check(r2->size() == sents.size(), "round trip changed the number of sentences");
  for (size_t i = 0; i < sents.size(); ++i) {
    const auto &a = sents[i], &b = (*r2)[i];
    Check(a.words.size() == b.words.size(), "round trip changed a sentence's length");
    Check(NoTrailingCr(a.sent_id) == b.sent_id, "round trip changed sent_id");
    Check(NoTrailingCr(a.text) == b.text, "round trip changed # text");
    for (size_t k = 0; k < a.words.size(); ++k) {
      const auto &x = a.words[k], &y = b.words[k];
      Check(x.form == y.form, "round trip changed a form");
      Check(Dash(x.lemma) == Dash(y.lemma) && Dash(x.upos) == Dash(y.upos) && Dash(x.xpos) == Dash(y.xpos) &&
                Dash(x.feats) == Dash(y.feats) && Dash(x.deprel) == Dash(y.deprel),
            "round trip changed a column");
      Check(x.head == y.head, "round trip changed a head");
    }
  }

  // Rebuilt text: one span per sentence, in order, inside the text.
  std::vector<std::pair<size_t, size_t>> spans;
  std::string rebuilt = dyad::RebuildText(sents, &spans);
  Check(spans.size() == sents.size(), "RebuildText gave another number of spans");
  size_t prev = 0;
  for (auto [b, e] : spans) {
    Check(prev <= b && b <= e && e <= rebuilt.size(), "sentence spans out of order or outside the text");
    prev = e;
  }
  return 0;
}
