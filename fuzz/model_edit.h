// Shared by the model-file fuzzers (syntax_model_fuzz, splitter_model_fuzz):
// byte edits of a valid model file, and resealing its checksum so that the
// edits reach the section parsers behind it.
#ifndef DYAD_FUZZ_MODEL_EDIT_H_
#define DYAD_FUZZ_MODEL_EDIT_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "base/binary_io.h"

namespace dyad_fuzz {

// Bytes of the trailing checksum section (see dyad::SealWithChecksum): name
// length, "checksum", payload length, payload.
constexpr size_t kChecksumTail = 4 + 8 + 8 + 8;

// Recomputes the checksum of a sealed file in place.
inline void FixChecksum(std::string* b) {
  if (b->size() < kChecksumTail) return;
  uint64_t sum = dyad::Fnv1a64(std::string_view(*b).substr(0, b->size() - kChecksumTail));
  std::memcpy(b->data() + b->size() - 8, &sum, 8);
}

// [u32 truncate-to][u32 offset, u8 xor]... applied to `base`.
inline std::string Edit(std::string base, std::string_view script) {
  uint32_t trunc = 0;
  if (script.size() >= 4) {
    std::memcpy(&trunc, script.data(), 4);
    script.remove_prefix(4);
    if (trunc != 0xffffffffu) base.resize(std::min<size_t>(base.size(), trunc));
  }
  while (script.size() >= 5 && !base.empty()) {
    uint32_t off;
    std::memcpy(&off, script.data(), 4);
    base[off % base.size()] ^= script[4];
    script.remove_prefix(5);
  }
  return base;
}

}  // namespace dyad_fuzz

#endif  // DYAD_FUZZ_MODEL_EDIT_H_
