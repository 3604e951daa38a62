// Part-of-speech tagger: UPOS and Penn Treebank XPOS for each word.
//
// Averaged perceptron (src/syntax/perceptron.h) over one joint label
// "UPOS XPOS" (e.g. "PROPN NNP"), so the two tag sets always agree, read in
// both directions: a right-to-left model (trained on reversed sentences,
// the same feature templates) tags the sentence greedily first and keeps
// its per-word label scores; then the left-to-right model tags greedily,
// each word taking the label with the best mean of the two models' scores
// (its own history features use the labels chosen so far). Features: the
// word, its lowercase form, prefixes 1-4, suffixes 1-5, word shape and
// character flags, the neighbouring words +-2 and their suffixes and shapes,
// ambiguity classes, and the two previous predicted labels (for the
// right-to-left model: the two following ones). Frequent words that take one
// label in >= 99.5% of training occurrences skip the models (tag
// dictionary), which is both faster and at least as accurate. A tagger with
// no right-to-left table tags left to right alone. With a minimum lead
// (min_lead() > 0; AddRightToLeft) a word takes the mean's label only when
// it beats the left-to-right model's own best label by more than the lead
// in the mean's units, else the left-to-right label: the right-to-left model
// then overrides a one-direction tagger only where the two together are
// sure, and the other words keep that tagger's tags (docs/syntax.md).
//
// Built once (Load, or train/tagger_trainer.h), then const and thread-safe.
//
// Model payload (one section of models/syntax.dyad, written by SyntaxModel as
// section "tagger"): tag "DYTG", version, template signature, labels, tag
// dictionary, ambiguity classes, the left-to-right weight table and, in
// version 2 (two directions), the right-to-left one; version 3 is version 2
// followed by the minimum lead (float); version 1 is a one-direction tagger. Load refuses other versions and a payload whose
// template signature differs from this build's (the features would not
// match the weights).
#ifndef DYAD_SYNTAX_TAGGER_H_
#define DYAD_SYNTAX_TAGGER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "syntax/perceptron.h"

namespace dyad {

class Tagger {
 public:
  Tagger() = default;
  // Used by the trainer: `labels` are "UPOS XPOS" pairs (index = class id of
  // `weights`); `tag_dict` maps HashString(form) to a label id.
  // `ambiguity` maps HashString(lowercase form) to a hash of the set of
  // labels the form takes in training (frequent forms only).
  Tagger(std::vector<std::string> labels, WeightTable weights,
         std::unordered_map<uint64_t, uint16_t> tag_dict,
         std::unordered_map<uint64_t, uint64_t> ambiguity);
  // Two directions: `right_to_left` was trained on reversed sentences with
  // the same features (num_classes() must equal the labels' count).
  Tagger(std::vector<std::string> labels, WeightTable left_to_right, WeightTable right_to_left,
         std::unordered_map<uint64_t, uint16_t> tag_dict,
         std::unordered_map<uint64_t, uint64_t> ambiguity);

  // `base`'s tagger (labels, tag dictionary, ambiguity classes, left-to-right
  // weights) with the right-to-left weights of `both` (a two-direction tagger
  // trained on the same data: its labels, tag dictionary and ambiguity
  // classes must equal base's, else InvalidArgument naming what differs),
  // combined with minimum lead `min_lead` (>= 0; 0 = the plain mean).
  static Result<Tagger> AddRightToLeft(const Tagger& base, const Tagger& both, float min_lead);

  // Tags one sentence. upos/xpos are resized to forms.size().
  void Tag(const std::vector<std::string_view>& forms, std::vector<std::string>* upos,
           std::vector<std::string>* xpos) const;
  // Same, as label ids (see label_upos / label_xpos); no string copies.
  void TagIds(const std::vector<std::string_view>& forms, std::vector<uint16_t>* labels) const;

  // A finite verb for a sentence that needs one (syntax/finite_verb.h): among
  // the candidate words (`candidate[i]` nonzero), the one whose best finite
  // verb label (VERB VBZ, VBP or VBD) loses least to the label TagIds chose,
  // given the labels before it, becomes that verb when it loses by at most
  // `max_margin` (in averaged-weight units of the left-to-right model); the
  // words after it are tagged again given the change. `labels` are TagIds'
  // output for `forms`. Returns the word, or -1 (labels unchanged).
  //
  // This and RetagAfter score with the left-to-right model alone: a repair
  // fixes one word's label and the words after it must follow from that,
  // which only the left-to-right model's history can express (the
  // right-to-left scores of those words were computed without the repair).
  int ForceFiniteVerb(const std::vector<std::string_view>& forms, const std::vector<uint8_t>& candidate,
                      double max_margin, std::vector<uint16_t>* labels) const;

