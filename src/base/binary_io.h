// Little-endian binary writing/reading for Dyad's model files.
//
// A model file is: magic (8 bytes), format version (u32), then named
// sections, each [name (string), size (u64), payload]. Readers check every
// length against the remaining bytes, so a truncated or corrupt file gives a
// DataLoss status, never a crash.
#ifndef DYAD_BASE_BINARY_IO_H_
#define DYAD_BASE_BINARY_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "base/status.h"

namespace dyad {

class ByteWriter {
 public:
  template <typename T>
  void Put(T v) {
    static_assert(std::is_arithmetic_v<T>);
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    buf_.append(b, sizeof(T));
  }
  void PutString(std::string_view s) {
    Put<uint32_t>(static_cast<uint32_t>(s.size()));
    buf_.append(s);
  }
  template <typename T>
  void PutVector(const std::vector<T>& v) {
    static_assert(std::is_arithmetic_v<T>);
    Put<uint64_t>(v.size());
    buf_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void PutBytes(std::string_view s) { buf_.append(s); }
  const std::string& data() const { return buf_; }
  std::string& data() { return buf_; }

 private:
  std::string buf_;
};

class ByteReader {
 public:
  // `what` names the input in error messages (e.g. the model file path).
  ByteReader(std::string_view data, std::string what) : data_(data), what_(std::move(what)) {}

  template <typename T>
  bool Get(T* v) {
    if (!Need(sizeof(T))) return false;
    std::memcpy(v, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetString(std::string* s) {
    uint32_t n;
    if (!Get(&n) || !Need(n)) return false;
    s->assign(data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  template <typename T>
  bool GetVector(std::vector<T>* v) {
    uint64_t n;
    if (!Get(&n) || n > (data_.size() - pos_) / sizeof(T)) return Fail(sizeof(T));
    v->resize(n);
    // An empty vector's data() may be null, which memcpy must not be given
    // even for zero bytes.
    if (n > 0) std::memcpy(v->data(), data_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return true;
  }
  bool GetBytes(size_t n, std::string_view* out) {
    if (!Need(n)) return false;
    *out = data_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  size_t pos() const { return pos_; }
  size_t remaining() const { return data_.size() - pos_; }
  bool ok() const { return ok_; }
  // DataLoss status naming the input and the byte offset of the first failure.
  Status status() const;

 private:
  bool Need(size_t n) {
    if (ok_ && n <= data_.size() - pos_) return true;
    return Fail(n);
  }
  bool Fail(size_t n) {
    if (ok_) fail_pos_ = pos_;
    ok_ = false;
    return false;
  }
  std::string_view data_;
  std::string what_;
  size_t pos_ = 0, fail_pos_ = 0;
  bool ok_ = true;
};

// Named sections after a magic + version header.
class SectionWriter {
 public:
  SectionWriter(std::string_view magic8, uint32_t version);
  void Add(std::string_view name, const std::string& payload);
  const std::string& data() const { return w_.data(); }

 private:
  ByteWriter w_;
};

class SectionReader {
 public:
  // Checks magic and version; fails with a clear message otherwise.
  static Result<SectionReader> Open(std::string_view data, std::string_view magic8,
                                    uint32_t version, const std::string& what);
  bool Has(std::string_view name) const;
  // The payload of `name`, or DataLoss naming the missing section.
  Result<std::string_view> Get(std::string_view name) const;
  const std::string& what() const { return what_; }

 private:
  std::vector<std::pair<std::string, std::string_view>> sections_;
  std::string what_;
};

// FNV-1a 64-bit: stable hashes for feature templates and file checks.
uint64_t Fnv1a64(std::string_view s, uint64_t seed = 1469598103934665603ULL);

// Model files end with a "checksum" section holding Fnv1a64 of every byte
// before it. SealWithChecksum appends that section to a SectionWriter's data;
// CheckChecksum verifies, for a file opened with SectionReader, that the
// section is the file's last 8 bytes and matches (DataLoss naming `what`).
std::string SealWithChecksum(std::string data);
Status CheckChecksum(const SectionReader& reader, std::string_view data, const std::string& what);

}  // namespace dyad

#endif  // DYAD_BASE_BINARY_IO_H_
