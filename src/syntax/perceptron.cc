#include "syntax/perceptron.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "base/binary_io.h"

namespace dyad {
namespace {

constexpr uint32_t kTableTag = 0x57505944;  // "DYPW" little-endian
constexpr uint32_t kTableVersion = 1;

size_t SlotOf(uint64_t key, size_t mask) { return (key ^ (key >> 32)) & mask; }
constexpr uint32_t kEmptyRow = 0xffffffffu;

}  // namespace

uint64_t HashString(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return HashMix(h, s.size());
}

// ---------------------------------------------------------------- WeightTable

void WeightTable::Score(const uint64_t* features, size_t n, int32_t* scores) const {
  if (slots_.empty()) return;
  // The table is far larger than the caches, so each lookup is one miss for
  // the slot and one for its row. Done in batches, in three passes
  // (prefetch the slots; find them and prefetch the rows; add), so the
  // misses of a batch overlap instead of following one another.
  constexpr size_t kBatch = 32;
  const size_t mask = slots_.size() - 1;
  const Slot* found[kBatch];
  for (size_t from = 0; from < n; from += kBatch) {
    const size_t m = std::min(kBatch, n - from);
    const uint64_t* f = features + from;
    for (size_t k = 0; k < m; ++k) __builtin_prefetch(&slots_[SlotOf(f[k], mask)]);
    size_t hits = 0;
    for (size_t k = 0; k < m; ++k) {
      const Slot* s = Find(f[k]);
      if (!s) continue;
      __builtin_prefetch(entries_.data() + s->begin);
      found[hits++] = s;
    }
    for (size_t k = 0; k < hits; ++k) {
      const Weight* w = entries_.data() + found[k]->begin;
      for (uint32_t i = 0, len = found[k]->len; i < len; ++i) scores[w[i].cls] += w[i].w;
    }
  }
}

int WeightTable::Predict(const uint64_t* features, size_t n, const uint8_t* allowed) const {
  thread_local std::vector<int32_t> scores;
  scores.assign(num_classes_, 0);
  Score(features, n, scores.data());
  int best = -1;
  for (int c = 0; c < num_classes_; ++c) {
    if (allowed && !allowed[c]) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}

void WeightTable::BuildIndex() {
  size_t cap = 16;
  while (cap * 2 < keys_.size() * 3) cap <<= 1;  // load factor <= 2/3
  slots_.assign(cap, Slot{0, 0, 0});
  const size_t mask = cap - 1;
  for (uint32_t k = 0; k < keys_.size(); ++k) {
    const uint32_t len = offsets_[k + 1] - offsets_[k];
    if (len == 0) continue;
    size_t i = SlotOf(keys_[k], mask);
    while (slots_[i].len != 0) i = (i + 1) & mask;
    slots_[i] = Slot{keys_[k], offsets_[k], len};
  }
  entries_.resize(classes_.size());
  for (size_t i = 0; i < classes_.size(); ++i) entries_[i] = Weight{classes_[i], weights_[i]};
}

std::string WeightTable::Save() const {
  ByteWriter w;
  w.Put<uint32_t>(kTableTag);
  w.Put<uint32_t>(kTableVersion);
  w.Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  w.Put<float>(scale_);
  w.PutVector(keys_);
  // Row lengths rather than offsets: smaller numbers, same information.
  std::vector<uint16_t> lens(keys_.size());
  for (size_t k = 0; k < keys_.size(); ++k) lens[k] = static_cast<uint16_t>(offsets_[k + 1] - offsets_[k]);
  w.PutVector(lens);
  w.PutVector(classes_);
  w.PutVector(weights_);
  return std::move(w.data());
}

Result<WeightTable> WeightTable::Load(std::string_view payload, const std::string& what) {
  ByteReader r(payload, what);
  uint32_t tag = 0, version = 0, nc = 0;
  if (!r.Get(&tag) || !r.Get(&version)) return r.status();
  if (tag != kTableTag) {
    return DataLoss(fmt::format("{}: byte 0: not a perceptron weight table (bad tag)", what));
  }
  if (version != kTableVersion) {
    return Unsupported(fmt::format("{}: byte 4: weight table format version {} (this build reads {})",
                                   what, version, kTableVersion));
  }
  WeightTable t;
  std::vector<uint16_t> lens;
  if (!r.Get(&nc) || !r.Get(&t.scale_) || !r.GetVector(&t.keys_) || !r.GetVector(&lens) ||
      !r.GetVector(&t.classes_) || !r.GetVector(&t.weights_)) {
    return r.status();
  }
  if (r.remaining() != 0) {
    return DataLoss(fmt::format("{}: byte {}: {} unexpected trailing bytes in weight table", what,
                                r.pos(), r.remaining()));
  }
  if (nc == 0 || nc > 65535) {
    return DataLoss(fmt::format("{}: byte 8: bad class count {}", what, nc));
  }
  t.num_classes_ = static_cast<int>(nc);
  if (!std::isfinite(t.scale_) || t.scale_ <= 0) {
    return DataLoss(fmt::format("{}: byte 12: bad weight scale", what));
  }
  if (lens.size() != t.keys_.size() || t.classes_.size() != t.weights_.size()) {
    return DataLoss(fmt::format("{}: weight table arrays disagree in size", what));
  }
  t.offsets_.resize(lens.size() + 1);
  uint64_t off = 0;
  for (size_t k = 0; k < lens.size(); ++k) {
    t.offsets_[k] = static_cast<uint32_t>(off);
    off += lens[k];
    if (k > 0 && t.keys_[k] <= t.keys_[k - 1]) {
      return DataLoss(fmt::format("{}: weight table feature keys not strictly sorted (feature {})", what, k));
    }
  }
  if (off != t.classes_.size()) {
    return DataLoss(fmt::format("{}: weight table rows cover {} weights, {} stored", what, off,
                                t.classes_.size()));
  }
  t.offsets_.back() = static_cast<uint32_t>(off);
  for (size_t i = 0; i < t.classes_.size(); ++i) {
    if (t.classes_[i] >= nc) {
      return DataLoss(fmt::format("{}: weight {} has class {} out of range ({} classes)", what, i,
                                  t.classes_[i], nc));
    }
  }
  t.BuildIndex();
  return t;
}

// ---------------------------------------------------------- PerceptronTrainer

PerceptronTrainer::PerceptronTrainer(int num_classes) : num_classes_(num_classes) {
  slots_.assign(1 << 16, kEmptyRow);
}

int64_t PerceptronTrainer::FindRow(uint64_t key) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = SlotOf(key, mask);; i = (i + 1) & mask) {
    uint32_t s = slots_[i];
    if (s == kEmptyRow) return -1;
    if (keys_[s] == key) return s;
  }
}

