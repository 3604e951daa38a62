// ActorFinder: the actors of a parsed sentence, one per noun phrase.
//
// Dictionary matches (actors, agents, adjectives) are grouped by noun phrase
// over the dependency parse and composed: a country or organisation with a
// role noun gives country + role ("Iraqi police" -> IRQCOP, "U.S. Ambassador"
// -> USAGOV, "soldiers from Gondor" -> GONMIL, "militants based in Iraq" ->
// IRQREB); a person's own dated code wins over a title; weak `~` names count
// only after a title or a full mention earlier in the document; pronouns,
// relative pronouns and "the two countries" take the actors they refer to;
// a bare definite role ("the government", "the army") takes the story's
// country: the one named most often in the sentences before (the first
// named of a tie; in the first sentence with countries, that sentence's).
#ifndef DYAD_CODER_ACTOR_FINDER_H_
#define DYAD_CODER_ACTOR_FINDER_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/document.h"
#include "coder/parse_tree.h"
#include "dict/compiled.h"

namespace dyad {

struct ActorMention {
  std::string code;
  int head = -1;              // noun phrase head token
  int begin = 0, end = 0;     // token span of the words that gave the code [begin, end)
  bool referred = false;      // came from a pronoun or "the two countries"
  // Named by a kb entry of a person (a dated office, or a surname alias):
  // "they" does not refer to it alone.
  bool person = false;
  // Named by a kb entry of an organisation, group or place, not composed
  // with a role noun ("the International Criminal Court"): "he" and "she"
  // do not refer to it.
  bool body = false;
  // A civilian role given the country of its place or story ("demonstrators
  // in Tel Aviv"): a guess, not a mention of the country.
  bool placed = false;
};

// Actors found so far in a document, for weak names and pronouns.
struct ActorContext {
  std::set<int> seen_entries;                 // actor entries seen by a full name
  std::vector<std::string> last_subjects;     // subject actor codes of the previous sentence
  std::vector<std::string> recent_countries;  // most recent last
  // Mentions per country in the document so far and the countries in the
  // order they were first named, for "the government".
  std::map<std::string, int> country_mentions;
  std::vector<std::string> first_named;
  // Named bodies by the lemma of their name's last word ("court" ->
  // IGOICC after "the International Criminal Court"), for "the court".
  std::map<std::string, std::string> named_bodies;
  // The armed group named last ("Al-Shabaab"), for "the militants".
  std::string last_armed_group;
  // The parties of the story's last agreement or ceasefire (set by the
  // event coder), for a mediation of "the agreement" named later.
  std::vector<std::string> pact_parties;
};

class SentenceActors {
 public:
  explicit SentenceActors(int n) : at_(n), group_(n, -1) {}
  // The actors of the noun phrase headed by h (one, or two for "the two
  // countries"); empty when none.
  const std::vector<ActorMention>& At(int h) const { return at_[h]; }
  // h and its conjuncts ("the United States and Iraq"), each with actors.
  std::vector<ActorMention> Compound(const ParseTree& tree, int h) const;
  // Any actor on a token of the span [b, e)?
  bool Covers(int t) const { return group_[t] >= 0; }
  // Noun phrase head that token t belongs to (-1 when none).
  int GroupOf(int t) const { return group_[t]; }

 private:
  friend class ActorFinder;
  std::vector<std::vector<ActorMention>> at_;
  std::vector<int> group_;
};

class ActorFinder {
 public:
  // first_actor_of_phrase: of two names in one noun phrase ("Arnor's
  // Elrond", "the evil Arnor awful Gondor"), the first gives the actor, as
  // PETRARCH reads a phrase left to right; otherwise the one nearest its head.
  // possessive_pronouns: "its", "their", "his" before a noun refer to an
  // actor as the other pronouns do; PETRARCH's noun phrases leave a
  // possessive pronoun (PRP$) out ("its embassy" names nobody).
  explicit ActorFinder(const dict::CompiledDictionary& dict, bool first_actor_of_phrase = false,
                       bool possessive_pronouns = true)
      : dict_(dict), first_actor_of_phrase_(first_actor_of_phrase), possessive_pronouns_(possessive_pronouns) {}

  SentenceActors Find(const ParseTree& tree, const Sentence& s, const std::optional<Date>& date,
                      ActorContext* ctx) const;
  // The same with the sentence's keys already made (dict::KeysOfTokens and
  // dict::KeysOfLemmas of s.tokens).
  SentenceActors Find(const ParseTree& tree, const Sentence& s, const std::optional<Date>& date, ActorContext* ctx,
                      const dict::TokenKeys& keys, const dict::TokenKeys& lemmas) const;

 private:
  const dict::CompiledDictionary& dict_;
  bool first_actor_of_phrase_ = false;
  bool possessive_pronouns_ = true;
};

// The country part of a code ("IRQ" of "IRQGOV"); "" for codes that are not
// country-based ("IGOUNO", "IMGISI", "---GOV").
std::string CountryOf(const std::string& code);

}  // namespace dyad

#endif  // DYAD_CODER_ACTOR_FINDER_H_
