#include "syntax/parse_features.h"

#include <algorithm>

#include "base/binary_io.h"

namespace dyad {
namespace {

constexpr const char* kAtomNames[kNumAtoms] = {
    "s0w", "s0p", "s0u", "s1w", "s1p", "s1u", "s2w", "s2p", "b0w", "b0p", "b0u", "b1w", "b1p", "b1u", "b2w",
    "b2p", "b3p", "s0l1w", "s0l1p", "s0l1l", "s0l2p", "s0l2l", "s0r1w", "s0r1p", "s0r1l", "s0r2p", "s0r2l",
    "s1l1w", "s1l1p", "s1l1l", "s1r1w", "s1r1p", "s1r1l", "s1r2p", "s1r2l", "b0l1w", "b0l1p", "b0l1l",
    "b0l2p", "b0l2l", "d(s0,b0)", "d(s1,s0)", "s0vl", "s0vr", "s1vl", "s1vr", "b0vl", "s0lset",
    "s0rset", "s1rset", "b0lset"};

inline uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

std::vector<ParseTemplate> MakeTemplates() {
  using A = std::vector<Atom>;
  std::vector<A> t = {
      // single words
      {S0W}, {S0P}, {S0W, S0P}, {S0U}, {S1W}, {S1P}, {S1W, S1P}, {S1U}, {S2W}, {S2P},
      {B0W}, {B0P}, {B0W, B0P}, {B0U}, {B1W}, {B1P}, {B1W, B1P}, {B2W}, {B2P},
      // word pairs
      {S0W, S0P, B0W, B0P}, {S0W, S0P, B0W}, {S0W, B0W, B0P}, {S0W, S0P, B0P}, {S0P, B0W, B0P},
      {S0W, B0W}, {S0P, B0P}, {B0P, B1P}, {S0U, B0U},
      {S1W, S1P, S0W, S0P}, {S1W, S0W}, {S1P, S0P}, {S1W, S1P, S0P}, {S1P, S0W, S0P}, {S1U, S0U},
      {S1W, B0W}, {S1P, B0P},
      // three tags
      {B0P, B1P, B2P}, {S0P, B0P, B1P}, {S1P, S0P, B0P}, {S2P, S1P, S0P}, {S1P, S0P, B1P},
      {B0P, B1P, B2P, B3P},
      {S0P, S0L1P, B0P}, {S0P, S0R1P, B0P}, {S0P, B0P, B0L1P}, {S1P, S1R1P, S0P}, {S1P, S0P, S0R1P},
      {S1P, S1L1P, S0P}, {S1P, S0P, S0L1P},
      // distance
      {S0W, DS0B0}, {S0P, DS0B0}, {B0W, DS0B0}, {B0P, DS0B0}, {S0W, B0W, DS0B0}, {S0P, B0P, DS0B0},
      {S1P, S0P, DS1S0}, {S1W, S0W, DS1S0}, {S1P, DS1S0}, {S0P, DS1S0},
      // valency
      {S0W, S0VR}, {S0P, S0VR}, {S0W, S0VL}, {S0P, S0VL}, {S1W, S1VR}, {S1P, S1VR}, {S1W, S1VL},
      {S1P, S1VL}, {B0W, B0VL}, {B0P, B0VL},
      // children
      {S0L1W}, {S0L1P}, {S0L1L}, {S0L2P}, {S0L2L}, {S0R1W}, {S0R1P}, {S0R1L}, {S0R2P}, {S0R2L},
      {S1L1W}, {S1L1P}, {S1L1L}, {S1R1W}, {S1R1P}, {S1R1L}, {S1R2L},
      {B0L1W}, {B0L1P}, {B0L1L}, {B0L2P}, {B0L2L},
      {S0P, S0L1L, S0L2L}, {S0P, S0R1L, S0R2L}, {S1P, S1R1L, S1R2L}, {B0P, B0L1L, B0L2L},
      {S0P, S0L1P, S0L2P}, {S0P, S0R1P, S0R2P}, {S1P, S1R1P, S1R2P}, {B0P, B0L1P, B0L2P},
      // label sets
      {S0W, S0LSET}, {S0P, S0LSET}, {S0W, S0RSET}, {S0P, S0RSET}, {S1W, S1RSET}, {S1P, S1RSET},
      {B0W, B0LSET}, {B0P, B0LSET},
  };
  std::vector<ParseTemplate> out;
  for (auto& a : t) out.push_back({a});
  return out;
}

const uint64_t kNone = 0x9e3779b97f4a7c15ULL;   // word absent
const uint64_t kRoot = 0x7f4a7c159e3779b9ULL;   // the ROOT token

int DistBucket(int d) {
  if (d < 0) return 0;
  if (d <= 5) return d;
  if (d <= 10) return 6;
  return 7;
}

}  // namespace

uint64_t HashWord(std::string_view form) {
  // Lower-case ASCII, fold digits to 0, then FNV.
  char buf[64];
  size_t n = std::min(form.size(), sizeof(buf));
  for (size_t i = 0; i < n; ++i) {
    char c = form[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (c >= '0' && c <= '9') c = '0';
    buf[i] = c;
  }
  return Fnv1a64(std::string_view(buf, n), 0xcbf29ce484222325ULL ^ form.size());
}

void ParseInput::Set(const std::vector<std::string_view>& forms, const std::vector<std::string>& u,
                     const std::vector<std::string>& x) {
  size_t n = forms.size();
  word.resize(n + 1);
  xpos.resize(n + 1);
  upos.resize(n + 1);
  word[0] = xpos[0] = upos[0] = kRoot;
  for (size_t i = 0; i < n; ++i) {
    word[i + 1] = HashWord(forms[i]);
    xpos[i + 1] = Fnv1a64(x[i], 0x1234567ULL);
    upos[i + 1] = Fnv1a64(u[i], 0x7654321ULL);
  }
}

const std::vector<ParseTemplate>& ParseTemplates() {
  static const std::vector<ParseTemplate> t = MakeTemplates();
  return t;
}

std::string TemplateName(const ParseTemplate& t) {
  std::string s;
  for (Atom a : t.atoms) {
    if (!s.empty()) s += '+';
    s += kAtomNames[a];
  }
  return s;
}

uint64_t ParseTemplateSignature() {
  // Version 1 of the atom definitions and hashing; bump when either changes.
  std::string all = "parse-features-v1;";
  for (auto& t : ParseTemplates()) all += TemplateName(t) + ";";
  return Fnv1a64(all);
}

void ExtractParseFeatures(const ParseState& s, const ParseInput& in, std::vector<uint64_t>* out) {
  uint64_t a[kNumAtoms];
  auto W = [&](int i) { return i < 0 ? kNone : in.word[i]; };
  auto P = [&](int i) { return i < 0 ? kNone : in.xpos[i]; };
  auto U = [&](int i) { return i < 0 ? kNone : in.upos[i]; };
  // Children of token i (-1 when none or when i is absent).
  auto C = [](int i, const std::vector<int>& v) { return i < 0 || v[i] == 0 ? -1 : v[i]; };
  auto L = [&](int i) { return i < 0 ? kNone : static_cast<uint64_t>(s.label[i] + 7); };
  int s0 = s.S(0), s1 = s.S(1), s2 = s.S(2), b0 = s.B(0), b1 = s.B(1), b2 = s.B(2), b3 = s.B(3);
  a[S0W] = W(s0); a[S0P] = P(s0); a[S0U] = U(s0);
  a[S1W] = W(s1); a[S1P] = P(s1); a[S1U] = U(s1);
  a[S2W] = W(s2); a[S2P] = P(s2);
  a[B0W] = W(b0); a[B0P] = P(b0); a[B0U] = U(b0);
  a[B1W] = W(b1); a[B1P] = P(b1); a[B1U] = U(b1);
  a[B2W] = W(b2); a[B2P] = P(b2); a[B3P] = P(b3);
  int x;
  x = C(s0, s.l1); a[S0L1W] = W(x); a[S0L1P] = P(x); a[S0L1L] = L(x);
  x = C(s0, s.l2); a[S0L2P] = P(x); a[S0L2L] = L(x);
  x = C(s0, s.r1); a[S0R1W] = W(x); a[S0R1P] = P(x); a[S0R1L] = L(x);
  x = C(s0, s.r2); a[S0R2P] = P(x); a[S0R2L] = L(x);
  x = C(s1, s.l1); a[S1L1W] = W(x); a[S1L1P] = P(x); a[S1L1L] = L(x);
  x = C(s1, s.r1); a[S1R1W] = W(x); a[S1R1P] = P(x); a[S1R1L] = L(x);
  x = C(s1, s.r2); a[S1R2P] = P(x); a[S1R2L] = L(x);
  x = C(b0, s.l1); a[B0L1W] = W(x); a[B0L1P] = P(x); a[B0L1L] = L(x);
  x = C(b0, s.l2); a[B0L2P] = P(x); a[B0L2L] = L(x);
  a[DS0B0] = (s0 > 0 && b0 > 0) ? DistBucket(b0 - s0) : 99;
  a[DS1S0] = (s1 > 0 && s0 > 0) ? DistBucket(s0 - s1) : 99;
  a[S0VL] = s0 >= 0 ? s.nl[s0] : 99;
  a[S0VR] = s0 >= 0 ? s.nr[s0] : 99;
  a[S1VL] = s1 >= 0 ? s.nl[s1] : 99;
  a[S1VR] = s1 >= 0 ? s.nr[s1] : 99;
  a[B0VL] = b0 >= 0 ? s.nl[b0] : 99;
  a[S0LSET] = s0 >= 0 ? s.lset[s0] : 99;
  a[S0RSET] = s0 >= 0 ? s.rset[s0] : 99;
  a[S1RSET] = s1 >= 0 ? s.rset[s1] : 99;
  a[B0LSET] = b0 >= 0 ? s.lset[b0] : 99;
  const auto& tpl = ParseTemplates();
  out->resize(tpl.size());
  for (size_t t = 0; t < tpl.size(); ++t) {
    uint64_t h = Mix(t + 1);
    for (Atom at : tpl[t].atoms) h = Mix(h ^ (a[at] + 0x9e3779b97f4a7c15ULL + (h << 6)));
    (*out)[t] = h;
  }
}

}  // namespace dyad
