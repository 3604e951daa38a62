// Segmentation scoring and raw-text alignment, CoNLL 2018 shared task style.
//
// System and gold segmentations of the same text (tokens, words or
// sentences) are compared as character spans in the text with all
// whitespace removed: a system unit and a gold unit match when their start
// and end fall at the same non-whitespace positions. This makes the scores
// independent of whitespace differences (the CoNLL 2018 evaluation script
// does the same); the two texts must agree once whitespace is removed.
//
// Typical use (tokens):
//   std::vector<SegmentSpan> gold = ..., sys = ...;  // byte spans
//   auto a = AlignSpans(text, gold, text, sys);       // Result<SpanAlignment>
//   a->scores.f1();
// For `dyad eval syntax`: align gold words to system words with AlignWords,
// then compute UPOS/UAS/LAS over a->gold_to_system (a gold word counts as
// correct when it is aligned and, for UAS/LAS, its head is aligned to the
// system head). Words inside a multiword token (`don't` = do + n't in
// UD English-EWT) all carry the multiword token's span; AlignWords pairs
// them by their forms, as the CoNLL 2018 evaluation script does.
#ifndef DYAD_TEXT_SEGMENTATION_EVAL_H_
#define DYAD_TEXT_SEGMENTATION_EVAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad {

struct SegmentSpan {
  uint32_t start = 0, end = 0;  // byte span [start, end) in its text
};

struct SegmentScores {
  size_t gold = 0, system = 0, correct = 0;
  double precision() const { return system ? static_cast<double>(correct) / system : 0.0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0.0; }
  double f1() const { return gold + system ? 2.0 * correct / static_cast<double>(gold + system) : 0.0; }
  SegmentScores& operator+=(const SegmentScores& o) {
    gold += o.gold;
    system += o.system;
    correct += o.correct;
    return *this;
  }
};

struct SpanAlignment {
  // For each gold span, the index of the system span with the same
  // whitespace-free start and end, or -1; and the inverse.
  std::vector<int> gold_to_system, system_to_gold;
  SegmentScores scores;  // gold/system counts and matches
};

// Aligns `system` spans (byte offsets into system_text) with `gold` spans
// (byte offsets into gold_text). Each list must be sorted by start. Spans
// may be empty or contain whitespace (only non-whitespace characters
// count). InvalidArgument when the texts differ outside whitespace (the
// message gives both byte offsets) or a span is out of range.
Result<SpanAlignment> AlignSpans(std::string_view gold_text, const std::vector<SegmentSpan>& gold,
                                 std::string_view system_text,
                                 const std::vector<SegmentSpan>& system);

// A word for AlignWords: its byte span in its text (for a word inside a
// multiword token, the whole token's span), its form, and whether it is part
// of a multiword token.
struct SegmentWord {
  SegmentSpan span;
  std::string_view form;
  bool multiword = false;
};

// Aligns words the way the CoNLL 2018 shared task evaluation does. Outside
// multiword tokens a gold and a system word match when their whitespace-free
// spans are equal (as AlignSpans). Where either side has a multiword token,
// the smallest stretch of words on both sides that covers it (extended while
// further multiword tokens overlap it) is aligned by the longest common
// subsequence of the words' forms, compared case-insensitively (ASCII): so
// a gold `don't` = `do` + `n't` matches system tokens `do` and `n't` even
// though their spans differ from the gold words' shared span. Each list must
// be in text order. Errors as AlignSpans.
Result<SpanAlignment> AlignWords(std::string_view gold_text, const std::vector<SegmentWord>& gold,
                                 std::string_view system_text, const std::vector<SegmentWord>& system);

// Finds `forms` one after another in text[from, ...), skipping whitespace
// between them (as when turning CoNLL-U FORMs of a rebuilt text into byte
// spans). InvalidArgument naming `what`, the form and the byte offset when a
// form is not where it should be.
Result<std::vector<SegmentSpan>> LocateForms(std::string_view text,
                                             const std::vector<std::string_view>& forms,
                                             size_t from, const std::string& what);

}  // namespace dyad

#endif  // DYAD_TEXT_SEGMENTATION_EVAL_H_
