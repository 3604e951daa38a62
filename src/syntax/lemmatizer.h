// Lemmatiser: the dictionary form of each word (attacked -> attack,
// struck -> strike, was -> be, forces -> force), following UD English-EWT.
//
// Everything is learned from a treebank (train/lemmatizer_trainer.h):
//   * a rule is "strip N trailing bytes, append S", applied either to the
//     form as written (proper nouns, "I") or to its lowercase;
//   * exception tables give the majority rule of every (form, tag) and
//     (lowercase form, tag) seen in training where the suffix rules would
//     get it wrong, which covers the irregular forms (struck/VBD -> strike,
//     was/VBD -> be, n't/RB -> not, i/PRP -> I);
//   * unseen words take the rule of the longest word-final suffix seen with
//     their tag (counted over distinct training words, so rare words drive
//     the generalisation), e.g. "-ied"/VBD -> strip "ied", add "y".
// The tag is the XPOS when known, else the UPOS.
//
// Built once (Load, or the trainer), then const and thread-safe.
// Payload: tag "DYLM", version, rules, exception and suffix tables; Load
// checks every length and index.
#ifndef DYAD_SYNTAX_LEMMATIZER_H_
#define DYAD_SYNTAX_LEMMATIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace dyad {

class Lemmatizer {
 public:
  // A rewrite rule.
  struct Rule {
    bool lower = true;  // apply to the lowercase form (else to the form as written)
    uint8_t strip = 0;  // bytes removed from the end
    std::string append;
    friend bool operator==(const Rule&, const Rule&) = default;
  };
  // The longest suffix (in bytes) the suffix table considers.
  static constexpr size_t kMaxSuffix = 7;

  Lemmatizer() = default;
  // Used by the trainer. Keys: ExactKey / ExceptionKey / SuffixKey; values
  // index `rules`. Lookup order: exact form, lowercase form, longest suffix.
  Lemmatizer(std::vector<Rule> rules, std::unordered_map<uint64_t, uint32_t> exact,
             std::unordered_map<uint64_t, uint32_t> exceptions,
             std::unordered_map<uint64_t, uint32_t> suffixes);

  std::string Lemmatize(std::string_view form, std::string_view upos, std::string_view xpos) const;

  std::string Save() const;
  static Result<Lemmatizer> Load(std::string_view payload, const std::string& what);

  size_t num_rules() const { return rules_.size(); }
  size_t num_exceptions() const { return exact_.size() + exceptions_.size(); }
  size_t num_suffixes() const { return suffixes_.size(); }

  // ---- Shared with the trainer.
  // The tag the tables are keyed by: xpos unless empty or "_", else upos.
  static std::string_view KeyTag(std::string_view upos, std::string_view xpos);
  static uint64_t ExceptionKey(std::string_view lower_form, std::string_view tag);
  static uint64_t ExactKey(std::string_view form, std::string_view tag);
  static uint64_t SuffixKey(std::string_view tag, std::string_view suffix);
  // ASCII lowercase.
  static std::string Lower(std::string_view s);
  // The rule turning `form` into `lemma`, preferring the case-preserving
  // identity, then lowercase-based rules.
  static Rule RuleFor(std::string_view form, std::string_view lemma);
  // Applies `r` to `form`; returns the form unchanged if r strips too much.
  static std::string Apply(const Rule& r, std::string_view form);

 private:
  std::vector<Rule> rules_;
  std::unordered_map<uint64_t, uint32_t> exact_, exceptions_, suffixes_;
};

}  // namespace dyad

#endif  // DYAD_SYNTAX_LEMMATIZER_H_
