// Part-of-speech tagger: UPOS and Penn Treebank XPOS for each word.
//
// Greedy left-to-right averaged perceptron (src/syntax/perceptron.h) over one
// joint label "UPOS XPOS" (e.g. "PROPN NNP"), so the two tag sets always
// agree. Features: the word, its lowercase form, prefixes 1-3, suffixes 1-4,
// word shape and character flags, the neighbouring words +-2 and their
// suffixes and shapes, and the two previous predicted labels. Frequent words
// that take one label in >= 99.5% of training occurrences skip the model
// (tag dictionary), which is both faster and at least as accurate.
//
// Built once (Load, or train/tagger_trainer.h), then const and thread-safe.
//
// Model payload (one section of models/syntax.dyad, written by SyntaxModel as
// section "tagger"): tag "DYTG", version, template signature, labels, tag
// dictionary, weight table. Load refuses a payload whose template signature
// differs from this build's (the features would not match the weights).
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

  // Tags one sentence. upos/xpos are resized to forms.size().
  void Tag(const std::vector<std::string_view>& forms, std::vector<std::string>* upos,
           std::vector<std::string>* xpos) const;
  // Same, as label ids (see label_upos / label_xpos); no string copies.
  void TagIds(const std::vector<std::string_view>& forms, std::vector<uint16_t>* labels) const;

  // A finite verb for a sentence that needs one (syntax/finite_verb.h): among
  // the candidate words (`candidate[i]` nonzero), the one whose best finite
  // verb label (VERB VBZ, VBP or VBD) loses least to the label TagIds chose,
  // given the labels before it, becomes that verb when it loses by at most
  // `max_margin` (in averaged-weight units); the words after it are tagged
  // again given the change. `labels` are TagIds' output for `forms`.
  // Returns the word, or -1 (labels unchanged).
  int ForceFiniteVerb(const std::vector<std::string_view>& forms, const std::vector<uint8_t>& candidate,
                      double max_margin, std::vector<uint16_t>* labels) const;

  // Tags the words after `word` again, greedily, given `labels` up to and
  // including it (after a repair changed labels[word]).
  void RetagAfter(const std::vector<std::string_view>& forms, size_t word, std::vector<uint16_t>* labels) const;

  int num_labels() const { return static_cast<int>(labels_.size()); }
  const std::string& label_upos(int id) const { return upos_[id]; }
  const std::string& label_xpos(int id) const { return xpos_[id]; }
  const WeightTable& weights() const { return weights_; }
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
  // Greedy tagging of words from..end of `ctx`'s sentence (labels already
  // sized), given the labels of the two words before `from` (-1: none).
  void TagFrom(const Context& ctx, size_t from, int p1, int p2, std::vector<uint16_t>* labels) const;
  void SplitLabels();

  std::vector<std::string> labels_, upos_, xpos_;
  WeightTable weights_;
  std::unordered_map<uint64_t, uint16_t> tag_dict_;
  std::unordered_map<uint64_t, uint64_t> ambiguity_;
};

}  // namespace dyad

#endif  // DYAD_SYNTAX_TAGGER_H_