  // Tags the words after `word` again, greedily, given `labels` up to and
  // including it (after a repair changed labels[word]); left to right alone.
  void RetagAfter(const std::vector<std::string_view>& forms, size_t word, std::vector<uint16_t>* labels) const;

  int num_labels() const { return static_cast<int>(labels_.size()); }
  const std::string& label_upos(int id) const { return upos_[id]; }
  const std::string& label_xpos(int id) const { return xpos_[id]; }
  const WeightTable& weights() const { return weights_; }
  // Right-to-left table (empty: the tagger reads left to right only).
  const WeightTable& weights_right_to_left() const { return weights_r2l_; }
  bool bidirectional() const { return weights_r2l_.num_classes() > 0; }
  // How much the two directions' mean must prefer a label over the
  // left-to-right model's best one to override it (0: always the mean's).
  float min_lead() const { return min_lead_; }
  size_t tag_dict_size() const { return tag_dict_.size(); }
  const std::unordered_map<uint64_t, uint64_t>& ambiguity() const { return ambiguity_; }

  std::string Save() const;
  static Result<Tagger> Load(std::string_view payload, const std::string& what);
  // Names and order of the feature templates plus the hashing scheme; any
  // change to feature extraction must change this string.
  std::string TemplateSignature() const { return Signature(); }
  static std::string Signature();

  // ---- Feature extraction, shared with the trainer (train/tagger_trainer).
  // Per-sentence precomputed word hashes; reuse one across sentences.
  struct Context {
    struct Word {
      uint64_t form, lower, shape, flags, amb, pre[4], suf[5];
      int len;
    };
    std::vector<Word> words;  // padded: two sentinels on each side
    std::string lower_buf;
    // `ambiguity` as in the constructor (may be null: no ambiguity classes).
    void Reset(const std::vector<std::string_view>& forms,
               const std::unordered_map<uint64_t, uint64_t>* ambiguity);
    size_t size() const { return words.size() - 4; }
  };
  // Features of word i (0-based) given the labels of the previous two words
  // (-1 when outside the sentence). Appends to *out after clearing it.
  static void Features(const Context& ctx, size_t i, int prev1, int prev2,
                       std::vector<uint64_t>* out);
  // The tag dictionary's label for a form, or -1.
  int DictLabel(uint64_t form_hash) const {
    auto it = tag_dict_.find(form_hash);
    return it == tag_dict_.end() ? -1 : it->second;
  }

 private:
  // The right-to-left pass over `forms`: per word not in the tag
  // dictionary, half its label scores in averaged-weight units, row-major
  // (forms.size() x num_labels()); cleared when the tagger has one direction.
  void RightToLeftScores(const std::vector<std::string_view>& forms, std::vector<float>* out) const;
  // Label scores of word i (averaged-weight units; the mean of both
  // directions when `right` holds right-to-left scores), given the labels of
  // the two words before it. `scores` gets num_labels() values;
  // `left_best` (may be null) the left-to-right model's own best label.
  void WordScores(const Context& ctx, size_t i, int p1, int p2, const std::vector<float>& right,
                  std::vector<float>* scores, int* left_best = nullptr) const;
  // Greedy tagging of words from..end of `ctx`'s sentence (labels already
  // sized), given the labels of the two words before `from` (-1: none) and
  // the right-to-left scores (RightToLeftScores).
  void TagFrom(const Context& ctx, size_t from, int p1, int p2, const std::vector<float>& right,
               std::vector<uint16_t>* labels) const;
  void SplitLabels();

  std::vector<std::string> labels_, upos_, xpos_;
  WeightTable weights_;
  WeightTable weights_r2l_;
  std::unordered_map<uint64_t, uint16_t> tag_dict_;
  std::unordered_map<uint64_t, uint64_t> ambiguity_;
  float min_lead_ = 0;
};

}  // namespace dyad

#endif  // DYAD_SYNTAX_TAGGER_H_
