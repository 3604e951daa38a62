// CountFinder: numbers attached to nouns ("2,500 troops", "two soldiers",
// "dozens of protesters", "at least 12 killed", "approximately 150 attacks",
// "hundreds"), with their qualifier and unit, and whether they count people
// killed or wounded.
//
// Build once; Find is const and thread-safe.
#ifndef DYAD_COUNT_COUNT_FINDER_H_
#define DYAD_COUNT_COUNT_FINDER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "base/document.h"

namespace dyad {

enum class Casualty : uint8_t { kNone, kKilled, kWounded };

struct CountMention {
  Count count;                 // value, unit, qualifier, span
  Casualty casualty = Casualty::kNone;
  int first_token = 0, last_token = 0;  // inclusive, in the sentence
  int unit_token = -1;                  // the noun counted, or -1
};

class CountFinder {
 public:
  CountFinder();
  // Counts in `s`. Tokens inside `exclude` spans (e.g. dates) are skipped.
  std::vector<CountMention> Find(const Document& doc, const Sentence& s,
                                 const std::vector<TextSpan>& exclude = {}) const;
};

// Parses a number written in digits ("2,500", "3.5", "1.2") or words
// ("twelve", "twenty-five", "a dozen" is handled by the finder); nullopt when
// the word is not a number.
std::optional<double> ParseNumberWord(std::string_view word);

}  // namespace dyad

#endif  // DYAD_COUNT_COUNT_FINDER_H_