void PerceptronTrainer::Grow() {
  slots_.assign(slots_.size() * 2, kEmptyRow);
  const size_t mask = slots_.size() - 1;
  for (uint32_t k = 0; k < keys_.size(); ++k) {
    size_t i = SlotOf(keys_[k], mask);
    while (slots_[i] != kEmptyRow) i = (i + 1) & mask;
    slots_[i] = k;
  }
}

int64_t PerceptronTrainer::RowOf(uint64_t key, bool create) {
  const size_t mask = slots_.size() - 1;
  size_t i = SlotOf(key, mask);
  for (;; i = (i + 1) & mask) {
    uint32_t s = slots_[i];
    if (s == kEmptyRow) break;
    if (keys_[s] == key) return s;
  }
  if (!create) return -1;
  uint32_t idx = static_cast<uint32_t>(keys_.size());
  keys_.push_back(key);
  rows_.emplace_back();
  slots_[i] = idx;
  if (keys_.size() * 2 > slots_.size()) Grow();
  return idx;
}

void PerceptronTrainer::Score(const uint64_t* features, size_t n, float* scores) const {
  for (size_t f = 0; f < n; ++f) {
    int64_t r = FindRow(features[f]);
    if (r < 0) continue;
    for (const Entry& e : rows_[r]) scores[e.cls] += e.w;
  }
}

void PerceptronTrainer::AddTo(std::vector<Entry>& row, int cls, float delta) {
  for (Entry& e : row) {
    if (e.cls == cls) {
      e.total += static_cast<double>(clock_ - e.stamp) * e.w;
      e.stamp = clock_;
      e.w += delta;
      return;
    }
  }
  row.push_back(Entry{static_cast<uint16_t>(cls), delta, 0.0, clock_});
}

void PerceptronTrainer::Update(const uint64_t* features, size_t n, int truth, int guess, float amount) {
  if (truth == guess) return;
  for (size_t f = 0; f < n; ++f) {
    std::vector<Entry>& row = rows_[RowOf(features[f], true)];
    AddTo(row, truth, amount);
    if (guess >= 0) AddTo(row, guess, -amount);
  }
}

WeightTable PerceptronTrainer::Finalize(float prune_fraction) const {
  const double now = static_cast<double>(std::max<uint64_t>(clock_, 1));
  // Averaged weights, row by row.
  std::vector<std::vector<std::pair<uint16_t, float>>> avg(rows_.size());
  float max_abs = 0;
  for (size_t r = 0; r < rows_.size(); ++r) {
    for (const Entry& e : rows_[r]) {
      double total = e.total + static_cast<double>(clock_ - e.stamp) * e.w;
      float a = static_cast<float>(total / now);
      if (a != 0) avg[r].push_back({e.cls, a});
      max_abs = std::max(max_abs, std::fabs(a));
    }
  }
  WeightTable t;
  t.num_classes_ = num_classes_;
  t.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  const float cutoff = std::max(prune_fraction * max_abs, 0.5f * t.scale_);
  std::vector<uint32_t> order(rows_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
  t.offsets_.push_back(0);
  for (uint32_t r : order) {
    auto& row = avg[r];
    std::sort(row.begin(), row.end());
    size_t before = t.classes_.size();
    for (auto [cls, a] : row) {
      if (std::fabs(a) < cutoff) continue;
      long q = std::lround(a / t.scale_);
      q = std::clamp(q, -32767L, 32767L);
      if (q == 0) continue;
      t.classes_.push_back(cls);
      t.weights_.push_back(static_cast<int16_t>(q));
    }
    if (t.classes_.size() == before) continue;
    t.keys_.push_back(keys_[r]);
    t.offsets_.push_back(static_cast<uint32_t>(t.classes_.size()));
  }
  t.BuildIndex();
  return t;
}

}  // namespace dyad
