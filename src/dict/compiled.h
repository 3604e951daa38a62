// CompiledDictionary: the matchers the event coder uses, built once from a
// Dictionary (model.h), then const and thread-safe.
//
//   auto dict = LoadDictionary({"kb/actors/iraq.txt", ...});
//   auto compiled = CompiledDictionary::Compile(std::move(*dict));
//   TokenKeys keys = KeysOfTokens(sentence.tokens);
//   for (auto& m : compiled->MatchActors(keys, doc.published)) ...
//   for (int v : compiled->VerbsForLemma(token.lemma)) ...
//
// Spans are token index ranges [token_begin, token_end) into the token vector
// the keys were built from; the coder turns them into byte spans with the
// tokens' start/end.
#ifndef DYAD_DICT_COMPILED_H_
#define DYAD_DICT_COMPILED_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "base/status.h"
#include "dict/model.h"
#include "dict/phrase.h"
#include "dict/phrase_matcher.h"

namespace dyad::dict {

struct ActorMatch {
  uint32_t token_begin = 0, token_end = 0;  // token span
  int entry = -1;        // index into Actors::entries
  int name = -1;         // index into the entry's names
  bool weak = false;     // a `~` name: the coder decides whether the context allows it
  std::string code;      // the code for the date asked ("" when no term applies)
};

struct AdjectiveMatch {
  uint32_t token_begin = 0, token_end = 0;
  int entry = -1;  // index into Actors::adjectives
  std::string code;
};

struct AgentMatch {
  uint32_t token_begin = 0, token_end = 0;
  int entry = -1;  // index into Agents::entries
};

struct DiscardMatch {
  uint32_t token_begin = 0, token_end = 0;
  int entry = -1;  // index into Discards::entries
  bool story = false;
};

class CompiledDictionary {
 public:
  // Builds the matchers. Fails (InvalidArgument naming file:line) only on
  // problems that make the model unusable (a pattern naming an undefined synset
  // is reported, and that pattern dropped, through issues()).
  static Result<CompiledDictionary> Compile(Dictionary dict);

  const Dictionary& model() const { return dict_; }
  // Warnings found while compiling (undefined synsets, empty phrases).
  const std::vector<Issue>& issues() const { return issues_; }

  // Leftmost-longest actor names over the keys (KeysOfTokens of a sentence).
  // Several entries with the same name give several matches with the same span.
  std::vector<ActorMatch> MatchActors(const TokenKeys& keys, const std::optional<Date>& date) const;
  // Longest actor name starting at token `t` (empty when none).
  std::vector<ActorMatch> ActorsAt(const TokenKeys& keys, uint32_t t,
                                   const std::optional<Date>& date) const;
  std::vector<AdjectiveMatch> MatchAdjectives(const TokenKeys& keys) const;
  std::vector<AgentMatch> MatchAgents(const TokenKeys& keys) const;
  // Agents are also matched on lemmas (KeysOfLemmas) so plurals need no entry.
  std::vector<DiscardMatch> MatchDiscards(const TokenKeys& keys) const;

  // Verb entries (indices into Verbs::entries) whose lemma is `lemma`.
  const std::vector<int>& VerbsForLemma(std::string_view lemma) const;
  // Verb entries having `form` among their forms (for text without lemmas).
  const std::vector<int>& VerbsForForm(std::string_view form) const;
  // Patterns of an entry's block, most specific first.
  const std::vector<const VerbPattern*>& PatternsForVerb(int entry) const;
  const VerbEntry& verb(int entry) const { return dict_.verbs.entries[entry]; }
  // The code of a verb with no pattern matched ("---" = none).
  const std::string& DefaultCode(int entry) const;
  // Its reverse code ("033" of "[032:033]": the target does it to the source too); "" = none.
  const std::string& DefaultReverseCode(int entry) const;
  // Does the word (normalised) belong to the synset (single-word phrases and
  // nested synsets included)?
  bool InSynset(std::string_view synset, std::string_view word) const;
  // The same for a word already normalised (NormalizeWord), as the coder's keys are.
  bool InSynsetKey(std::string_view synset, std::string_view key) const;
  // Alternatives of a synset expanded to key sequences (nested sets resolved).
  const std::vector<std::vector<std::string>>* SynsetPhrases(std::string_view synset) const;

  // Verb entries whose multiword form matches around token `t` of `keys`
  // (before/after words adjacent). Single-word verbs are not included.
  std::vector<int> MultiwordVerbsAt(const TokenKeys& keys, const TokenKeys& lemmas,
                                    uint32_t t) const;

 private:
  Dictionary dict_;
  std::vector<Issue> issues_;
  PhraseMatcher actors_, adjectives_, agents_, discards_;
  // actor matcher value -> (entry, name)
  std::vector<std::pair<int, int>> actor_values_;
  std::unordered_map<std::string, std::vector<int>> by_lemma_, by_form_;
  std::vector<std::vector<const VerbPattern*>> patterns_by_block_;
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> synsets_;
  std::vector<std::string> default_codes_;  // per entry
  std::vector<std::string> default_reverse_codes_;  // per entry
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_COMPILED_H_
