#include "syntax/parser.h"

#include <fmt/format.h>

#include "base/binary_io.h"

namespace dyad {

int RootLabelId(const std::vector<std::string>& labels) {
  for (size_t i = 0; i < labels.size(); ++i)
    if (labels[i] == "root") return static_cast<int>(i);
  return -1;
}

Parser::Parser(std::vector<std::string> labels, WeightTable weights)
    : labels_(std::move(labels)), root_label_(RootLabelId(labels_)), weights_(std::move(weights)) {}

std::string Parser::Save() const {
  ByteWriter w;
  w.PutBytes("DYPA");
  w.Put<uint64_t>(ParseTemplateSignature());
  w.Put<uint32_t>(static_cast<uint32_t>(labels_.size()));
  for (auto& l : labels_) w.PutString(l);
  std::string table = weights_.Save();
  w.Put<uint64_t>(table.size());
  w.PutBytes(table);
  return std::move(w.data());
}

Result<Parser> Parser::Load(std::string_view payload, const std::string& what) {
  ByteReader r(payload, what);
  std::string_view tag;
  if (!r.GetBytes(4, &tag)) return r.status();
  if (tag != "DYPA") return DataLoss(fmt::format("{}: not a parser payload (bad tag)", what));
  uint64_t sig = 0;
  if (!r.Get(&sig)) return r.status();
  if (sig != ParseTemplateSignature())
    return Unsupported(fmt::format("{}: parser was trained with other feature templates (signature {:016x}, "
                                   "this Dyad has {:016x}); retrain with `dyad train syntax`",
                                   what, sig, ParseTemplateSignature()));
  uint32_t nl = 0;
  if (!r.Get(&nl)) return r.status();
  if (nl == 0 || nl > 1000) return DataLoss(fmt::format("{}: parser: implausible label count {}", what, nl));
  std::vector<std::string> labels(nl);
  for (auto& l : labels)
    if (!r.GetString(&l)) return r.status();
  uint64_t size = 0;
  std::string_view table;
  if (!r.Get(&size) || !r.GetBytes(size, &table)) return r.status();
  if (r.remaining() != 0) return DataLoss(fmt::format("{}: parser: {} trailing bytes", what, r.remaining()));
  auto w = WeightTable::Load(table, what);
  if (!w.ok()) return w.status();
  if (w->num_classes() != NumClasses(static_cast<int>(nl)))
    return DataLoss(fmt::format("{}: parser: {} weight classes for {} labels", what, w->num_classes(), nl));
  return Parser(std::move(labels), std::move(*w));
}

int Parser::Predict(const ParseState& s, const ParseInput& in, std::vector<uint64_t>* feats,
                    std::vector<int32_t>* scores) const {
  ExtractParseFeatures(s, in, feats);
  const int nc = num_classes();
  scores->assign(nc, 0);
  weights_.Score(*feats, scores->data());
  // BestValidClass without a validity call per class: the three moves'
  // validity once, then the root rule (only RIGHT onto ROOT carries `root`).
  const int32_t* sc = scores->data();
  const bool shift_ok = kMoves[0].is_valid(s), left_ok = kMoves[1].is_valid(s), right_ok = kMoves[2].is_valid(s);
  const bool to_root = s.S(1) == 0;
  int best = shift_ok ? 0 : -1;
  for (int c = 1; c < nc; ++c) {
    const bool left = c % 2 == 1;
    if (!(left ? left_ok : right_ok)) continue;
    if (root_label_ >= 0 && (!left && to_root) != (LabelOf(c) == root_label_)) continue;
    if (best < 0 || sc[c] > sc[best]) best = c;
  }
  return best;
}

void Parser::Parse(const ParseInput& in, int n, std::vector<int>* heads, std::vector<int>* labels) const {
  thread_local ParseState s;
  thread_local std::vector<uint64_t> feats;
  thread_local std::vector<int32_t> scores;
  s.Init(n);
  s.root_label = root_label_;
  while (!s.Terminal()) {
    int c = Predict(s, in, &feats, &scores);
    if (c < 0) break;  // only with an empty (default-constructed) parser
    Apply(&s, c);
  }
  heads->resize(n);
  labels->resize(n);
  for (int i = 1; i <= n; ++i) {
    (*heads)[i - 1] = s.head[i] < 0 ? 0 : s.head[i];
    (*labels)[i - 1] = s.label[i];
  }
}

void Parser::Parse(const std::vector<std::string_view>& forms, const std::vector<std::string>& upos,
                   const std::vector<std::string>& xpos, std::vector<int>* heads,
                   std::vector<std::string>* deprels) const {
  thread_local ParseInput in;
  thread_local std::vector<int> labs;
  in.Set(forms, upos, xpos);
  int n = static_cast<int>(forms.size());
  Parse(in, n, heads, &labs);
  deprels->resize(n);
  for (int i = 0; i < n; ++i) (*deprels)[i] = labs[i] >= 0 ? labels_[labs[i]] : "dep";
}

}  // namespace dyad
