#include "text/word_classes.h"

#include <algorithm>

#include "base/binary_io.h"

namespace dyad {

WordClasses::WordClasses(std::vector<std::pair<uint64_t, uint32_t>> entries) : entries_(std::move(entries)) {
  std::sort(entries_.begin(), entries_.end());
  if (entries_.empty()) return;
  int bits = 1;
  while ((size_t{1} << bits) < 2 * entries_.size()) ++bits;
  slots_.assign(size_t{1} << bits, Slot{});
  shift_ = 64 - bits;
  mask_ = (size_t{1} << bits) - 1;
  for (const auto& [key, cls] : entries_) {
    size_t i = Slot0(key);
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
    slots_[i] = Slot{key, cls};
  }
}

uint64_t WordClasses::KeyOf(std::string_view form) {
  const uint64_t h = Fnv1a64(form);
  return h == 0 ? 1 : h;
}

uint32_t WordClasses::FallbackOf(std::string_view w) {
  // 1 capitalised, 2 all capitals, 3 digit first, 4 other; lowercase: 5,
  // or by ending -ing 6, -ed 7, -ly 8, -s 9.
  uint32_t k = 4;
  const unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') {
    k = 2;
    for (char ch : w.substr(1))
      if (ch >= 'a' && ch <= 'z') {
        k = 1;
        break;
      }
  } else if (c >= '0' && c <= '9') {
    k = 3;
  } else if (c >= 'a' && c <= 'z') {
    k = w.ends_with("ing") ? 6 : w.ends_with("ed") ? 7 : w.ends_with("ly") ? 8 : w.ends_with('s') ? 9 : 5;
  }
  return kFallbackBit | k;
}

bool WordClasses::Valid(const std::vector<std::pair<uint64_t, uint32_t>>& entries) {
  for (size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].first == 0 || (entries[i].second & kFallbackBit)) return false;
    if (i > 0 && entries[i].first <= entries[i - 1].first) return false;
  }
  return true;
}

}  // namespace dyad
