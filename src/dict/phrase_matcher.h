// PhraseMatcher: a compiled token trie mapping key sequences (phrase.h) to
// values, for actors, agents, adjectives and discards.
//
// Build once with Builder, then match from any number of threads (const).
// Edges live in one hash table keyed by (node, interned word), so lookups cost
// one hash of the text key plus one probe per step.
#ifndef DYAD_DICT_PHRASE_MATCHER_H_
#define DYAD_DICT_PHRASE_MATCHER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::dict {

class PhraseMatcher {
 public:
  struct Match {
    uint32_t begin = 0, end = 0;  // key positions [begin, end)
    uint32_t value = 0;
  };

  class Builder {
   public:
    // Adds a phrase. With `stem_last`, the last key matches any text key that
    // starts with it (PETRARCH discards without a trailing '_').
    void Add(const std::vector<std::string>& keys, uint32_t value, bool stem_last = false);
    PhraseMatcher Build() &&;

   private:
    friend class PhraseMatcher;
    struct Entry {
      std::vector<std::string> keys;
      uint32_t value;
      bool stem;
    };
    std::vector<Entry> entries_;
  };

  PhraseMatcher() = default;

  // Every value whose phrase matches keys[pos, pos+len) for the largest len
  // (several values when several phrases are identical). Returns len (0 = none).
  size_t LongestAt(const std::vector<std::string>& keys, size_t pos,
                   std::vector<uint32_t>* values) const;
  // All matches starting at pos, any length, shortest first.
  void AllAt(const std::vector<std::string>& keys, size_t pos, std::vector<Match>* out) const;
  // Leftmost-longest, non-overlapping matches over the whole sequence; a
  // phrase with several values gives one Match per value (same span).
  std::vector<Match> FindLongest(const std::vector<std::string>& keys) const;
  // True if any phrase occurs anywhere.
  bool ContainsAny(const std::vector<std::string>& keys) const;

  size_t num_phrases() const { return num_phrases_; }
  size_t num_nodes() const { return node_first_value_.size() - 1; }

 private:
  static uint64_t EdgeKey(uint32_t node, uint32_t word) { return (uint64_t{node} << 32) | word; }
  int32_t WordId(std::string_view w) const;
  // Values at node; stems: (stem, value) pairs hanging off node.
  // Hashes a word as a string_view, so lookups need no std::string copy.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view w) const { return std::hash<std::string_view>{}(w); }
  };
  std::unordered_map<std::string, uint32_t, WordHash, std::equal_to<>> words_;  // interned keys
  std::unordered_map<uint64_t, uint32_t> edges_;     // (node, word) -> child
  std::vector<uint32_t> node_first_value_;           // CSR over values_
  std::vector<uint32_t> values_;
  struct Stem {
    uint32_t node;
    std::string prefix;
    uint32_t value;
  };
  std::vector<Stem> stems_;                          // sorted by node
  std::vector<uint8_t> node_has_stem_;
  size_t num_phrases_ = 0;
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_PHRASE_MATCHER_H_
