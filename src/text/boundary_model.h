// BoundaryModel: the learned sentence-boundary classifier of the splitter
// (models/splitter.dyad), an averaged perceptron over the hashed features of
// boundary_features.h, trained on UD English-EWT train by `dyad train
// splitter` (train/splitter_trainer.h; see docs/splitter.md).
//
// A candidate is a boundary when the sum of its features' weights is above
// the threshold (chosen on EWT dev).
//
// File layout (src/base/binary_io.h sections after magic "DYADSPL" and
// kBoundaryModelVersion):
//   meta      template signature (u64), table bits (u32), threshold (f32),
//             training note (string)
//   weights   the non-zero weights: count (u64), then (index u32, f32) pairs
//             in increasing index order
//   starters  words that open sentences written after a lowercase word with
//             no punctuation ("... ever Thanks again"): count (u64), then
//             their text::LowerHash values (u64), increasing
//   classes   word classes learned from the training treebank
//             (word_classes.h): count (u64), then (WordClasses::KeyOf u64,
//             class u32) pairs in increasing key order
//   selftest  a few paragraphs with the sentence spans this model gave them
//             when it was saved; loading splits them again and refuses the
//             file on any difference
//   checksum  FNV-1a 64 of every byte before this section
// Load refuses a wrong magic, another version, a checksum mismatch, a
// template signature other than this build's, a malformed section or a
// failed self-test, with a message naming the file. Built once, then const
// and thread-safe.
#ifndef DYAD_TEXT_BOUNDARY_MODEL_H_
#define DYAD_TEXT_BOUNDARY_MODEL_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/boundary_features.h"
#include "text/word_classes.h"

namespace dyad {

inline constexpr char kBoundaryModelMagic[] = "DYADSPL";
inline constexpr uint32_t kBoundaryModelVersion = 2;  // 2: section classes

class BoundaryModel {
 public:
  static constexpr int kMinTableBits = 8, kMaxTableBits = 24;
  BoundaryModel() = default;
  // `weights` has 1 << table_bits entries (feature hash h uses the entry
  // h >> (64 - table_bits)).
  // `starters`: text::LowerHash of the sentence openers (any order);
  // `classes`: the word classes the features use.
  BoundaryModel(int table_bits, std::vector<float> weights, float threshold, std::vector<uint64_t> starters,
                std::string note = "", WordClasses classes = WordClasses());

  static Result<BoundaryModel> Load(const std::string& path);
  // DataPath("models/splitter.dyad").
  static Result<BoundaryModel> LoadDefault();
  // Parses a model held in memory; `what` names it in errors.
  static Result<BoundaryModel> FromBytes(std::string_view data, const std::string& what);

  // The exact bytes Save writes (deterministic: the same model gives the
  // same bytes; the self-test answers are computed now).
  std::string Serialize() const;
  Status Save(const std::string& path) const;

  float Score(const BoundaryFeatures& f) const {
    float s = 0;
    const int shift = 64 - table_bits_;
    for (int i = 0; i < f.n; ++i) s += weights_[f.h[i] >> shift];
    return s;
  }
  bool Decide(const BoundaryFeatures& f) const { return Score(f) > threshold_; }

  // Whether `word` (any case) is one of the model's sentence openers.
  bool IsStarter(std::string_view word) const;

  int table_bits() const { return table_bits_; }
  const std::vector<float>& weights() const { return weights_; }
  float threshold() const { return threshold_; }
  const std::string& note() const { return note_; }
  const std::vector<uint64_t>& starters() const { return starters_; }
  const WordClasses& classes() const { return classes_; }
  size_t nonzero_weights() const;

  // The built-in self-test paragraphs (Dyad's own sentences).
  static const std::vector<std::string>& SelfTestTexts();

 private:
  // Per self-test text: sentence count, then (start, end) pairs.
  std::string SelfTestPayload() const;

  int table_bits_ = 0;
  std::vector<float> weights_;
  float threshold_ = 0;
  std::vector<uint64_t> starters_;  // sorted, unique
  // Bit (h >> 52) set for every starter hash h: most words are rejected by
  // one load, without the binary search (4,096 bits: with the ~580 openers
  // of the committed model about one word in eight reaches the search).
  std::array<uint64_t, 64> starter_bits_{};
  std::string note_;
  WordClasses classes_;
};

}  // namespace dyad

#endif  // DYAD_TEXT_BOUNDARY_MODEL_H_
