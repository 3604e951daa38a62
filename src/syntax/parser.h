// Greedy arc-hybrid dependency parser (src/syntax/transition_system.h) with
// averaged-perceptron weights (src/syntax/perceptron.h WeightTable: hashed
// sparse rows, pruned, int16-quantised) over the templates of
// src/syntax/parse_features.h. Labelled moves: one class per move + label.
//
// Built once (Load, or train/parser_trainer.h), then const and thread-safe.
#ifndef DYAD_SYNTAX_PARSER_H_
#define DYAD_SYNTAX_PARSER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "syntax/parse_features.h"
#include "syntax/perceptron.h"

namespace dyad {

class Parser {
 public:
  Parser() = default;
  // `labels`: dependency relations (class ids per transition_system.h).
  Parser(std::vector<std::string> labels, WeightTable weights);

  // One model-file section payload: template signature, labels, weights.
  // Load refuses another template signature and any corrupt length.
  std::string Save() const;
  static Result<Parser> Load(std::string_view payload, const std::string& what);

  // Parses one sentence of n words (`in` from ParseInput::Set). heads[i-1]
  // is word i's head (0 = root), labels[i-1] its label id.
  void Parse(const ParseInput& in, int n, std::vector<int>* heads, std::vector<int>* labels) const;
  // Convenience: forms + tags to heads and relation names.
  void Parse(const std::vector<std::string_view>& forms, const std::vector<std::string>& upos,
             const std::vector<std::string>& xpos, std::vector<int>* heads,
             std::vector<std::string>* deprels) const;

  // The best valid class for `s` (features are scratch space).
  int Predict(const ParseState& s, const ParseInput& in, std::vector<uint64_t>* feats,
              std::vector<int32_t>* scores) const;

  const std::vector<std::string>& labels() const { return labels_; }
  int root_label() const { return root_label_; }
  int num_classes() const { return NumClasses(static_cast<int>(labels_.size())); }
  const WeightTable& weights() const { return weights_; }

 private:
  std::vector<std::string> labels_;
  int root_label_ = -1;
  WeightTable weights_;
};

// Index of "root" in labels, or -1.
int RootLabelId(const std::vector<std::string>& labels);
// The best class for `s` among those valid, given class scores (ties: lowest id).
template <typename T>
int BestValidClass(const ParseState& s, const T* scores, int num_classes) {
  int best = -1;
  for (int c = 0; c < num_classes; ++c)
    if (IsValid(s, c) && (best < 0 || scores[c] > scores[best])) best = c;
  return best;
}

}  // namespace dyad

#endif  // DYAD_SYNTAX_PARSER_H_
