#include "syntax/tagger.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/binary_io.h"
#include "syntax/finite_verb.h"

namespace dyad {
namespace {

constexpr uint32_t kTaggerTag = 0x47545944;  // "DYTG" little-endian
// Payload versions: 1 = one direction (left to right); 2 = the same
// followed by the right-to-left weight table. The feature templates are the
// same in both.
constexpr uint32_t kTaggerVersionOneWay = 1;
constexpr uint32_t kTaggerVersionTwoWays = 2;
// 3 = version 2 followed by the minimum lead (float, Tagger::min_lead).
constexpr uint32_t kTaggerVersionTwoWaysLead = 3;

// Feature templates, in the order Features() emits them. The signature string
// below names them; keep both in step.
enum Tmpl : uint32_t {
  kBias, kLower, kForm, kPre1, kPre2, kPre3, kSuf1, kSuf2, kSuf3, kSuf4, kShape, kFlags,
  kP1, kP2, kP1P2, kP1Lower, kPrevLower, kPrevSuf3, kPrev2Lower, kNextLower, kNextSuf3,
  kNext2Lower, kPrevLowerLower, kLowerNextLower, kPrevShape, kNextShape, kP1NextLower,
  kPrevNextLower, kP1Suf3, kNextSuf2, kLen, kFirstShape, kAmb, kPrevAmb, kNextAmb, kNext2Amb,
  kAmbNextAmb, kP1Amb, kP1NextAmb, kSuf5, kPre4, kPrevFlags, kNextFlags, kPrevAmbAmb, kP1P2Amb,
  kLowerNextAmb, kNextPre2,
};
constexpr const char* kSignature =
    "tagger/v1:fnv1a64+mix;ascii-lower;shape-runs2;"
    "bias,lower,form,pre1,pre2,pre3,suf1,suf2,suf3,suf4,shape,flags,p1,p2,p1p2,p1+lower,"
    "w-1,suf3-1,w-2,w+1,suf3+1,w+2,w-1+w,w+w+1,shape-1,shape+1,p1+w+1,w-1+w+1,p1+suf3,"
    "suf2+1,len,first+shape,amb,amb-1,amb+1,amb+2,amb+amb+1,p1+amb,p1+amb+1,suf5,pre4,flags-1,flags+1,amb-1+amb,p1p2+amb,w+amb+1,pre2+1";

uint64_t Shape(std::string_view s) {
  char buf[24];
  size_t n = 0;
  char last = 0;
  int run = 0;
  for (unsigned char ch : s) {
    char k;
    if (ch >= 'A' && ch <= 'Z') k = 'X';
    else if (ch >= 'a' && ch <= 'z') k = 'x';
    else if (ch >= '0' && ch <= '9') k = 'd';
    else if (ch >= 0x80) k = 'u';
    else k = static_cast<char>(ch);
    if (k == last) {
      if (++run > 2) continue;
    } else {
      run = 1;
      last = k;
    }
    if (n < sizeof buf) buf[n++] = k;
  }
  return HashString(std::string_view(buf, n));
}

uint64_t Flags(std::string_view s) {
  bool digit = false, upper = false, lower = false, hyphen = false, period = false,
       other = false, first_upper = !s.empty() && s[0] >= 'A' && s[0] <= 'Z';
  for (unsigned char ch : s) {
    if (ch >= '0' && ch <= '9') digit = true;
    else if (ch >= 'A' && ch <= 'Z') upper = true;
    else if (ch >= 'a' && ch <= 'z') lower = true;
    else if (ch == '-') hyphen = true;
    else if (ch == '.') period = true;
    else other = true;
  }
  return digit | upper << 1 | lower << 2 | hyphen << 3 | period << 4 | other << 5 |
         first_upper << 6 | (upper && !lower) << 7;
}

}  // namespace

std::string Tagger::Signature() { return kSignature; }

Tagger::Tagger(std::vector<std::string> labels, WeightTable weights,
               std::unordered_map<uint64_t, uint16_t> tag_dict,
               std::unordered_map<uint64_t, uint64_t> ambiguity)
    : labels_(std::move(labels)),
      weights_(std::move(weights)),
      tag_dict_(std::move(tag_dict)),
      ambiguity_(std::move(ambiguity)) {
  SplitLabels();
}

Tagger::Tagger(std::vector<std::string> labels, WeightTable left_to_right, WeightTable right_to_left,
               std::unordered_map<uint64_t, uint16_t> tag_dict,
               std::unordered_map<uint64_t, uint64_t> ambiguity)
    : labels_(std::move(labels)),
      weights_(std::move(left_to_right)),
      weights_r2l_(std::move(right_to_left)),
      tag_dict_(std::move(tag_dict)),
      ambiguity_(std::move(ambiguity)) {
  SplitLabels();
}

Result<Tagger> Tagger::AddRightToLeft(const Tagger& base, const Tagger& both, float min_lead) {
  if (!both.bidirectional()) return InvalidArgument("AddRightToLeft: the second tagger has no right-to-left model");
  if (!(min_lead >= 0) || min_lead > 1e30f)
    return InvalidArgument(fmt::format("AddRightToLeft: minimum lead {} is not a number >= 0", min_lead));
  if (base.labels_ != both.labels_)
    return InvalidArgument("AddRightToLeft: the taggers' label sets differ (trained on other data?)");
  if (base.tag_dict_ != both.tag_dict_)
    return InvalidArgument("AddRightToLeft: the taggers' tag dictionaries differ (trained on other data?)");
  if (base.ambiguity_ != both.ambiguity_)
    return InvalidArgument("AddRightToLeft: the taggers' ambiguity classes differ (trained on other data?)");
  Tagger t(base.labels_, base.weights_, both.weights_r2l_, base.tag_dict_, base.ambiguity_);
  t.min_lead_ = min_lead;
  return t;
}

void Tagger::SplitLabels() {
  upos_.clear();
  xpos_.clear();
  for (const std::string& l : labels_) {
    size_t sp = l.find(' ');
    upos_.push_back(sp == std::string::npos ? l : l.substr(0, sp));
    xpos_.push_back(sp == std::string::npos ? std::string("_") : l.substr(sp + 1));
  }
}

void Tagger::Context::Reset(const std::vector<std::string_view>& forms,
                            const std::unordered_map<uint64_t, uint64_t>* ambiguity) {
  words.resize(forms.size() + 4);
  static const Word kPad[4] = {
      {HashString("<s2>"), HashString("<s2>"), HashString("<s2>"), 0, 1, {1, 1, 1, 1}, {1, 1, 1, 1, 1}, 0},
      {HashString("<s1>"), HashString("<s1>"), HashString("<s1>"), 0, 2, {2, 2, 2, 2}, {2, 2, 2, 2, 2}, 0},
      {HashString("</s1>"), HashString("</s1>"), HashString("</s1>"), 0, 3, {3, 3, 3, 3}, {3, 3, 3, 3, 3}, 0},
      {HashString("</s2>"), HashString("</s2>"), HashString("</s2>"), 0, 4, {4, 4, 4, 4}, {4, 4, 4, 4, 4}, 0},
  };
  words[0] = kPad[0];
  words[1] = kPad[1];
  words[forms.size() + 2] = kPad[2];
  words[forms.size() + 3] = kPad[3];
  for (size_t i = 0; i < forms.size(); ++i) {
    std::string_view f = forms[i];
    lower_buf.assign(f);
    for (char& ch : lower_buf) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    std::string_view lw = lower_buf;
    Word& w = words[i + 2];
    w.form = HashString(f);
    w.lower = lw == f ? w.form : HashString(lw);
    w.shape = Shape(f);
    w.flags = Flags(f);
    w.len = static_cast<int>(f.size());
    w.amb = 0;
    if (ambiguity) {
      auto it = ambiguity->find(w.lower);
      if (it != ambiguity->end()) w.amb = it->second;
    }
    for (size_t k = 0; k < 4; ++k) w.pre[k] = HashString(lw.substr(0, k + 1));
    for (size_t k = 0; k < 5; ++k) {
      size_t n = std::min(lw.size(), k + 1);
      w.suf[k] = HashString(lw.substr(lw.size() - n));
    }
  }
}

void Tagger::Features(const Context& ctx, size_t i, int prev1, int prev2,
                      std::vector<uint64_t>* out) {
  out->clear();
  const Context::Word* w = &ctx.words[i + 2];
  const Context::Word &c = w[0], &p = w[-1], &pp = w[-2], &n = w[1], &nn = w[2];
  const uint64_t t1 = static_cast<uint64_t>(prev1 + 2), t2 = static_cast<uint64_t>(prev2 + 2);
  out->push_back(FeatureHash(kBias, 0));
  out->push_back(FeatureHash(kLower, c.lower));
  out->push_back(FeatureHash(kForm, c.form));
  for (uint32_t k = 0; k < 3; ++k) out->push_back(FeatureHash(kPre1 + k, c.pre[k]));
  for (uint32_t k = 0; k < 4; ++k) out->push_back(FeatureHash(kSuf1 + k, c.suf[k]));
  out->push_back(FeatureHash(kShape, c.shape));
  out->push_back(FeatureHash(kFlags, c.flags));
  out->push_back(FeatureHash(kP1, t1));
  out->push_back(FeatureHash(kP2, t2));
  out->push_back(FeatureHash(kP1P2, t1, t2));
  out->push_back(FeatureHash(kP1Lower, t1, c.lower));
  out->push_back(FeatureHash(kPrevLower, p.lower));
  out->push_back(FeatureHash(kPrevSuf3, p.suf[2]));
  out->push_back(FeatureHash(kPrev2Lower, pp.lower));
  out->push_back(FeatureHash(kNextLower, n.lower));
  out->push_back(FeatureHash(kNextSuf3, n.suf[2]));
  out->push_back(FeatureHash(kNext2Lower, nn.lower));
  out->push_back(FeatureHash(kPrevLowerLower, p.lower, c.lower));
  out->push_back(FeatureHash(kLowerNextLower, c.lower, n.lower));
  out->push_back(FeatureHash(kPrevShape, p.shape));
  out->push_back(FeatureHash(kNextShape, n.shape));
  out->push_back(FeatureHash(kP1NextLower, t1, n.lower));
  out->push_back(FeatureHash(kPrevNextLower, p.lower, n.lower));
  out->push_back(FeatureHash(kP1Suf3, t1, c.suf[2]));
  out->push_back(FeatureHash(kNextSuf2, n.suf[1]));
  out->push_back(FeatureHash(kLen, static_cast<uint64_t>(std::min(c.len, 12))));
  out->push_back(FeatureHash(kFirstShape, i == 0, c.shape));
  out->push_back(FeatureHash(kAmb, c.amb));
  out->push_back(FeatureHash(kPrevAmb, p.amb));
  out->push_back(FeatureHash(kNextAmb, n.amb));
  out->push_back(FeatureHash(kNext2Amb, nn.amb));
  out->push_back(FeatureHash(kAmbNextAmb, c.amb, n.amb));
  out->push_back(FeatureHash(kP1Amb, t1, c.amb));
  out->push_back(FeatureHash(kP1NextAmb, t1, n.amb));
  out->push_back(FeatureHash(kSuf5, c.suf[4]));
  out->push_back(FeatureHash(kPre4, c.pre[3]));
  out->push_back(FeatureHash(kPrevFlags, p.flags));
  out->push_back(FeatureHash(kNextFlags, n.flags));
  out->push_back(FeatureHash(kPrevAmbAmb, p.amb, c.amb));
  out->push_back(FeatureHash(kP1P2Amb, t1, t2, c.amb));
  out->push_back(FeatureHash(kLowerNextAmb, c.lower, n.amb));
  out->push_back(FeatureHash(kNextPre2, n.pre[1]));
}

void Tagger::TagIds(const std::vector<std::string_view>& forms,
                    std::vector<uint16_t>* labels) const {
  thread_local Context ctx;
  thread_local std::vector<float> right;
  labels->resize(forms.size());
  if (forms.empty() || labels_.empty()) return;
  RightToLeftScores(forms, &right);
  ctx.Reset(forms, &ambiguity_);
  TagFrom(ctx, 0, -1, -1, right, labels);
}

void Tagger::RightToLeftScores(const std::vector<std::string_view>& forms, std::vector<float>* out) const {
  out->clear();
  if (!bidirectional() || forms.empty()) return;
  thread_local Context ctx;
  thread_local std::vector<std::string_view> reversed;
  thread_local std::vector<uint64_t> feats;
  thread_local std::vector<int32_t> scores;
  const size_t n = forms.size();
  const int nl = num_labels();
  reversed.assign(forms.rbegin(), forms.rend());
  ctx.Reset(reversed, &ambiguity_);
  out->assign(n * nl, 0.0f);
  const float half = 0.5f * weights_r2l_.scale();
  int p1 = -1, p2 = -1;
  for (size_t j = 0; j < n; ++j) {
    int lab = DictLabel(ctx.words[j + 2].form);
    if (lab < 0) {
      Features(ctx, j, p1, p2, &feats);
      scores.assign(nl, 0);
      weights_r2l_.Score(feats.data(), feats.size(), scores.data());
      lab = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      float* row = out->data() + (n - 1 - j) * nl;
      for (int l = 0; l < nl; ++l) row[l] = static_cast<float>(scores[l]) * half;
    }
    p2 = p1;
    p1 = lab;
  }
}

void Tagger::WordScores(const Context& ctx, size_t i, int p1, int p2, const std::vector<float>& right,
                        std::vector<float>* scores, int* left_best) const {
  thread_local std::vector<uint64_t> feats;
  thread_local std::vector<int32_t> own;
  const int nl = num_labels();
  Features(ctx, i, p1, p2, &feats);
  own.assign(nl, 0);
  weights_.Score(feats.data(), feats.size(), own.data());
  if (left_best) *left_best = static_cast<int>(std::max_element(own.begin(), own.end()) - own.begin());
  scores->resize(nl);
  if (right.empty()) {
    const float scale = weights_.scale();
    for (int l = 0; l < nl; ++l) (*scores)[l] = static_cast<float>(own[l]) * scale;
    return;
  }
  const float half = 0.5f * weights_.scale();
  const float* row = right.data() + i * nl;
  for (int l = 0; l < nl; ++l) (*scores)[l] = static_cast<float>(own[l]) * half + row[l];
}

void Tagger::TagFrom(const Context& ctx, size_t from, int p1, int p2, const std::vector<float>& right,
                     std::vector<uint16_t>* labels) const {
  thread_local std::vector<float> scores;
  for (size_t i = from; i < labels->size(); ++i) {
    int lab = DictLabel(ctx.words[i + 2].form);
    if (lab < 0) {
      const bool lead = min_lead_ > 0 && !right.empty();
      int left = -1;
      WordScores(ctx, i, p1, p2, right, &scores, lead ? &left : nullptr);
      lab = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      // The mean overrides the left-to-right label only by more than the lead.
      if (lead && lab != left && scores[lab] - scores[left] <= min_lead_) lab = left;
    }
    (*labels)[i] = static_cast<uint16_t>(lab);
    p2 = p1;
    p1 = lab;
  }
}

int Tagger::ForceFiniteVerb(const std::vector<std::string_view>& forms, const std::vector<uint8_t>& candidate,
                            double max_margin, std::vector<uint16_t>* labels) const {
  const size_t n = forms.size();
  if (n == 0 || labels->size() != n || candidate.size() != n || labels_.empty()) return -1;
  int vbz = -1, vbp = -1, vbd = -1;
  for (int l = 0; l < num_labels(); ++l) {
    if (upos_[l] != "VERB") continue;
    if (xpos_[l] == "VBZ") vbz = l;
    if (xpos_[l] == "VBP") vbp = l;
    if (xpos_[l] == "VBD") vbd = l;
  }
  // Left to right alone: the right-to-left model's scores of the words
  // after the repaired one cannot take the repair into account, and the
  // margin is in left-to-right units (see the header).
  static const std::vector<float> kLeftOnly;
  const std::vector<float>& right = kLeftOnly;
  thread_local Context ctx;
  thread_local std::vector<float> scores;
  ctx.Reset(forms, &ambiguity_);
  int word = -1, verb = -1;
  float verb_score = 0;
  // The first candidate close enough wins: the verb follows its subject.
  for (size_t i = 0; i < n && word < 0; ++i) {
    if (!candidate[i] || DictLabel(ctx.words[i + 2].form) >= 0) continue;
    // Agreement with the word before (the subject's head): an -s form is a
    // third-person singular verb after a singular noun; other forms are
    // past tense, or present after a plural noun or pronoun.
    const std::string_view w = forms[i];
    const bool s_form = w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's';
    const std::string& prev = xpos_[(*labels)[i - 1]];
    const bool plural_subject = prev == "NNS" || prev == "NNPS" || prev == "PRP";
    int allowed[2] = {-1, -1};
    if (s_form) {
      if (!plural_subject) allowed[0] = vbz;
    } else {
      allowed[0] = vbd;
      if (plural_subject || CoordinatedSubject(forms, i)) allowed[1] = vbp;
    }
    int p1 = (*labels)[i - 1], p2 = i >= 2 ? (*labels)[i - 2] : -1;
    WordScores(ctx, i, p1, p2, right, &scores);
    for (int v : allowed) {
      if (v < 0) continue;
      double loss = static_cast<double>(scores[(*labels)[i]]) - scores[v];
      if (loss <= max_margin && (verb < 0 || scores[v] > verb_score)) {
        word = static_cast<int>(i);
        verb = v;
        verb_score = scores[v];
      }
    }
  }
  if (word < 0) return -1;
  (*labels)[word] = static_cast<uint16_t>(verb);
  // The words after it, greedily again with the new history.
  TagFrom(ctx, word + 1, verb, (*labels)[word - 1], right, labels);
  return word;
}

void Tagger::RetagAfter(const std::vector<std::string_view>& forms, size_t word,
                        std::vector<uint16_t>* labels) const {
  if (word + 1 >= forms.size() || labels->size() != forms.size() || labels_.empty()) return;
  static const std::vector<float> kLeftOnly;  // as in ForceFiniteVerb
  thread_local Context ctx;
  ctx.Reset(forms, &ambiguity_);
  TagFrom(ctx, word + 1, (*labels)[word], word >= 1 ? (*labels)[word - 1] : -1, kLeftOnly, labels);
}

void Tagger::Tag(const std::vector<std::string_view>& forms, std::vector<std::string>* upos,
                 std::vector<std::string>* xpos) const {
  thread_local std::vector<uint16_t> ids;
  TagIds(forms, &ids);
  upos->resize(forms.size());
  xpos->resize(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    if (labels_.empty()) {
      (*upos)[i] = "X";
      (*xpos)[i] = "_";
      continue;
    }
    (*upos)[i] = upos_[ids[i]];
    (*xpos)[i] = xpos_[ids[i]];
  }
}

std::string Tagger::Save() const {
  ByteWriter w;
  w.Put<uint32_t>(kTaggerTag);
  w.Put<uint32_t>(!bidirectional()   ? kTaggerVersionOneWay
                  : min_lead_ > 0     ? kTaggerVersionTwoWaysLead
                                      : kTaggerVersionTwoWays);
  w.PutString(kSignature);
  w.Put<uint32_t>(static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) w.PutString(l);
  std::vector<std::pair<uint64_t, uint16_t>> dict(tag_dict_.begin(), tag_dict_.end());
  std::sort(dict.begin(), dict.end());
  std::vector<uint64_t> keys;
  std::vector<uint16_t> vals;
  for (auto [k, v] : dict) {
    keys.push_back(k);
    vals.push_back(v);
  }
  w.PutVector(keys);
  w.PutVector(vals);
  std::vector<std::pair<uint64_t, uint64_t>> amb(ambiguity_.begin(), ambiguity_.end());
  std::sort(amb.begin(), amb.end());
  std::vector<uint64_t> akeys, avals;
  for (auto [k, v] : amb) {
    akeys.push_back(k);
    avals.push_back(v);
  }
  w.PutVector(akeys);
  w.PutVector(avals);
  w.PutString(weights_.Save());
  if (bidirectional()) w.PutString(weights_r2l_.Save());
  if (bidirectional() && min_lead_ > 0) w.Put<float>(min_lead_);
  return std::move(w.data());
}

Result<Tagger> Tagger::Load(std::string_view payload, const std::string& what) {
  ByteReader r(payload, what);
  uint32_t tag = 0, version = 0, nlabels = 0;
  if (!r.Get(&tag) || !r.Get(&version)) return r.status();
  if (tag != kTaggerTag) return DataLoss(fmt::format("{}: byte 0: not a tagger model (bad tag)", what));
  if (version != kTaggerVersionOneWay && version != kTaggerVersionTwoWays && version != kTaggerVersionTwoWaysLead) {
    return Unsupported(fmt::format("{}: byte 4: tagger format version {} (this build reads {} to {})", what,
                                   version, kTaggerVersionOneWay, kTaggerVersionTwoWaysLead));
  }
  const uint32_t directions = version == kTaggerVersionOneWay ? 1 : 2;
  std::string sig;
  if (!r.GetString(&sig)) return r.status();
  if (sig != kSignature) {
    return Unsupported(fmt::format(
        "{}: tagger feature templates differ from this build's (model \"{}\"); retrain the model",
        what, sig.substr(0, 40)));
  }
  if (!r.Get(&nlabels)) return r.status();
  if (nlabels == 0 || nlabels > 65535) {
    return DataLoss(fmt::format("{}: byte {}: bad tagger label count {}", what, r.pos() - 4, nlabels));
  }
  Tagger t;
  for (uint32_t i = 0; i < nlabels; ++i) {
    std::string l;
    if (!r.GetString(&l)) return r.status();
    t.labels_.push_back(std::move(l));
  }
  std::vector<uint64_t> keys;
  std::vector<uint16_t> vals;
  std::vector<uint64_t> akeys, avals;
  std::string table, table_r2l;
  if (!r.GetVector(&keys) || !r.GetVector(&vals) || !r.GetVector(&akeys) || !r.GetVector(&avals) ||
      !r.GetString(&table) || (directions == 2 && !r.GetString(&table_r2l))) {
    return r.status();
  }
  float min_lead = 0;
  if (version == kTaggerVersionTwoWaysLead) {
    if (!r.Get(&min_lead)) return r.status();
    if (!(min_lead > 0) || min_lead > 1e30f)
      return DataLoss(fmt::format("{}: byte {}: bad minimum lead {}", what, r.pos() - 4, min_lead));
  }
  if (r.remaining() != 0) {
    return DataLoss(fmt::format("{}: byte {}: {} unexpected trailing bytes in tagger", what, r.pos(),
                                r.remaining()));
  }
  if (keys.size() != vals.size()) return DataLoss(fmt::format("{}: tag dictionary sizes disagree", what));
  for (size_t i = 0; i < keys.size(); ++i) {
    if (vals[i] >= nlabels || (i > 0 && keys[i] <= keys[i - 1])) {
      return DataLoss(fmt::format("{}: tag dictionary entry {} is corrupt", what, i));
    }
    t.tag_dict_.emplace(keys[i], vals[i]);
  }
  if (akeys.size() != avals.size()) {
    return DataLoss(fmt::format("{}: ambiguity class table sizes disagree", what));
  }
  for (size_t i = 0; i < akeys.size(); ++i) {
    if (i > 0 && akeys[i] <= akeys[i - 1]) {
      return DataLoss(fmt::format("{}: ambiguity class entry {} is corrupt", what, i));
    }
    t.ambiguity_.emplace(akeys[i], avals[i]);
  }
  // One weight table per direction, each with a score per label.
  auto load_weights = [&](const std::string& bytes, const std::string& name) -> Result<WeightTable> {
    auto w = WeightTable::Load(bytes, what + ": tagger " + name);
    if (!w.ok()) return w.status();
    if (w->num_classes() != static_cast<int>(nlabels)) {
      return DataLoss(fmt::format("{}: tagger {} have {} classes for {} labels", what, name, w->num_classes(),
                                  nlabels));
    }
    return w;
  };
  auto weights = load_weights(table, "weights");
  if (!weights.ok()) return weights.status();
  t.weights_ = std::move(weights).value();
  if (directions == 2) {
    auto r2l = load_weights(table_r2l, "right-to-left weights");
    if (!r2l.ok()) return r2l.status();
    t.weights_r2l_ = std::move(r2l).value();
  }
  t.min_lead_ = min_lead;
  t.SplitLabels();
  return t;
}

}  // namespace dyad
