// ParseTree: a read-only view of one parsed sentence (0-based heads,
// children lists, dictionary keys per token) for the event coder.
#ifndef DYAD_CODER_PARSE_TREE_H_
#define DYAD_CODER_PARSE_TREE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"

namespace dyad {

class ParseTree {
 public:
  explicit ParseTree(const Sentence& s);

  int size() const { return static_cast<int>(tokens_.size()); }
  const Token& token(int i) const { return tokens_[i]; }
  int head(int i) const { return head_[i]; }  // -1 for the root
  // Universal part of the relation ("nmod" for "nmod:poss").
  std::string_view rel(int i) const { return rel_[i]; }
  // Full relation with subtype.
  const std::string& deprel(int i) const { return deprel_.empty() ? tokens_[i].deprel : deprel_[i]; }
  const std::vector<int>& children(int i) const { return children_[i]; }
  // Normalised keys (dict/phrase.h): whole-token form and lemma, lower-cased.
  const std::string& form_key(int i) const { return form_key_[i]; }
  const std::string& lemma_key(int i) const { return lemma_key_[i]; }
  // The tagger's tags, but for a word the repairs below re-read.
  const std::string& upos(int i) const { return upos_.empty() ? tokens_[i].upos : upos_[i]; }
  const std::string& xpos(int i) const { return xpos_.empty() ? tokens_[i].xpos : xpos_[i]; }

  // First child with relation `rel` (full relation or universal part), or -1.
  int Child(int i, std::string_view rel) const;
  // The case/mark word under token i ("by", "on"), or "".
  std::string_view CaseOf(int i) const;
  // Is `anc` an ancestor of (or equal to) i?
  bool Dominates(int anc, int i) const;
  // Token indices of i's subtree, in text order.
  std::vector<int> Subtree(int i) const;
  bool IsVerbal(int i) const;  // VERB, or tagged VB*
  bool IsPassive(int i) const;  // has nsubj:pass / aux:pass / obl:agent
  bool IsNegated(int i) const;  // not / never / n't / no as a dependent

 private:
  // "X is about to restore ties with Y, five years after Z did W, a senior
  // official said": the parser may hang the phrase between the commas on
  // the trailing report verb. A dependent of a report verb (parataxis)
  // that stands between two commas right before the report's subject
  // belongs to the lowest verb of the main clause over the word before
  // it. Returns
  // whether a head changed (children_ must then be rebuilt).
  bool RepairTrailingReport();
  // "Valdoria will abandon improved relations with Kestria", tagged with
  // "abandon" an adverb and "improved" the verb: a modal's verb is never a
  // past form without "have" or "be". When the one word between a modal
  // and its past-tense head is not tagged a verb, it is the verb; the
  // participle modifies its former object ("improved relations").
  bool RepairModalVerb();

  const std::vector<Token>& tokens_;
  std::vector<int> head_;
  std::vector<std::string> rel_;
  std::vector<std::vector<int>> children_;
  std::vector<std::string> form_key_, lemma_key_;
  // Copies of the tags and relations, made only when a repair re-reads a
  // word (empty otherwise: the tokens' own are read).
  std::vector<std::string> upos_, xpos_, deprel_;
};

}  // namespace dyad

#endif  // DYAD_CODER_PARSE_TREE_H_
