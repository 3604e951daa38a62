// EventCoder: CAMEO events from parsed sentences, over the dependency parse.
//
// For every verb (and event noun) the dictionary knows, the coder tries the
// verb's patterns, most specific first, against the words of its clause (its
// dependents' subtrees, subjects and embedded clauses left out) in text
// order. The source is the pattern's $S slot, else the subject (the by-agent
// of a passive; the controller of an xcomp; the modified noun of a
// participle); the target is the $T slot, else the object or the first actor
// of the clause (through of-phrases and a participle or infinitive modifying
// the object: "ties between X", "roads leading into X"), else the first
// actor of a clausal complement that codes nothing itself ("said he was
// satisfied with X"); a `to $T` the clause lacks may come from a participle
// modifying its object or oblique ("a letter presented by X to Y": Y; see
// coder/participle_recipient.h). A generic statement (010) is about its
// addressee or, failing that, the reported clause's first actor of another
// country; it is no event when its reported clause is about actors but names
// no such target (docs/coder.md, "Statements"). Compound actors give one
// event per pair (a compound subject with no other party: events between its
// members, for codes that can be mutual: consult, cooperate, aid, yield,
// fight); `!recip`
// patterns and `[032:033]` codes give both directions; negated triggers give
// nothing unless the pattern spells the negation out; an event under an
// intent verb ("poised to", "plans to", "vowed to") becomes the matching
// intent code (03x; 13x for threats of force). A bare verb without a target
// ("officials said") is dropped when the sentence codes a dyadic event.
// Codes outside CAMEO are kept as the dictionary writes them ("174K");
// codes without a digit ("+++") are placeholders that code nothing. Set
// DYAD_CODER_DEBUG in the environment to print each sentence's parse, actors
// and candidate patterns to stderr.
//
// Build once; Code is const and thread-safe.
#ifndef DYAD_CODER_EVENT_CODER_H_
#define DYAD_CODER_EVENT_CODER_H_

#include <string>
#include <vector>

#include "base/document.h"
#include "coder/actor_finder.h"
#include "coder/parse_tree.h"
#include "dict/cameo.h"
#include "dict/compiled.h"

namespace dyad {

struct CoderOptions {
  // Emit events that have a source but no target (PETRARCH writes "---").
  // Off, the finished events are checked, so the members of a compound
  // subject with no other party still pair (PETRARCH's require_dyad).
  bool allow_missing_target = true;
  // Code sentences of these roles only (headline and body by default).
  bool code_all_roles = false;
  // Emit generic statements (010) that have no target and report no actor
  // ("officials said the weather was fine"; docs/coder.md, "Statements").
  bool code_untargeted_statements = true;
  // Emit untargeted statements that report a clause ("X said the election had
  // been unfair"). Analysts code what was said, not the saying: off by
  // default; PETRARCH's suite expects no 01x events either way.
  bool code_reporting_statements = false;
  // Emit the reverse event of a `!recip` pattern ("X met Y": also Y met X)
  // and a pattern's reverse code. Dyad's analysts code the subject's
  // direction only (docs/coder.md, "One direction"); PETRARCH's suite
  // expects both.
  bool reciprocal_events = false;
  // Let an in-phrase name the target when no pattern slot does ("criticized
  // the closure of guest houses in Bree": Bree). Dyad's analysts read it as
  // the place ("signed a ceasefire in the Saudi city of Jeddah": no Saudi
  // target); PETRARCH's suite as the target.
  bool locative_targets = false;
  // Keep targets that are a role without a country or group ("---CVL" for
  // "released 24 women"). Dyad's analysts write no target ("-") for them;
  // PETRARCH's suite expects the role.
  bool generic_targets = false;
  // Code a negated act of cooperation (roots 03-08: "did not recognise",
  // "refused to meet" is the kb's own) as a rejection (120). PETRARCH's
  // suite expects nothing from a negated verb.
  bool negated_cooperation_rejects = true;
  // Code a to-infinitive of purpose or obligation (advcl) that has no target
  // ("called on the world to send doctors to treat the injured": treat).
  // Dyad's analysts code what was done, not what it was for.
  bool purpose_events = false;
  // Code a reported clause whose predicate is one of the kb's `judge`
  // entries ("X said the vote was unfair": 111 by X) as the speaker's
  // judgment (docs/coder.md, "Judgments"). PETRARCH's suite codes the words.
  bool reported_judgments = true;
  // Take the subject of a passive without a by-agent as the source ("X was
  // criticized over its dispute with Y": X criticizes Y), as PETRARCH reads
  // it by position. Dyad's analysts know no source there.
  bool agentless_passive_subjects = false;
  // Of two names in one noun phrase ("Arnor's Elrond", "the evil Arnor
  // awful Gondor"), take the first, as PETRARCH reads a phrase left to
  // right. Dyad takes the one nearest the phrase's head (Elrond).
  bool first_actor_of_phrase = false;
  // Code a gerund clause introduced by a preposition ("celebrated with X
  // after leaving Y": the leaving). PETRARCH reads "after leaving Y" as a
  // prepositional phrase, whose meaning is a noun phrase's actors only: it
  // codes no event there.
  bool prepositional_gerund_events = true;
  // Let a phrase of time or cause of the verb ("after talks with X", "amid
  // tension with X") give the fallback target. Dyad's analysts read it as
  // when or why (docs/coder.md, "Phrases of time or cause"); PETRARCH takes
  // the first actor of the verb phrase, wherever it stands.
  bool time_phrase_targets = false;
  // A possessive pronoun ("its embassy", "their troops") refers to an
  // actor of the sentence or the one before. PETRARCH's noun phrases leave
  // it out: "crowds burned down its embassy" has no target.
  bool possessive_pronoun_actors = true;
};

class EventCoder {
 public:
  EventCoder(const dict::CompiledDictionary& dict, const dict::CameoTable* cameo, CoderOptions options = {});

  // Codes the document's sentences (parsed: tokens carry lemma/head/deprel)
  // and appends the events to doc->events.
  void Code(Document* doc) const;

  // Codes one sentence with an explicit actor context (used by Code and tests).
  void CodeSentence(const Document& doc, int sentence_index, ActorContext* ctx, std::vector<Event>* out) const;

  const dict::CompiledDictionary& dictionary() const { return dict_; }

 private:
  const dict::CompiledDictionary& dict_;
  const dict::CameoTable* cameo_;
  CoderOptions options_;
  ActorFinder actors_;
};

// The intent code for an event expressed as intended ("poised to talk" ->
// 036): 03x for cooperation, 138 for force; "" when there is none.
std::string IntentCode(const std::string& code);

}  // namespace dyad

#endif  // DYAD_CODER_EVENT_CODER_H_
