#include "base/binary_io.h"

#include <fmt/format.h>

#include <cstring>

namespace dyad {

Status ByteReader::status() const {
  if (ok_) return Status::Ok();
  return DataLoss(fmt::format("{}: truncated or corrupt at byte {}", what_, fail_pos_));
}

SectionWriter::SectionWriter(std::string_view magic8, uint32_t version) {
  std::string m(magic8);
  m.resize(8, '\0');
  w_.PutBytes(m);
  w_.Put<uint32_t>(version);
}

void SectionWriter::Add(std::string_view name, const std::string& payload) {
  w_.PutString(name);
  w_.Put<uint64_t>(payload.size());
  w_.PutBytes(payload);
}

Result<SectionReader> SectionReader::Open(std::string_view data, std::string_view magic8,
                                          uint32_t version, const std::string& what) {
  std::string m(magic8);
  m.resize(8, '\0');
  if (data.size() < 12 || data.substr(0, 8) != m)
    return DataLoss(fmt::format("{}: not a Dyad {} file (bad magic bytes)", what, std::string(magic8)));
  uint32_t v;
  std::memcpy(&v, data.data() + 8, 4);
  if (v != version)
    return Unsupported(fmt::format("{}: format version {} but this Dyad reads version {}", what, v, version));
  SectionReader r;
  r.what_ = what;
  ByteReader br(data.substr(12), what);
  while (br.remaining() > 0) {
    std::string name;
    uint64_t size;
    std::string_view payload;
    if (!br.GetString(&name) || !br.Get(&size) || !br.GetBytes(size, &payload)) {
      return DataLoss(fmt::format("{}: truncated or corrupt section table near byte {}", what, 12 + br.pos()));
    }
    r.sections_.emplace_back(std::move(name), payload);
  }
  return r;
}

bool SectionReader::Has(std::string_view name) const {
  for (auto& [n, p] : sections_)
    if (n == name) return true;
  return false;
}

Result<std::string_view> SectionReader::Get(std::string_view name) const {
  for (auto& [n, p] : sections_)
    if (n == name) return p;
  return DataLoss(fmt::format("{}: missing section '{}'", what_, std::string(name)));
}

uint64_t Fnv1a64(std::string_view s, uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

namespace {
constexpr std::string_view kChecksumName = "checksum";
// The section as written: name (u32 length + bytes), payload length, payload.
constexpr size_t kChecksumTail = 4 + kChecksumName.size() + 8 + 8;
}  // namespace

std::string SealWithChecksum(std::string data) {
  ByteWriter tail;
  tail.PutString(kChecksumName);
  tail.Put<uint64_t>(8);
  tail.Put<uint64_t>(Fnv1a64(data));
  return data + tail.data();
}

Status CheckChecksum(const SectionReader& reader, std::string_view data, const std::string& what) {
  auto sum = reader.Get(kChecksumName);
  if (!sum.ok()) return sum.status();
  if (sum->size() != 8 || data.size() < kChecksumTail || data.substr(data.size() - 8).data() != sum->data())
    return DataLoss(fmt::format("{}: checksum section is not the last 8 bytes", what));
  uint64_t stored;
  std::memcpy(&stored, sum->data(), 8);
  if (stored != Fnv1a64(data.substr(0, data.size() - kChecksumTail)))
    return DataLoss(fmt::format("{}: checksum mismatch: the file is corrupt (re-fetch or retrain it)", what));
  return Status::Ok();
}

}  // namespace dyad
