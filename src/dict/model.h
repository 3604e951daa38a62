// The in-memory dictionary model shared by every dictionary reader.
//
// Dyad's own format (docs/dictionaries.md) and PETRARCH-2/TABARI dictionaries
// (petrarch_reader.h) are read into the SAME structures, so the event coder
// never needs to know which format a dictionary came from. The model keeps the
// words as written (after normalisation, see phrase.h); CompiledDictionary
// (compiled.h) builds the matchers over it.
//
// Four kinds of knowledge:
//   Actors   names -> (date-bounded) actor codes, plus adjectives/demonyms
//   Agents   role nouns -> role codes that compose with a country
//   Verbs    verbs (lemmas, forms, multiword verbs) -> patterns -> CAMEO codes
//   Discards phrases that stop a sentence or a whole story from being coded
#ifndef DYAD_DICT_MODEL_H_
#define DYAD_DICT_MODEL_H_

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"

namespace dyad::dict {

// Where an entry was written: "kb/verbs/attack.txt", line 12.
struct SourceLoc {
  std::string file;
  int line = 0;
  std::string ToString() const;  // "file:line"
};

// One problem found while reading or checking a dictionary.
struct Issue {
  enum class Severity : uint8_t { kError, kWarning };
  Severity severity = Severity::kError;
  SourceLoc loc;
  std::string message;
  std::string ToString() const;  // "file:line: error: message"
};

// ---------------------------------------------------------------- codes/dates

// A code valid in [from_day, to_day) (days since 1970-01-01, see Date::ToDays).
// An undated term has from_day == kOpenFrom and to_day == kOpenTo; it is the
// entry's default code.
struct CodeTerm {
  static constexpr int64_t kOpenFrom = std::numeric_limits<int64_t>::min();
  static constexpr int64_t kOpenTo = std::numeric_limits<int64_t>::max();
  std::string code;
  int64_t from_day = kOpenFrom;  // inclusive
  int64_t to_day = kOpenTo;      // exclusive
  // True when the term was written with a date restriction (even open-ended).
  bool dated = false;

