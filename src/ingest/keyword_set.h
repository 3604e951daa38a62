// KeywordSet: finds which of many fixed keywords occur in a text in one pass
// (Aho-Corasick automaton compiled to a dense table over byte classes), ASCII
// case-insensitively. The cleaner asks ~50 "contains" and ~80 "starts with"
// questions per paragraph; one scan answers them all.
//
//   KeywordSet set({{"photo by", kCaption}, {"all rights reserved", kBoiler}});
//   uint32_t groups = set.FindAnywhere(paragraph);   // OR of matching groups
//   uint32_t starts = set.FindPrefixes(paragraph);   // keywords the text starts with
//
// Keywords are matched as bytes after ASCII lower-casing of the text (so give
// them in lower case; UTF-8 keywords such as "\xC2\xA9" work unchanged).
// Build once; the Find methods are const and thread-safe.
#ifndef DYAD_INGEST_KEYWORD_SET_H_
#define DYAD_INGEST_KEYWORD_SET_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

class KeywordSet {
 public:
  // Each keyword (non-empty) carries a group bit mask reported on a match.
  explicit KeywordSet(const std::vector<std::pair<std::string_view, uint32_t>>& keywords);

  // OR of the groups of every keyword occurring anywhere in `text`.
  uint32_t FindAnywhere(std::string_view text) const;
  // OR of the groups of every keyword that `text` starts with.
  uint32_t FindPrefixes(std::string_view text) const;

 private:
  // Dense transition table: step_[state * classes_ + cls]. Failure links are
  // folded in (a DFA), so the scan does one lookup per byte. An entry holds
  // the target state's row offset (target * classes_), so the next lookup
  // needs no multiplication, with kHasOutput set when entering the target
  // matches a keyword (rare: then out_ is read).
  std::vector<uint32_t> step_;
  static constexpr uint32_t kHasOutput = 0x80000000u;
  size_t longest_ = 0;  // bytes of the longest keyword
  // Trie edges only (kDead where the trie has none), for anchored prefixes.
  std::vector<uint16_t> trie_;
  std::vector<uint32_t> out_;    // groups matched on entering a state (DFA: incl. suffixes)
  std::vector<uint32_t> here_;   // groups of keywords ending exactly at a trie node
  std::array<uint8_t, 256> cls_{};  // byte -> class (0: no keyword uses the byte)
  uint32_t classes_ = 1;
  static constexpr uint16_t kDead = 0xFFFF;
};

}  // namespace dyad

#endif  // DYAD_INGEST_KEYWORD_SET_H_
