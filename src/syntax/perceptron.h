// Averaged perceptron over hashed features: the learning machinery shared by
// the tagger and the dependency parser.
//
// A feature is a 64-bit hash (build it with FeatureHash / HashMix from a
// template id and the values it combines; never build std::strings per
// feature at run time). Each feature owns a sparse row of per-class weights.
//
// Two classes:
//   * PerceptronTrainer: mutable, training only. Score / Update / Tick, with
//     lazy averaging (Daume's trick: per-weight running totals and
//     timestamps), so an update costs O(features), not O(all weights).
//   * WeightTable: immutable, run time. Built by PerceptronTrainer::Finalize
//     (averaged, pruned, quantised to int16 with one per-table scale). Rows
//     are sparse (class id + int16 weight); lookups go through an
//     open-addressing hash of the feature keys. Save()/Load() give one
//     deterministic payload (features sorted by key), so a table round-trips
//     byte for byte; Load checks every length and refuses corrupt payloads
//     with a DataLoss status naming the input and the byte offset.
//
// Typical use:
//   PerceptronTrainer t(num_classes);
//   for each epoch, for each example:
//     feats = ...;                       // std::vector<uint64_t>
//     t.Score(feats, scores);            // float scores[num_classes]
//     int guess = argmax(scores);
//     t.Update(feats, gold, guess);      // no-op when gold == guess
//     t.Tick();                          // one example seen
//   WeightTable table = t.Finalize();    // averaged + quantised
//   std::string payload = table.Save();
//   ...
//   auto loaded = WeightTable::Load(payload, "model.dyad: section parser");
//   loaded->Score(feats.data(), feats.size(), iscores);  // int32 scores
//
// WeightTable is const and thread-safe after construction.
#ifndef DYAD_SYNTAX_PERCEPTRON_H_
#define DYAD_SYNTAX_PERCEPTRON_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad {

// Mixes two 64-bit values into one (order matters). Used to combine a
// template id with one or more value hashes.
inline uint64_t HashMix(uint64_t a, uint64_t b) {
  uint64_t h = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
  h ^= h >> 31;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 29;
  return h;
}

// Hash of a string value (FNV-1a 64, then finalised). Stable across runs and
// platforms: part of the model format.
uint64_t HashString(std::string_view s);

// Feature hash for template `tmpl` with one, two or three value hashes.
inline uint64_t FeatureHash(uint32_t tmpl, uint64_t v) { return HashMix(0x51ed2701ULL + tmpl, v); }
inline uint64_t FeatureHash(uint32_t tmpl, uint64_t v1, uint64_t v2) {
  return HashMix(FeatureHash(tmpl, v1), v2);
}
inline uint64_t FeatureHash(uint32_t tmpl, uint64_t v1, uint64_t v2, uint64_t v3) {
  return HashMix(FeatureHash(tmpl, v1, v2), v3);
}

// Run-time weight table (see file comment).
class WeightTable {
 public:
  WeightTable() = default;

  int num_classes() const { return num_classes_; }
  // Distinct features and stored (feature, class) weights.
  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return classes_.size(); }
  // Real value of one int16 unit (score * scale ~ the averaged float score).
  float scale() const { return scale_; }

  // Adds the weights of `n` features to scores[0..num_classes). Unknown
  // features contribute nothing. Duplicated features count twice.
  void Score(const uint64_t* features, size_t n, int32_t* scores) const;
  void Score(const std::vector<uint64_t>& features, int32_t* scores) const {
    Score(features.data(), features.size(), scores);
  }
  // Argmax of Score over classes for which allowed (may be null) is nonzero;
  // ties go to the lowest class id. Returns -1 when no class is allowed.
  int Predict(const uint64_t* features, size_t n, const uint8_t* allowed = nullptr) const;

  // One payload: "DYPW" tag, version, num_classes, scale, then features
  // sorted by key with their sparse rows.
  std::string Save() const;
  static Result<WeightTable> Load(std::string_view payload, const std::string& what);

 private:
  friend class PerceptronTrainer;
  // Builds the lookup structures (slots_, entries_) from the sorted arrays.
  void BuildIndex();

  // Open-addressing slot: the key with its row, so that a lookup costs one
  // cache miss for the slot and one for the row. len == 0 marks empty.
  struct Slot {
    uint64_t key;
    uint32_t begin, len;
  };
  struct Weight {
    uint16_t cls;
    int16_t w;
  };
  const Slot* Find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t i = (key ^ (key >> 32)) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.len == 0) return nullptr;
      if (s.key == key) return &s;
    }
  }

  int num_classes_ = 0;
  float scale_ = 1.0f;
  // The stored form (what Save writes).
  std::vector<uint64_t> keys_;      // sorted ascending
  std::vector<uint32_t> offsets_;   // size keys_.size() + 1, into classes_/weights_
  std::vector<uint16_t> classes_;
  std::vector<int16_t> weights_;
  // The lookup form.
  std::vector<Slot> slots_;
  std::vector<Weight> entries_;
};

// Training-time averaged perceptron (see file comment). Deterministic: the
// result depends only on the sequence of calls.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes);

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return rows_.size(); }

  // Adds the current (not averaged) weights of the features to scores
  // (num_classes floats; the caller zeroes them).
  void Score(const uint64_t* features, size_t n, float* scores) const;
  void Score(const std::vector<uint64_t>& features, float* scores) const {
    Score(features.data(), features.size(), scores);
  }
  // Perceptron update: +amount on `truth`, -amount on `guess` for every
  // feature. No-op when truth == guess.
  void Update(const uint64_t* features, size_t n, int truth, int guess, float amount = 1.0f);
  void Update(const std::vector<uint64_t>& features, int truth, int guess, float amount = 1.0f) {
    Update(features.data(), features.size(), truth, guess, amount);
  }
  // Advances the example clock by one (call once per training example, after
  // its update). Averages weigh each weight by how many examples it lived.
  void Tick() { ++clock_; }
  uint64_t clock() const { return clock_; }

  // The averaged weights, quantised to int16 with scale = max|w| / 32767.
  // Weights whose magnitude is below prune_fraction * max|w| (and all
  // zero weights) are dropped; features left with no weights are dropped.
  WeightTable Finalize(float prune_fraction = 1e-4f) const;

 private:
  struct Entry {
    uint16_t cls;
    float w;          // current weight
    double total;     // sum of w over time up to `stamp`
    uint64_t stamp;   // clock when total was last brought up to date
  };
  // Row index of `key`, creating an empty row when `create`; -1 if absent.
  int64_t RowOf(uint64_t key, bool create);
  int64_t FindRow(uint64_t key) const;
  void AddTo(std::vector<Entry>& row, int cls, float delta);
  void Grow();

  int num_classes_;
  uint64_t clock_ = 0;
  std::vector<uint64_t> keys_;
  std::vector<std::vector<Entry>> rows_;
  std::vector<uint32_t> slots_;  // open addressing into keys_/rows_
};

}  // namespace dyad

#endif  // DYAD_SYNTAX_PERCEPTRON_H_
