// WordClasses: a word form's class for the sentence-boundary classifier
// (boundary_features.h), learned from a treebank's training part alone and
// stored in the splitter model (models/splitter.dyad, section "classes").
//
// The class of a form seen often enough in training is what the trainer
// stored for it (train/splitter_trainer.h: the form's majority UPOS, or the
// set of its UPOS tags, its ambiguity class); any other form gets a
// fallback class from its spelling (capitalised, all capitals, lowercase
// with a few telling endings, digits, other), so patterns the classifier
// learned with one name or verb hold for others it never saw ("Debra
// Perlingiere | Gerald Nemec": PROPN PROPN | PROPN PROPN, against "Thanks
// Bob | Let me know": PROPN | VERB PRON). Forms are case-sensitive
// ("May" and "may" differ).
//
// Built once, then const and thread-safe. Lookup is one hash probe or two
// (open addressing over the 64-bit form hashes).
#ifndef DYAD_TEXT_WORD_CLASSES_H_
#define DYAD_TEXT_WORD_CLASSES_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

class WordClasses {
 public:
  // Fallback classes have this bit set; stored classes must not.
  static constexpr uint32_t kFallbackBit = 0x80000000u;

  WordClasses() = default;
  // (KeyOf(form), class) pairs; classes must not have kFallbackBit set and
  // keys must be distinct (the caller checks; see Valid()).
  explicit WordClasses(std::vector<std::pair<uint64_t, uint32_t>> entries);

  // Case-sensitive FNV-1a 64 of the form's bytes (0 is mapped to 1).
  static uint64_t KeyOf(std::string_view form);
  // The fallback class of a form not in the table.
  static uint32_t FallbackOf(std::string_view form);
  // Whether `entries` could build a table: keys strictly increasing and
  // non-zero, no class with kFallbackBit.
  static bool Valid(const std::vector<std::pair<uint64_t, uint32_t>>& entries);

  // The class of `form`, whose KeyOf is `key`.
  uint32_t Of(uint64_t key, std::string_view form) const {
    if (!slots_.empty()) {
      for (size_t i = Slot0(key);; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.key == key) return s.cls;
        if (s.key == 0) break;
      }
    }
    return FallbackOf(form);
  }
  uint32_t Of(std::string_view form) const { return Of(KeyOf(form), form); }

  // The stored entries, sorted by key.
  const std::vector<std::pair<uint64_t, uint32_t>>& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }

 private:
  // The first slot to probe: the top bits of the key, mixed (FNV-1a's own
  // top bits cluster for short words).
  size_t Slot0(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ULL) >> shift_; }
  struct Slot {
    uint64_t key = 0;
    uint32_t cls = 0;
  };
  std::vector<std::pair<uint64_t, uint32_t>> entries_;
  std::vector<Slot> slots_;  // a power of two, at most half full
  int shift_ = 64;
  size_t mask_ = 0;
};

}  // namespace dyad

#endif  // DYAD_TEXT_WORD_CLASSES_H_
