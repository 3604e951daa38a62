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
//   meta      template signature (u64), table bits (u32; 0: exact weights,
//             version 3), threshold (f32), training note (string); version
//             3 may add threshold offsets by candidate kind: count (u32,
//             kBoundaryKinds), then one f32 each
//   weights   the non-zero weights: count (u64), then (index u32, f32) pairs
//             in increasing index order; exact weights: (feature hash u64,
//             f32) pairs in increasing hash order
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
#include <utility>
#include <vector>

#include "base/status.h"
#include "text/boundary_features.h"
#include "text/word_classes.h"

namespace dyad {

inline constexpr char kBoundaryModelMagic[] = "DYADSPL";
// Version 2: section classes; 3: exact weights (table bits 0) or
// threshold offsets by candidate kind. A model with neither is written as
// version 2 (as the committed one), so older readers still load it.
inline constexpr uint32_t kBoundaryModelVersion = 3;
inline constexpr uint32_t kBoundaryModelVersionHashed = 2;

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
  // An exact (collision-free) model: `keyed` holds (feature hash, weight)
  // pairs (any order; keys distinct and non-zero, zero weights dropped);
  // a feature not among them weighs nothing. table_bits() is 0.
  BoundaryModel(std::vector<std::pair<uint64_t, float>> keyed, float threshold, std::vector<uint64_t> starters,
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
    if (table_bits_ == 0) {
      for (int i = 0; i < f.n; ++i) s += ExactWeight(f.h[i]);
      return s;
    }
    const int shift = 64 - table_bits_;
    for (int i = 0; i < f.n; ++i) s += weights_[f.h[i] >> shift];
    return s;
  }
  bool Decide(const BoundaryFeatures& f) const { return Score(f) > threshold_ + kind_offsets_[f.kind]; }

  // Threshold offsets by candidate kind (BoundaryKind; all 0 unless set).
  using KindOffsets = std::array<float, kBoundaryKinds>;
  const KindOffsets& kind_offsets() const { return kind_offsets_; }
  // Sets them (before the model is shared: models are const once built).
  void set_kind_offsets(const KindOffsets& o) { kind_offsets_ = o; }

  // Whether `word` (any case) is one of the model's sentence openers.
  bool IsStarter(std::string_view word) const;

  // 0 for an exact model (keyed()), else log2 of the hashed table's size.
  int table_bits() const { return table_bits_; }
  // The hashed table (empty for an exact model).
  const std::vector<float>& weights() const { return weights_; }
  // An exact model's (feature hash, weight) pairs, sorted by hash (empty
  // for a hashed one).
  const std::vector<std::pair<uint64_t, float>>& keyed() const { return keyed_; }
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

  // An exact model's weight of feature hash h: open addressing over the
  // keys, the first slot from h's top bits (the feature hashes are mixed).
  float ExactWeight(uint64_t h) const {
    for (size_t i = h >> slot_shift_;; i = (i + 1) & slot_mask_) {
      const uint64_t k = slot_keys_[i];
      if (k == h) return slot_weights_[i];
      if (k == 0) return 0.0f;
    }
  }

  int table_bits_ = 0;
  std::vector<float> weights_;
  std::vector<std::pair<uint64_t, float>> keyed_;
  std::vector<uint64_t> slot_keys_{0, 0};  // a power of two, at most half full
  std::vector<float> slot_weights_{0.0f, 0.0f};
  int slot_shift_ = 63;
  size_t slot_mask_ = 1;
  float threshold_ = 0;
  KindOffsets kind_offsets_{};
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
