#include "ingest/keyword_set.h"

#include <algorithm>
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
    longest_ = std::max(longest_, k.size());
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
  if (states * classes_ >= kHasOutput) throw std::logic_error("KeywordSet: transition table too large");
  std::vector<uint16_t> next_(states * classes_, 0);
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
  step_.resize(next_.size());
  for (size_t i = 0; i < next_.size(); ++i) {
    const uint32_t t = next_[i];
    step_[i] = t * classes_ | (out_[t] ? kHasOutput : 0);
  }
}

uint32_t KeywordSet::FindAnywhere(std::string_view text) const {
  // Each byte's lookup depends on the previous one's result, so one scan
  // waits on a load per byte. Several scans run side by side instead, over
  // overlapping pieces of the text: four pieces of m bytes each, or two,
  // piece k starting longest_ - 1 bytes before piece k - 1 ends, so every
  // keyword lies wholly inside some piece. A keyword two pieces find is
  // simply reported twice into the same OR. (The last piece may be a few
  // bytes shorter than m; the others finish after the common loop.)
  uint32_t found = 0;
  const uint32_t* step = step_.data();
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  auto advance = [&](uint32_t row, unsigned char c) {
    const uint32_t v = step[row + cls_[c]];
    if (v & kHasOutput) [[unlikely]] found |= out_[(v & ~kHasOutput) / classes_];
    return v & ~kHasOutput;
  };
  const size_t n = text.size();
  if (longest_ == 0) return 0;  // no keywords
  const size_t overlap = longest_ - 1;
  if (n >= 8 * longest_ + 32) {
    const size_t m = (n + 3 * overlap + 3) / 4;  // 4m >= n + 3 * overlap
    const size_t stride = m - overlap;
    const unsigned char *p1 = p + stride, *p2 = p1 + stride, *p3 = p2 + stride;
    const size_t last = n - 3 * stride;  // the last piece's length, <= m
    uint32_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    size_t i = 0;
    for (; i < last; ++i) {
      s0 = advance(s0, p[i]);
      s1 = advance(s1, p1[i]);
      s2 = advance(s2, p2[i]);
      s3 = advance(s3, p3[i]);
    }
    for (; i < m; ++i) {
      s0 = advance(s0, p[i]);
      s1 = advance(s1, p1[i]);
      s2 = advance(s2, p2[i]);
    }
    return found;
  }
  if (n >= 2 * longest_ + 16) {
    const size_t a_end = (n + overlap) / 2;  // the first piece: [0, a_end)
    const unsigned char* q = p + (a_end - overlap);
    const size_t b_len = n - (a_end - overlap);  // >= a_end
    uint32_t a = 0, b = 0;
    size_t i = 0;
    for (; i < a_end; ++i) {
      a = advance(a, p[i]);
      b = advance(b, q[i]);
    }
    for (; i < b_len; ++i) b = advance(b, q[i]);
    return found;
  }
  uint32_t a = 0;
  for (size_t i = 0; i < n; ++i) a = advance(a, p[i]);
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
