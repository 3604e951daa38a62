// CoNLL-U reading and writing (Universal Dependencies treebanks).
#ifndef DYAD_SYNTAX_CONLLU_H_
#define DYAD_SYNTAX_CONLLU_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad {

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats, deprel, misc;
  int head = 0;  // 0 = root
  bool space_after = true;
};

// A multiword token (e.g. "don't" = "do" + "n't" is *not* one in EWT, but
// "gonna" = "gon" + "na" is): surface form covering words [first, last].
struct ConlluMultiword {
  int first = 0, last = 0;  // 1-based word ids
  std::string form;
  bool space_after = true;
};

struct ConlluSentence {
  std::string sent_id, text;
  std::string newdoc_id;  // set on the first sentence of a document
  bool newdoc = false;
  bool newpar = false;
  std::vector<ConlluWord> words;  // empty nodes (8.1) are skipped
  std::vector<ConlluMultiword> multiwords;
};

// Parses CoNLL-U text; `what` names the input in errors ("file:line: ...").
Result<std::vector<ConlluSentence>> ParseConllu(std::string_view data, const std::string& what);
Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path);

// Writes one sentence in CoNLL-U (with # text when non-empty).
std::string FormatConllu(const ConlluSentence& s);

// Rebuilds the running text of a treebank: documents separated by "\n\n",
// sentences joined with " " (or "" where the last token has SpaceAfter=No),
// as the CoNLL 2018 shared task did. `sentence_spans` receives each
// sentence's [start, end) byte span in the returned text.
std::string RebuildText(const std::vector<ConlluSentence>& sentences,
                        std::vector<std::pair<size_t, size_t>>* sentence_spans = nullptr);

}  // namespace dyad

#endif  // DYAD_SYNTAX_CONLLU_H_
