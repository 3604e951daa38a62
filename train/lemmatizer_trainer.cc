#include "train/lemmatizer_trainer.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace dyad {
namespace {

using Rule = Lemmatizer::Rule;

// Sortable identity of a rule.
std::tuple<bool, int, std::string> RuleKey(const Rule& r) { return {r.lower, r.strip, r.append}; }

// Majority rule of a count map; ties go to the smallest rule key.
const Rule* Majority(const std::map<std::tuple<bool, int, std::string>, int>& counts, int* total) {
  const std::tuple<bool, int, std::string>* best = nullptr;
  int best_n = 0;
  *total = 0;
  for (const auto& [k, n] : counts) {
    *total += n;
    if (n > best_n) best = &k, best_n = n;
  }
  thread_local Rule r;
  if (!best) return nullptr;
  r = Rule{std::get<0>(*best), static_cast<uint8_t>(std::get<1>(*best)), std::get<2>(*best)};
  return &r;
}

}  // namespace

Result<Lemmatizer> TrainLemmatizer(const std::vector<ConlluSentence>& train,
                                   const LemmatizerTrainOptions& opt) {
  if (train.empty()) return InvalidArgument("TrainLemmatizer: the training set is empty");
  using Counts = std::map<std::tuple<bool, int, std::string>, int>;
  // Token counts per (lowercase form, tag); the form as first seen kept for
  // checking the chosen rule.
  std::map<std::pair<std::string, std::string>, Counts> by_word, by_exact;
  for (const ConlluSentence& s : train) {
    for (const ConlluWord& w : s.words) {
      if (w.lemma.empty() || (w.lemma == "_" && w.form != "_")) continue;
      std::string tag(Lemmatizer::KeyTag(w.upos, w.xpos));
      auto rule = RuleKey(Lemmatizer::RuleFor(w.form, w.lemma));
      ++by_word[{Lemmatizer::Lower(w.form), tag}][rule];
      ++by_exact[{w.form, tag}][rule];
    }
  }
  if (by_word.empty()) return InvalidArgument("TrainLemmatizer: no lemmas in the training set");
  // Rules are interned in sorted order, so ids are deterministic.
  std::map<std::tuple<bool, int, std::string>, uint32_t> rule_ids;
  auto intern = [&](const Rule& r) {
    auto [it, fresh] = rule_ids.emplace(RuleKey(r), 0);
    return &it->second;
  };
  // Suffix statistics over distinct words (their majority rule).
  std::map<std::pair<std::string, std::string>, Counts> by_suffix;  // (tag, suffix)
  std::map<std::pair<std::string, std::string>, Rule> word_rule;
  for (const auto& [key, counts] : by_word) {
    int total = 0;
    Rule r = *Majority(counts, &total);
    word_rule[key] = r;
    const std::string& lower = key.first;
    for (size_t k = r.strip; k <= std::min(lower.size(), Lemmatizer::kMaxSuffix); ++k) {
      ++by_suffix[{key.second, lower.substr(lower.size() - k)}][RuleKey(r)];
    }
  }
  // Suffix table: majority rule per (tag, suffix) with enough support, minus
  // entries that repeat what the next shorter stored suffix already gives.
  std::map<std::pair<std::string, std::string>, Rule> suffix_rule;
  for (const auto& [key, counts] : by_suffix) {
    int total = 0;
    Rule r = *Majority(counts, &total);
    if (total < (key.second.empty() ? 1 : opt.min_suffix_support)) continue;
    suffix_rule[key] = r;
  }
  auto effective = [&](const std::string& tag, const std::string& lower, size_t max_k) -> const Rule* {
    for (size_t k = std::min(max_k, lower.size()) + 1; k-- > 0;) {
      auto it = suffix_rule.find({tag, lower.substr(lower.size() - k)});
      if (it != suffix_rule.end()) return &it->second;
    }
    return nullptr;
  };
  std::vector<std::pair<std::string, std::string>> redundant;
  for (const auto& [key, r] : suffix_rule) {
    if (key.second.empty()) continue;
    const Rule* parent = effective(key.first, key.second.substr(1), Lemmatizer::kMaxSuffix);
    if (parent && *parent == r) redundant.push_back(key);
  }
  // Removing a redundant entry never changes what a lookup returns, since its
  // parent gives the same rule; remove longest first so parents stay valid.
  std::sort(redundant.begin(), redundant.end(), [](const auto& a, const auto& b) {
    return a.second.size() > b.second.size() || (a.second.size() == b.second.size() && a < b);
  });
  for (const auto& key : redundant) suffix_rule.erase(key);
  // Exceptions: seen words whose majority rule the suffix table gets wrong.
  std::map<std::pair<std::string, std::string>, Rule> exceptions;
  for (const auto& [key, r] : word_rule) {
    const Rule* s = effective(key.second, key.first, Lemmatizer::kMaxSuffix);
    if (!s || !(*s == r)) exceptions[key] = r;
  }
  // Exact-form exceptions: where the form's own majority differs from what
  // the lowercase exceptions and suffixes give (i/PRP -> I beside I/PRP).
  std::map<std::pair<std::string, std::string>, Rule> exact;
  for (const auto& [key, counts] : by_exact) {
    int total = 0;
    Rule r = *Majority(counts, &total);
    std::pair<std::string, std::string> lk{Lemmatizer::Lower(key.first), key.second};
    auto ex = exceptions.find(lk);
    const Rule* s = ex != exceptions.end() ? &ex->second
                                           : effective(key.second, lk.first, Lemmatizer::kMaxSuffix);
    if (!s || Lemmatizer::Apply(*s, key.first) != Lemmatizer::Apply(r, key.first)) exact[key] = r;
  }
  for (const auto& [k, r] : suffix_rule) intern(r);
  for (const auto& [k, r] : exceptions) intern(r);
  for (const auto& [k, r] : exact) intern(r);
  std::vector<Rule> rules(rule_ids.size());
  uint32_t next = 0;
  for (auto& [k, id] : rule_ids) {
    id = next++;
    rules[id] = Rule{std::get<0>(k), static_cast<uint8_t>(std::get<1>(k)), std::get<2>(k)};
  }
  std::unordered_map<uint64_t, uint32_t> ex, suf, exa;
  for (const auto& [k, r] : exact) exa[Lemmatizer::ExactKey(k.first, k.second)] = *intern(r);
  for (const auto& [k, r] : exceptions) ex[Lemmatizer::ExceptionKey(k.first, k.second)] = *intern(r);
  for (const auto& [k, r] : suffix_rule) suf[Lemmatizer::SuffixKey(k.first, k.second)] = *intern(r);
  return Lemmatizer(std::move(rules), std::move(exa), std::move(ex), std::move(suf));
}

LemmaScores EvaluateLemmatizer(const Lemmatizer& lemmatizer,
                               const std::vector<ConlluSentence>& sentences, const Tagger* tagger) {
  LemmaScores sc;
  size_t gold_ok = 0, pred_ok = 0;
  std::vector<std::string_view> forms;
  std::vector<std::string> upos, xpos;
  for (const ConlluSentence& s : sentences) {
    forms.clear();
    for (const ConlluWord& w : s.words) forms.push_back(w.form);
    if (tagger) tagger->Tag(forms, &upos, &xpos);
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& w = s.words[i];
      gold_ok += lemmatizer.Lemmatize(w.form, w.upos, w.xpos) == w.lemma;
      if (tagger) pred_ok += lemmatizer.Lemmatize(w.form, upos[i], xpos[i]) == w.lemma;
    }
    sc.words += s.words.size();
  }
  if (sc.words) {
    sc.gold_tags = 100.0 * gold_ok / sc.words;
    sc.predicted_tags = tagger ? 100.0 * pred_ok / sc.words : 0;
  }
  return sc;
}

}  // namespace dyad