  bool Contains(int64_t day) const { return day >= from_day && day < to_day; }
  // "IRQGOV@2022-10-27..", "IRQLEG@2021-11-16..2022-10-27" or "USA".
  std::string ToString() const;
};

// Picks the code for `date` from `terms`: the first dated term containing the
// date, else the first undated term, else "" (the name yields nothing). With
// no date known, the undated term, else the last dated term that is open to
// the future, else "".
std::string SelectCode(const std::vector<CodeTerm>& terms, const std::optional<Date>& date);

// ------------------------------------------------------------------- actors

struct ActorName {
  std::string text;   // as written, underscores turned into spaces
  bool weak = false;  // Dyad `~name`: only after a title/agent word or a prior full mention
  SourceLoc loc;
};

struct ActorEntry {
  std::vector<ActorName> names;  // first = primary name
  std::vector<CodeTerm> terms;   // in the order written
  SourceLoc loc;
  std::string CodeAt(const std::optional<Date>& date) const { return SelectCode(terms, date); }
};

// Dyad `adj CODE : FORMS` (demonyms, adjectives): a country for compositions
// with agents ("Iraqi police"), not an actor by itself.
struct AdjectiveEntry {
  std::string code;
  std::vector<ActorName> forms;
  SourceLoc loc;
};

struct Actors {
  std::vector<ActorEntry> entries;
  std::vector<AdjectiveEntry> adjectives;
};

// ------------------------------------------------------------------- agents

struct AgentEntry {
  enum class Compose : uint8_t {
    kSuffix,      // country + code: "Iraqi police" -> IRQ + COP (PETRARCH "~COP")
    kPrefix,      // code + country: "human rights body" -> NGO + IRQ (PETRARCH "NGO~")
    kStandalone,  // a full actor code on its own (Dyad "agent IGOUNO : peacekeepers")
  };
  std::string phrase;  // as written (underscores turned into spaces)
  std::string code;    // "COP", "GOVFRM", "IGOUNO"
  Compose compose = Compose::kSuffix;
  SourceLoc loc;
};

// country ("IRQ") + agent -> "IRQCOP" / "NGOIRQ" / the standalone code; a code
// already holding the agent's code at a 3-letter boundary is kept ("IRQGOV" + GOV).
std::string ComposeAgent(const std::string& country, const AgentEntry& agent);

struct Agents {
  std::vector<AgentEntry> entries;
};

// -------------------------------------------------------------------- verbs

enum class Slot : uint8_t {
  kNone,
  kSource,    // Dyad $S, PETRARCH '$': the source actor is found here
  kTarget,    // Dyad $T, PETRARCH '+': the target actor is found here
  kAny,       // PETRARCH '^': skip the next noun phrase (an actor there is passed over)
  kCompound,  // PETRARCH '%': a compound actor (both sides) is found here
};
const char* SlotName(Slot s);  // "", "$", "+", "^", "%"

// One word position of a pattern: a literal word, a synset reference, or a slot.
struct PatternTerm {
  std::string word;    // normalised literal word (empty for synset/slot)
  std::string synset;  // synset name without '&' (Verbs::synsets), or empty
  Slot slot = Slot::kNone;
  // Written joined to the previous term with '_' (PETRARCH): the two words must
  // be adjacent in the text. Otherwise other words may intervene.
  bool joined = false;
  bool empty() const { return word.empty() && synset.empty() && slot == Slot::kNone; }
};

// An element of a pattern, in text order.
//   kWord   one term: an object noun, a particle, an adverb, or a slot
//   kPhrase a noun phrase written {FINANCIAL AID}: its words in order, the
//           last one is the head (the word the parser attaches)
//   kPrep   a prepositional phrase (FOR {FINANCIAL AID}) / "with $T": `prep`
//           is the preposition, `words` its object (may be empty: "(TO)",
//           last word = head)
struct PatternElement {
  enum class Kind : uint8_t { kWord, kPhrase, kPrep };
  Kind kind = Kind::kWord;
  PatternTerm prep;                // kPrep only
  std::vector<PatternTerm> words;  // kWord: exactly one
};

// One verb pattern. The verb itself sits between `before` and `after`.
struct VerbPattern {
  std::vector<PatternElement> before;  // words before the verb (PETRARCH "pre-verb")
  std::vector<PatternElement> after;   // words after the verb
  // PETRARCH "IN_*": the last `before` word is joined to the verb with '_'.
  bool before_adjacent = false;
  std::string code;          // CAMEO code source->target; "---" codes nothing
  // PETRARCH/TABARI paired code "[a:b]": `b` is coded target->source as well
  // (both directions when a == b); empty when absent.
  std::string reverse_code;
  bool recip = false;        // Dyad "!recip": code both directions for compound subjects
  bool noun = false;         // Dyad `noun` pattern: the "verb" is an event noun
  // PETRARCH patterns: a literal word matches the word as written, never its
  // lemma (PETRARCH does not stem: "* RESOLUTION" is no match for
  // "resolutions"). Dyad patterns are written in lemmas.
  bool forms_only = false;
  // PETRARCH patterns: the words after the verb may be found anywhere in the
  // verb phrase, its clausal complement included ("ALLOWED * REALLY_PLEASANT"
  // for "allowed that Y isn't a really pleasant place"), where no pattern
  // matches in the verb's own clause.
  bool whole_phrase = false;
  std::string comment;       // trailing comment text (PETRARCH: the verb it came from)
  SourceLoc loc;
  // Number of literal/synset words: more specific patterns win.
  int Specificity() const;
  std::string Id() const { return loc.ToString(); }
};

// A verb of a block: a lemma, possibly multiword (PETRARCH "+BREAK_DOWN",
// "WIRE_+TAP"; Dyad "pull out"), with the forms that identify it in text.
struct VerbEntry {
  std::string lemma;                 // normalised verb word ("break")
  std::vector<std::string> before;   // words of a multiword verb before the verb ("wire")
  std::vector<std::string> after;    // particles after the verb ("down")
  std::vector<std::string> forms;    // inflected forms of the verb word, lemma included
  std::string code;                  // code of the verb alone; "" = the block's code
  // Dyad "&TALKS ..." head: every single-word member of the set is a lemma of
  // this entry (resolved by CompiledDictionary); `lemma` is then empty.
  std::string synset;
  bool noun = false;                 // Dyad `noun` head: an event noun, not a verb
  int block = -1;                    // index into Verbs::blocks
  SourceLoc loc;
  std::string reverse_code;          // with `code`: the reverse event's code ("" = none)
};

// A set of synonymous verbs sharing patterns (PETRARCH "--- NAME [code] ---";
// in Dyad's format, each distinct verb head of `verb`/`noun` lines is a block).
struct VerbBlock {
  std::string name;
  std::string code = "---";          // default code of an isolated verb
  std::vector<int> verbs;            // indices into Verbs::entries
  std::vector<VerbPattern> patterns;
  SourceLoc loc;
  std::string reverse_code;          // "033" of "[032:033]": target -> source as well; "" = none
};

// Synonym set: alternatives, each a sequence of words (or nested &sets).
struct Synset {
  std::string name;  // without '&'
  std::vector<std::vector<PatternTerm>> phrases;
  SourceLoc loc;
};

// PETRARCH verb-verb transformation "~ a (a b ATTACK) SAY = a b 015", kept as
// parsed fields: outer source var, inner (source, target, verb), outer verb,
// result (source, target, code).
struct VerbTransform {
  std::string source, inner_source, inner_target, inner_verb, verb;
  std::string out_source, out_target, out_code;
  SourceLoc loc;
};

// `judge <code> : <phrase>; ...`: evaluative predicates of a reported clause
// ("X said the vote was unfair": 111). Words are lemmas, lowercase.
struct Judgment {
  std::string code;
  std::vector<std::vector<std::string>> phrases;
  SourceLoc loc;
};

struct Verbs {
  std::vector<Synset> synsets;
  std::vector<Judgment> judgments;
  std::vector<VerbBlock> blocks;
  std::vector<VerbEntry> entries;
  std::vector<VerbTransform> transforms;
  const Synset* FindSynset(const std::string& name) const;
};

// ----------------------------------------------------------------- discards

struct DiscardEntry {
  std::string phrase;  // as written
  bool story = false;  // stops the whole document (Dyad `story`, PETRARCH '+')
  // PETRARCH: without a trailing '_' the last word is a stem (prefix match).
  bool stem = false;
  SourceLoc loc;
};

struct Discards {
  std::vector<DiscardEntry> entries;
};

// --------------------------------------------------------------- self-tests

// `test: <sentence> => <expected>` from a Dyad file.
struct SelfTest {
  enum class Kind : uint8_t { kActor, kAgent, kVerb, kDiscard };
  Kind kind = Kind::kActor;
  std::string sentence, expected;
  SourceLoc loc;
};

// ------------------------------------------------------------- dictionary

// Everything read from one or more files.
struct Dictionary {
  Actors actors;
  Agents agents;
  Verbs verbs;
  Discards discards;
  std::vector<SelfTest> tests;
  std::vector<std::string> files;  // files read, in order

  // Appends `other` (block/verb indices are rebased).
  void Merge(Dictionary&& other);
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_MODEL_H_
