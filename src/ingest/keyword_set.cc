#include "ingest/keyword_set.h"

#include <deque>
#include <stdexcept>

namespace dyad {

namespace {
inline unsigned char Fold(unsigned char c) { return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c | 0x20) : c; }
}  // namespace

KeywordSet::KeywordSet(const std::vector<std::pair<std::string_view, uint32_t>>& keywords) {
  // Byte classes: every (folded) byte that occurs in a keyword gets its own.
  for (const auto& [k, g] : keywords)
    for (unsigned char c : k) {
      unsigned char f = Fold(c);
      if (!cls_[f]) cls_[f] = static_cast<uint8_t>(classes_++);
    }
  for (int c = 'A'; c <= 'Z'; ++c) cls_[c] = cls_[c | 0x20];
  if (classes_ > 255) throw std::logic_error("KeywordSet: too many distinct bytes");
  // Trie.
  trie_.assign(classes_, kDead);
  here_.assign(1, 0);
  for (const auto& [k, g] : keywords) {
    if (k.empty()) throw std::logic_error("KeywordSet: empty keyword");
    size_t s = 0;
    for (unsigned char c : k) {
      size_t idx = s * classes_ + cls_[Fold(c)];
      if (trie_[idx] == kDead) {
        size_t n = here_.size();
        if (n >= kDead) throw std::logic_error("KeywordSet: too many keyword bytes");
        trie_[idx] = static_cast<uint16_t>(n);
        here_.push_back(0);
        trie_.resize(trie_.size() + classes_, kDead);
      }
      s = trie_[idx];
    }
    here_[s] |= g;
  }
  // Aho-Corasick: breadth-first, each state's missing edges follow its
  // failure state's (already complete) row.
  const size_t states = here_.size();
  next_.assign(states * classes_, 0);
  out_ = here_;
  std::vector<uint16_t> fail(states, 0);
  std::deque<uint16_t> queue;
  for (uint32_t c = 0; c < classes_; ++c) {
    uint16_t t = trie_[c];
    if (t != kDead) {
      next_[c] = t;
      fail[t] = 0;
      queue.push_back(t);
    } else {
      next_[c] = 0;
    }
  }
  while (!queue.empty()) {
    uint16_t s = queue.front();
    queue.pop_front();
    out_[s] |= out_[fail[s]];
    for (uint32_t c = 0; c < classes_; ++c) {
      uint16_t t = trie_[s * classes_ + c];
      if (t != kDead) {
        fail[t] = next_[fail[s] * classes_ + c];
        next_[s * classes_ + c] = t;
        queue.push_back(t);
      } else {
        next_[s * classes_ + c] = next_[fail[s] * classes_ + c];
      }
    }
  }
}

uint32_t KeywordSet::FindAnywhere(std::string_view text) const {
  uint32_t found = 0, s = 0;
  const uint16_t* next = next_.data();
  const uint32_t* out = out_.data();
  const uint32_t k = classes_;
  for (unsigned char c : text) {
    s = next[s * k + cls_[c]];
    found |= out[s];
  }
  return found;
}

uint32_t KeywordSet::FindPrefixes(std::string_view text) const {
  uint32_t found = 0, s = 0;
  for (unsigned char c : text) {
    uint16_t t = trie_[s * classes_ + cls_[c]];
    if (t == kDead) break;
    s = t;
    found |= here_[s];
  }
  return found;
}

}  // namespace dyad
