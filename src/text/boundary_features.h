// Boundary features: what the learned sentence-boundary classifier
// (boundary_model.h) sees at one candidate position of the rule-based
// splitter (sentence_splitter.h).
//
// A candidate is a place between two tokens where no terminal punctuation
// is written but a sentence may still end: before a capitalised word or a
// number (web text: "best service ever Thanks again"; e-mail: "Regards,
// Ann", "Ann Lee 04/26/2001 07:17 AM"). The rules alone never end a
// sentence there. Elsewhere the rules decide alone: on EWT dev a
// classifier after terminal punctuation (. ! ? ...) scored the same F1 as
// the rules (0.8647 against 0.8643) at a third of the splitter's time, and
// abbreviations that may end a sentence ("Inc." "etc.") are too rare in EWT
// train (about 40) to learn from.
//
// Features are 64-bit hashes of (template, values) computed straight from
// the token bytes (no allocation); the only lookups are the word classes
// of the four tokens around the candidate (word_classes.h, one hash probe
// or two each), learned from the training treebank: the classifier sees
// "a name, then a name" or "a name, then a verb and a pronoun" as well as
// the words themselves.
// BoundaryTemplateSignature() changes whenever the templates do, so a model
// file trained with other templates is refused at load.
#ifndef DYAD_TEXT_BOUNDARY_FEATURES_H_
#define DYAD_TEXT_BOUNDARY_FEATURES_H_

#include <cstdint>
#include <string_view>

namespace dyad {

// One candidate, described by the tokens around it (forms as the tokenizer
// normalised them; "" where there is no such token).
struct BoundaryContext {
  std::string_view left;      // the last token of the would-be sentence
  std::string_view left2;     // the token before `left`
  bool space_before_next = true;  // whitespace between the candidate and `next`
  std::string_view next;      // first token after the candidate
  std::string_view next2;     // the token after that
  uint32_t sentence_tokens = 0;   // tokens of the would-be sentence so far
  // After a lowercase or capitalised word (mostly inside names): a candidate
  // only when `next` is one of the model's sentence openers
  // (BoundaryModel::IsStarter).
  bool if_starter = false;
  // Tokens of the would-be sentence that start with a lowercase letter.
  uint32_t lower_tokens = 0;
  // The would-be next sentence, from `next` up to the next terminal
  // punctuation (. ! ? ...), sentence-ending line break or the end of the
  // paragraph, looked at over at most kLookahead tokens: how many of its
  // tokens start with a lowercase letter, how many tokens it has, and whether
  // terminal punctuation ends it: a clause ("Note: || Bring your own lunch
  // to the meeting.") against a name, list or header line ("Team lead: ||
  // Maria Ortiz Paul Brandt").
  static constexpr uint32_t kLookahead = 24;
  uint32_t next_lower = 0;
  uint32_t next_tokens = 0;
  bool next_terminal = false;
};

struct BoundaryFeatures {
  static constexpr int kMax = 32;
  // Bit i set: h[i] is one of the word-identity features (the last, next,
  // second-next and previous words, the last+next and previous+last
  // pairs), which the trainer's lexical dropout leaves out of some updates
  // (SplitterTrainOptions::lexical_dropout).
  static constexpr uint32_t kWordFeatures = 1u << 1 | 1u << 2 | 1u << 3 | 1u << 8 | 1u << 9 | 1u << 10;
  uint64_t h[kMax];
  int n = 0;
  // The candidate's kind (BoundaryKindOf): the model may hold a threshold
  // offset for each (BoundaryModel::kind_offsets).
  int kind = 0;
};

// Kinds of candidates, by the tokens on either side; where the classifier's
// precision and recall are unbalanced by kind, a threshold offset per kind
// (chosen on cross-validation folds of train) evens them.
enum BoundaryKind : int {
  kKindLowerOpener = 0,  // a lowercase word, then an opener ("ever | Thanks")
  kKindCapOpener,        // a capitalised word, then an opener ("Bob | Let")
  kKindComma,            // "," or ":" before a capital or number ("Regards, | Ann")
  kKindNumber,           // anything else before a number ("Lee | 04/26/2001")
  kKindOther,            // anything else before a capital ("AM | Ann", "x@y.com | Ann")
  kBoundaryKinds
};
int BoundaryKindOf(const BoundaryContext& c);
const char* BoundaryKindName(int kind);

class WordClasses;

// Fills *out with the features of `c` (overwrites it). The word classes of
// the last, previous, next and second-next tokens come from `classes` (the
// model's, word_classes.h); with nullptr every word gets its fallback class
// (spelling only).
void ExtractBoundaryFeatures(const BoundaryContext& c, const WordClasses* classes, BoundaryFeatures* out);
inline void ExtractBoundaryFeatures(const BoundaryContext& c, BoundaryFeatures* out) {
  ExtractBoundaryFeatures(c, nullptr, out);
}

// Hash of the template list (bump kBoundaryTemplateVersion in the .cc when
// the templates change).
uint64_t BoundaryTemplateSignature();

namespace text {
// Lower-cased (ASCII) FNV-1a hash of a word; exposed for tests.
uint64_t LowerHash(std::string_view w);
// Word shape: X upper, x lower, d digit, other ASCII as itself, u other
// Unicode; runs collapsed, at most 6 symbols ("Thanks" -> "Xx", "U.S." ->
// "X.X.", ":)" -> ":)"); written to buf, returns its length.
int WordShape(std::string_view w, char buf[8]);
}  // namespace text

}  // namespace dyad

#endif  // DYAD_TEXT_BOUNDARY_FEATURES_H_
