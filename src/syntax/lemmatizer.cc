#include "syntax/lemmatizer.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/binary_io.h"
#include "syntax/perceptron.h"

namespace dyad {
namespace {

constexpr uint32_t kLemmaTag = 0x4d4c5944;  // "DYLM" little-endian
constexpr uint32_t kLemmaVersion = 1;

void PutTable(ByteWriter* w, const std::unordered_map<uint64_t, uint32_t>& m) {
  std::vector<std::pair<uint64_t, uint32_t>> v(m.begin(), m.end());
  std::sort(v.begin(), v.end());
  std::vector<uint64_t> k;
  std::vector<uint32_t> x;
  for (auto [a, b] : v) {
    k.push_back(a);
    x.push_back(b);
  }
  w->PutVector(k);
  w->PutVector(x);
}

Status GetTable(ByteReader* r, size_t num_rules, const char* name, const std::string& what,
                std::unordered_map<uint64_t, uint32_t>* m) {
  std::vector<uint64_t> k;
  std::vector<uint32_t> x;
  if (!r->GetVector(&k) || !r->GetVector(&x)) return r->status();
  if (k.size() != x.size()) return DataLoss(fmt::format("{}: lemmatiser {} table sizes disagree", what, name));
  m->reserve(k.size());
  for (size_t i = 0; i < k.size(); ++i) {
    if (x[i] >= num_rules || (i > 0 && k[i] <= k[i - 1])) {
      return DataLoss(fmt::format("{}: lemmatiser {} table entry {} is corrupt", what, name, i));
    }
    m->emplace(k[i], x[i]);
  }
  return Status::Ok();
}

}  // namespace

Lemmatizer::Lemmatizer(std::vector<Rule> rules, std::unordered_map<uint64_t, uint32_t> exact,
                       std::unordered_map<uint64_t, uint32_t> exceptions,
                       std::unordered_map<uint64_t, uint32_t> suffixes)
    : rules_(std::move(rules)),
      exact_(std::move(exact)),
      exceptions_(std::move(exceptions)),
      suffixes_(std::move(suffixes)) {}

std::string_view Lemmatizer::KeyTag(std::string_view upos, std::string_view xpos) {
  return xpos.empty() || xpos == "_" ? upos : xpos;
}

uint64_t Lemmatizer::ExceptionKey(std::string_view lower_form, std::string_view tag) {
  return HashMix(HashString(lower_form), HashString(tag));
}

uint64_t Lemmatizer::ExactKey(std::string_view form, std::string_view tag) {
  return HashMix(HashString(form) ^ 0x2545f4914f6cdd1dULL, HashString(tag));
}

uint64_t Lemmatizer::SuffixKey(std::string_view tag, std::string_view suffix) {
  return HashMix(HashString(tag) ^ 0x5bd1e995ULL, HashString(suffix));
}

std::string Lemmatizer::Lower(std::string_view s) {
  std::string l(s);
  for (char& c : l) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return l;
}

Lemmatizer::Rule Lemmatizer::RuleFor(std::string_view form, std::string_view lemma) {
  auto derive = [](std::string_view src, std::string_view dst, bool lower) {
    size_t cp = 0;
    while (cp < src.size() && cp < dst.size() && src[cp] == dst[cp]) ++cp;
    Rule r;
    r.lower = lower;
    r.strip = static_cast<uint8_t>(std::min<size_t>(src.size() - cp, 255));
    r.append = std::string(dst.substr(cp));
    return r;
  };
  std::string lower = Lower(form);
  // For a form without capitals both modes agree: call it lowercase, so that
  // "the" and "The" share one rule.
  if (form == lemma) return Rule{lower == form, 0, ""};
  Rule a = derive(lower, lemma, true);
  Rule b = derive(form, lemma, false);
  // The rule that rewrites less wins; ties go to the lowercase rule.
  return b.strip + b.append.size() < a.strip + a.append.size() ? b : a;
}

std::string Lemmatizer::Apply(const Rule& r, std::string_view form) {
  if (r.strip > form.size()) return std::string(form);
  std::string out = r.lower ? Lower(form) : std::string(form);
  out.resize(out.size() - r.strip);
  out += r.append;
  if (out.empty()) return std::string(form);
  return out;
}

std::string Lemmatizer::Lemmatize(std::string_view form, std::string_view upos,
                                  std::string_view xpos) const {
  std::string_view tag = KeyTag(upos, xpos);
  auto exact = exact_.find(ExactKey(form, tag));
  if (exact != exact_.end()) return Apply(rules_[exact->second], form);
  const std::string lower = Lower(form);
  auto ex = exceptions_.find(ExceptionKey(lower, tag));
  if (ex != exceptions_.end()) return Apply(rules_[ex->second], form);
  const uint64_t tag_hash = HashString(tag) ^ 0x5bd1e995ULL;
  for (size_t k = std::min(lower.size(), kMaxSuffix) + 1; k-- > 0;) {
    auto it = suffixes_.find(HashMix(tag_hash, HashString(std::string_view(lower).substr(lower.size() - k))));
    if (it != suffixes_.end()) return Apply(rules_[it->second], form);
  }
  // A tag never seen in training: proper nouns as written, the rest lowercase.
  bool proper = upos == "PROPN" || xpos == "NNP" || xpos == "NNPS";
  return proper ? std::string(form) : lower;
}

std::string Lemmatizer::Save() const {
  ByteWriter w;
  w.Put<uint32_t>(kLemmaTag);
  w.Put<uint32_t>(kLemmaVersion);
  w.Put<uint32_t>(static_cast<uint32_t>(rules_.size()));
  for (const Rule& r : rules_) {
    w.Put<uint8_t>(r.lower ? 1 : 0);
    w.Put<uint8_t>(r.strip);
    w.PutString(r.append);
  }
  PutTable(&w, exact_);
  PutTable(&w, exceptions_);
  PutTable(&w, suffixes_);
  return std::move(w.data());
}

Result<Lemmatizer> Lemmatizer::Load(std::string_view payload, const std::string& what) {
  ByteReader r(payload, what);
  uint32_t tag = 0, version = 0, n = 0;
  if (!r.Get(&tag) || !r.Get(&version)) return r.status();
  if (tag != kLemmaTag) return DataLoss(fmt::format("{}: byte 0: not a lemmatiser model (bad tag)", what));
  if (version != kLemmaVersion) {
    return Unsupported(fmt::format("{}: byte 4: lemmatiser format version {} (this build reads {})",
                                   what, version, kLemmaVersion));
  }
  if (!r.Get(&n)) return r.status();
  if (n > r.remaining()) return DataLoss(fmt::format("{}: byte 8: bad lemmatiser rule count {}", what, n));
  Lemmatizer l;
  l.rules_.resize(n);
  for (Rule& rule : l.rules_) {
    uint8_t lower = 0;
    if (!r.Get(&lower) || !r.Get(&rule.strip) || !r.GetString(&rule.append)) return r.status();
    if (lower > 1) return DataLoss(fmt::format("{}: byte {}: bad lemmatiser rule", what, r.pos()));
    rule.lower = lower == 1;
  }
  DYAD_RETURN_IF_ERROR(GetTable(&r, n, "exact form", what, &l.exact_));
  DYAD_RETURN_IF_ERROR(GetTable(&r, n, "exception", what, &l.exceptions_));
  DYAD_RETURN_IF_ERROR(GetTable(&r, n, "suffix", what, &l.suffixes_));
  if (r.remaining() != 0) {
    return DataLoss(fmt::format("{}: byte {}: {} unexpected trailing bytes in lemmatiser", what,
                                r.pos(), r.remaining()));
  }
  return l;
}

}  // namespace dyad
