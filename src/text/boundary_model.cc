#include "text/boundary_model.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include "base/binary_io.h"
#include "base/file.h"
#include "base/paths.h"
#include "text/sentence_splitter.h"

namespace dyad {

BoundaryModel::BoundaryModel(int table_bits, std::vector<float> weights, float threshold,
                             std::vector<uint64_t> starters, std::string note, WordClasses classes)
    : table_bits_(table_bits),
      weights_(std::move(weights)),
      threshold_(threshold),
      starters_(std::move(starters)),
      note_(std::move(note)),
      classes_(std::move(classes)) {
  weights_.resize(size_t{1} << table_bits_, 0.0f);
  std::sort(starters_.begin(), starters_.end());
  starters_.erase(std::unique(starters_.begin(), starters_.end()), starters_.end());
  for (uint64_t h : starters_) starter_bits_[h >> 58] |= uint64_t{1} << ((h >> 52) & 63);
}

BoundaryModel::BoundaryModel(std::vector<std::pair<uint64_t, float>> keyed, float threshold,
                             std::vector<uint64_t> starters, std::string note, WordClasses classes)
    : BoundaryModel(kMinTableBits, {}, threshold, std::move(starters), std::move(note), std::move(classes)) {
  table_bits_ = 0;
  weights_.clear();
  std::erase_if(keyed, [](const std::pair<uint64_t, float>& kw) { return kw.first == 0 || kw.second == 0.0f; });
  std::sort(keyed.begin(), keyed.end());
  keyed_ = std::move(keyed);
  int bits = 1;
  while ((size_t{1} << bits) < 2 * keyed_.size()) ++bits;
  slot_keys_.assign(size_t{1} << bits, 0);
  slot_weights_.assign(size_t{1} << bits, 0.0f);
  slot_shift_ = 64 - bits;
  slot_mask_ = (size_t{1} << bits) - 1;
  for (const auto& [key, w] : keyed_) {
    size_t i = key >> slot_shift_;
    while (slot_keys_[i] != 0 && slot_keys_[i] != key) i = (i + 1) & slot_mask_;
    slot_keys_[i] = key;
    slot_weights_[i] = w;
  }
}

bool BoundaryModel::IsStarter(std::string_view word) const {
  const uint64_t h = text::LowerHash(word);
  if (!(starter_bits_[h >> 58] & (uint64_t{1} << ((h >> 52) & 63)))) return false;
  return std::binary_search(starters_.begin(), starters_.end(), h);
}

size_t BoundaryModel::nonzero_weights() const {
  size_t n = keyed_.size();
  for (float w : weights_) n += w != 0.0f;
  return n;
}

const std::vector<std::string>& BoundaryModel::SelfTestTexts() {
  static const std::vector<std::string> texts = {
      "The ferry left at noon. It reached the island before dark.",
      "Gen. Okafor met Mr. Lindqvist in the U.S. capital on Jan. 4. They spoke for an hour.",
      "great little bakery the bread is always fresh Thanks for the lovely cake!! i will be back",
      "\"Are you coming?\" she asked. Nobody answered... The bus was late again :) see you Monday",
      "Acme Inc. The firm was sold in 1998. Its founder, J. R. Ortega, retired.",
  };
  return texts;
}

std::string BoundaryModel::SelfTestPayload() const {
  // A splitter that uses this model without owning it.
  SentenceSplitter sp(std::shared_ptr<const BoundaryModel>(std::shared_ptr<const BoundaryModel>(), this));
  std::string out;
  std::vector<Sentence> sents;
  for (size_t k = 0; k < SelfTestTexts().size(); ++k) {
    const std::string& t = SelfTestTexts()[k];
    sents.clear();
    sp.SplitSpan(t, 0, static_cast<uint32_t>(t.size()), 0, &sents);
    out += fmt::format("{}", k);
    for (const auto& s : sents) out += fmt::format(" {}-{}", s.start, s.end);
    out += '\n';
  }
  return out;
}

std::string BoundaryModel::Serialize() const {
  const bool v3 = table_bits_ == 0 || kind_offsets_ != KindOffsets{};
  SectionWriter w(kBoundaryModelMagic, v3 ? kBoundaryModelVersion : kBoundaryModelVersionHashed);
  ByteWriter meta;
  meta.Put<uint64_t>(BoundaryTemplateSignature());
  meta.Put<uint32_t>(static_cast<uint32_t>(table_bits_));
  meta.Put<float>(threshold_);
  meta.PutString(note_);
  if (kind_offsets_ != KindOffsets{}) {
    meta.Put<uint32_t>(static_cast<uint32_t>(kind_offsets_.size()));
    for (float o : kind_offsets_) meta.Put<float>(o);
  }
  w.Add("meta", meta.data());
  ByteWriter wt;
  wt.Put<uint64_t>(nonzero_weights());
  for (const auto& [key, w] : keyed_) {
    wt.Put<uint64_t>(key);
    wt.Put<float>(w);
  }
  for (size_t i = 0; i < weights_.size(); ++i) {
    if (weights_[i] == 0.0f) continue;
    wt.Put<uint32_t>(static_cast<uint32_t>(i));
    wt.Put<float>(weights_[i]);
  }
  w.Add("weights", wt.data());
  ByteWriter st;
  st.PutVector(starters_);
  w.Add("starters", st.data());
  ByteWriter cl;
  cl.Put<uint64_t>(classes_.size());
  for (const auto& [key, cls] : classes_.entries()) {
    cl.Put<uint64_t>(key);
    cl.Put<uint32_t>(cls);
  }
  w.Add("classes", cl.data());
  w.Add("selftest", SelfTestPayload());
  return SealWithChecksum(w.data());
}

Status BoundaryModel::Save(const std::string& path) const { return WriteFile(path, Serialize()); }

Result<BoundaryModel> BoundaryModel::Load(const std::string& path) {
  auto data = ReadFile(path);
  if (!data.ok()) return data.status();
  return FromBytes(*data, path);
}

Result<BoundaryModel> BoundaryModel::LoadDefault() { return Load(DataPath("models/splitter.dyad")); }

Result<BoundaryModel> BoundaryModel::FromBytes(std::string_view data, const std::string& what) {
  // Versions 2 and 3 (see the header).
  uint32_t version = kBoundaryModelVersion;
  if (data.size() >= 12 && data.substr(0, 8) == std::string_view(kBoundaryModelMagic, 8)) {
    std::memcpy(&version, data.data() + 8, 4);
    if (version != kBoundaryModelVersion && version != kBoundaryModelVersionHashed)
      return Unsupported(fmt::format("{}: format version {} but this Dyad reads versions {} and {}", what, version,
                                     kBoundaryModelVersionHashed, kBoundaryModelVersion));
  }
  auto reader = SectionReader::Open(data, kBoundaryModelMagic, version, what);
  if (!reader.ok()) return reader.status();
  DYAD_RETURN_IF_ERROR(CheckChecksum(*reader, data, what));

  auto meta = reader->Get("meta");
  if (!meta.ok()) return meta.status();
  ByteReader mr(*meta, what + ": section meta");
  uint64_t sig = 0;
  uint32_t bits = 0;
  float th = 0;
  std::string note;
  if (!mr.Get(&sig) || !mr.Get(&bits) || !mr.Get(&th) || !mr.GetString(&note)) return mr.status();
  if (sig != BoundaryTemplateSignature())
    return Unsupported(fmt::format("{}: made with other feature templates than this Dyad's; retrain it with "
                                   "`dyad train splitter` (see docs/splitter.md)",
                                   what));
  if (bits != 0 && (bits < kMinTableBits || bits > kMaxTableBits))
    return DataLoss(fmt::format("{}: section meta: table bits {} neither 0 (exact) nor in [{}, {}]", what, bits,
                                kMinTableBits, kMaxTableBits));
  if (!std::isfinite(th)) return DataLoss(fmt::format("{}: section meta: the threshold is not a finite number", what));
  KindOffsets offsets{};
  if (mr.remaining() != 0) {
    uint32_t kinds = 0;
    if (!mr.Get(&kinds)) return mr.status();
    if (kinds != offsets.size())
      return DataLoss(fmt::format("{}: section meta: {} threshold offsets for {} candidate kinds", what, kinds,
                                  offsets.size()));
    for (float& o : offsets)
      if (!mr.Get(&o)) return mr.status();
    for (float o : offsets)
      if (!std::isfinite(o)) return DataLoss(fmt::format("{}: section meta: a threshold offset is not finite", what));
    if (mr.remaining() != 0)
      return DataLoss(fmt::format("{}: section meta: {} bytes after the threshold offsets", what, mr.remaining()));
  }

  auto wsec = reader->Get("weights");
  if (!wsec.ok()) return wsec.status();
  ByteReader wr(*wsec, what + ": section weights");
  uint64_t count = 0;
  if (!wr.Get(&count)) return wr.status();
  std::vector<std::pair<uint64_t, float>> keyed;
  if (bits == 0) {
    // Exact: (feature hash u64, weight f32) pairs, hashes increasing.
    if (count > wr.remaining() / 12 || count * 12 != wr.remaining())
      return DataLoss(fmt::format("{}: section weights: {} exact entries do not fit its {} bytes", what, count,
                                  wr.remaining()));
    keyed.resize(count);
    for (uint64_t i = 0; i < count; ++i) {
      auto& [key, w] = keyed[i];
      if (!wr.Get(&key) || !wr.Get(&w)) return wr.status();
      if (key == 0 || (i > 0 && key <= keyed[i - 1].first) || !std::isfinite(w) || w == 0.0f)
        return DataLoss(fmt::format("{}: section weights: entry {} is out of order, zero or not finite", what, i));
    }
  }
  const size_t size = bits == 0 ? 0 : size_t{1} << bits;
  if (bits != 0 && (count > size || count * 8 != wr.remaining()))
    return DataLoss(fmt::format("{}: section weights: {} entries do not fit its {} bytes or a table of {}", what,
                                count, wr.remaining(), size));
  std::vector<float> weights(size, 0.0f);
  int64_t last = -1;
  for (uint64_t i = 0; bits != 0 && i < count; ++i) {
    uint32_t idx = 0;
    float w = 0;
    if (!wr.Get(&idx) || !wr.Get(&w)) return wr.status();
    if (idx >= size || static_cast<int64_t>(idx) <= last || !std::isfinite(w) || w == 0.0f)
      return DataLoss(fmt::format("{}: section weights: entry {} (index {}) is out of order, out of range, "
                                  "zero or not finite",
                                  what, i, idx));
    last = idx;
    weights[idx] = w;
  }
  auto ssec = reader->Get("starters");
  if (!ssec.ok()) return ssec.status();
  ByteReader sr(*ssec, what + ": section starters");
  std::vector<uint64_t> starters;
  if (!sr.GetVector(&starters)) return sr.status();
  if (sr.remaining() != 0)
    return DataLoss(fmt::format("{}: section starters: {} bytes after the list", what, sr.remaining()));
  for (size_t i = 1; i < starters.size(); ++i)
    if (starters[i] <= starters[i - 1])
      return DataLoss(fmt::format("{}: section starters: entry {} is out of order", what, i));
  auto csec = reader->Get("classes");
  if (!csec.ok()) return csec.status();
  ByteReader cr(*csec, what + ": section classes");
  uint64_t ccount = 0;
  if (!cr.Get(&ccount)) return cr.status();
  if (ccount > cr.remaining() / 12 || ccount * 12 != cr.remaining())
    return DataLoss(fmt::format("{}: section classes: {} entries do not fit its {} bytes", what, ccount,
                                cr.remaining()));
  std::vector<std::pair<uint64_t, uint32_t>> entries(ccount);
  for (auto& [key, cls] : entries)
    if (!cr.Get(&key) || !cr.Get(&cls)) return cr.status();
  if (!WordClasses::Valid(entries))
    return DataLoss(fmt::format("{}: section classes: keys out of order or zero, or a class with the fallback bit",
                                what));
  BoundaryModel m = bits == 0 ? BoundaryModel(std::move(keyed), th, std::move(starters), std::move(note),
                                              WordClasses(std::move(entries)))
                              : BoundaryModel(static_cast<int>(bits), std::move(weights), th, std::move(starters),
                                              std::move(note), WordClasses(std::move(entries)));
  m.set_kind_offsets(offsets);
  if ((version == kBoundaryModelVersion) != (bits == 0 || offsets != KindOffsets{}))
    return DataLoss(fmt::format("{}: format version {} {} exact weights or threshold offsets (version {} has them, "
                                "version {} not)",
                                what, version, version == kBoundaryModelVersion ? "without" : "with",
                                kBoundaryModelVersion, kBoundaryModelVersionHashed));

  auto st = reader->Get("selftest");
  if (!st.ok()) return st.status();
  std::string now = m.SelfTestPayload();
  if (now != *st) {
    size_t line = 1, i = 0;
    while (i < now.size() && i < st->size() && now[i] == (*st)[i]) line += now[i++] == '\n';
    return DataLoss(fmt::format("{}: self-test failed: the model splits its check paragraphs differently "
                                "than when it was saved (first difference at self-test line {})",
                                what, line));
  }
  return m;
}

}  // namespace dyad
