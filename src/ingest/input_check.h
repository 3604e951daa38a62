// Checks on raw input bytes before Dyad reads them as text: binary files are
// refused, invalid UTF-8 is repaired (each bad sequence becomes U+FFFD).
#ifndef DYAD_INGEST_INPUT_CHECK_H_
#define DYAD_INGEST_INPUT_CHECK_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad {

// Unsupported when `data` looks binary: a NUL byte, or more than 10% control
// characters (other than tab, newline, carriage return, form feed, escape) in
// the first 64 KiB. `name` is used in the message, which gives the offset of
// the first NUL byte when there is one.
Status CheckNotBinary(std::string_view data, const std::string& name);

// Replaces every maximal invalid UTF-8 subsequence of *data with U+FFFD
// (EF BF BD), following the Unicode "maximal subpart" practice. The byte
// offsets (in the original input, plus `base_offset`) of the first few bad
// sequences go to *bad_offsets (at most `max_offsets`); returns how many
// sequences were replaced. Linear time; untouched when the input is valid.
size_t RepairUtf8(std::string* data, std::vector<size_t>* bad_offsets = nullptr,
                  size_t base_offset = 0, size_t max_offsets = 8);

// True when data is valid UTF-8.
bool IsValidUtf8(std::string_view data);

}  // namespace dyad

#endif  // DYAD_INGEST_INPUT_CHECK_H_
