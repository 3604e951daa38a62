#include "train/tagger_trainer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>
#include <random>

namespace dyad {
namespace {

std::string Label(const ConlluWord& w) { return w.upos + " " + w.xpos; }

std::vector<std::string_view> Forms(const ConlluSentence& s) {
  std::vector<std::string_view> f;
  f.reserve(s.words.size());
  for (const ConlluWord& w : s.words) f.push_back(w.form);
  return f;
}

}  // namespace

TaggerScores EvaluateTagger(const Tagger& tagger, const std::vector<ConlluSentence>& sentences) {
  TaggerScores sc;
  size_t upos = 0, xpos = 0, both = 0;
  std::vector<std::string> u, x;
  for (const ConlluSentence& s : sentences) {
    tagger.Tag(Forms(s), &u, &x);
    for (size_t i = 0; i < s.words.size(); ++i) {
      bool a = u[i] == s.words[i].upos, b = x[i] == s.words[i].xpos;
      upos += a;
      xpos += b;
      both += a && b;
    }
    sc.words += s.words.size();
  }
  if (sc.words) {
    sc.upos = 100.0 * upos / sc.words;
    sc.xpos = 100.0 * xpos / sc.words;
    sc.both = 100.0 * both / sc.words;
  }
  return sc;
}

Result<Tagger> TrainTagger(const std::vector<ConlluSentence>& train,
                           const std::vector<ConlluSentence>& dev, const TaggerTrainOptions& opt) {
  if (train.empty()) return InvalidArgument("TrainTagger: the training set is empty");
  if (opt.epochs < 1) return InvalidArgument("TrainTagger: epochs must be at least 1");
  // Label set, sorted for determinism.
  std::map<std::string, int> label_index;
  for (const ConlluSentence& s : train)
    for (const ConlluWord& w : s.words) label_index.emplace(Label(w), 0);
  if (label_index.size() > 65535) return InvalidArgument("TrainTagger: too many distinct labels");
  std::vector<std::string> labels;
  for (auto& [l, id] : label_index) {
    id = static_cast<int>(labels.size());
    labels.push_back(l);
  }
  // Gold label ids per sentence.
  std::vector<std::vector<uint16_t>> gold(train.size());
  std::map<std::string_view, std::map<int, int>> form_counts;
  for (size_t s = 0; s < train.size(); ++s) {
    for (const ConlluWord& w : train[s].words) {
      int id = label_index[Label(w)];
      gold[s].push_back(static_cast<uint16_t>(id));
      ++form_counts[w.form][id];
    }
  }
  // Tag dictionary of frequent unambiguous forms.
  std::unordered_map<uint64_t, uint16_t> dict;
  for (const auto& [form, counts] : form_counts) {
    int total = 0, best = -1, best_n = 0;
    for (auto [id, n] : counts) {
      total += n;
      if (n > best_n) best = id, best_n = n;
    }
    if (total >= opt.dict_min_count && best_n >= opt.dict_min_share * total) {
      dict.emplace(HashString(form), static_cast<uint16_t>(best));
    }
  }
  // Ambiguity classes: for lowercase forms seen at least amb_min_count times,
  // the set of labels taking at least amb_min_share of their occurrences.
  // Training sentences see classes computed without their own fold
  // (jackknifing), so rare words look as they will on unseen text.
  const int folds = std::max(opt.amb_folds, 1);
  std::vector<std::map<std::string, std::map<int, int>>> fold_counts(folds);
  for (size_t s = 0; s < train.size(); ++s) {
    for (size_t i = 0; i < train[s].words.size(); ++i) {
      std::string l = train[s].words[i].form;
      for (char& ch : l) if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      ++fold_counts[s % folds][l][gold[s][i]];
    }
  }
  auto build_amb = [&](int skip_fold) {
    std::map<std::string_view, std::map<int, int>> counts;
    for (int f = 0; f < folds; ++f) {
      if (f == skip_fold) continue;
      for (const auto& [form, c] : fold_counts[f])
        for (auto [id, n] : c) counts[form][id] += n;
    }
    std::unordered_map<uint64_t, uint64_t> amb;
    for (const auto& [form, c] : counts) {
      int total = 0;
      for (auto [id, n] : c) total += n;
      if (total < opt.amb_min_count) continue;
      uint64_t h = 0x12345;
      for (auto [id, n] : c) {
        if (n >= opt.amb_min_share * total) h = HashMix(h, id + 1);
      }
      amb.emplace(HashString(form), h);
    }
    return amb;
  };
  std::unordered_map<uint64_t, uint64_t> amb = build_amb(-1);
  std::vector<std::unordered_map<uint64_t, uint64_t>> fold_amb;
  if (folds > 1) {
    for (int f = 0; f < folds; ++f) fold_amb.push_back(build_amb(f));
  }
  const Tagger dict_only(labels, WeightTable(), dict, amb);

  PerceptronTrainer model(static_cast<int>(labels.size()));
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(opt.seed);
  Tagger::Context ctx;
  std::vector<uint64_t> feats;
  std::vector<float> scores(labels.size());
  Tagger best;
  double best_score = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t correct = 0, seen = 0;
    for (size_t si : order) {
      const ConlluSentence& s = train[si];
      std::vector<std::string_view> forms = Forms(s);
      ctx.Reset(forms, folds > 1 ? &fold_amb[si % folds] : &amb);
      int p1 = -1, p2 = -1;
      for (size_t i = 0; i < forms.size(); ++i) {
        int guess = dict_only.DictLabel(ctx.words[i + 2].form);
        if (guess < 0) {
          Tagger::Features(ctx, i, p1, p2, &feats);
          std::fill(scores.begin(), scores.end(), 0.0f);
          model.Score(feats, scores.data());
          guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          model.Update(feats, gold[si][i], guess);
          model.Tick();
        }
        correct += guess == gold[si][i];
        ++seen;
        p2 = p1;
        p1 = guess;
      }
    }
    Tagger tagger(labels, model.Finalize(), dict, amb);
    if (dev.empty()) {
      if (opt.verbose) {
        std::fprintf(stderr, "tagger epoch %d: train %.2f%%, %zu features\n", epoch,
                     100.0 * correct / std::max<size_t>(seen, 1), tagger.weights().num_features());
      }
      best = std::move(tagger);
      best_epoch = epoch;
      continue;
    }
    TaggerScores sc = EvaluateTagger(tagger, dev);
    if (opt.verbose) {
      std::fprintf(stderr,
                   "tagger epoch %d: train %.2f%%  dev UPOS %.2f  XPOS %.2f  (%zu features, %zu weights)\n",
                   epoch, 100.0 * correct / std::max<size_t>(seen, 1), sc.upos, sc.xpos,
                   tagger.weights().num_features(), tagger.weights().num_weights());
    }
    if (sc.upos + sc.xpos > best_score) {
      best_score = sc.upos + sc.xpos;
      best = std::move(tagger);
      best_epoch = epoch;
    }
  }
  if (opt.verbose) std::fprintf(stderr, "tagger: keeping epoch %d\n", best_epoch);
  return best;
}

}  // namespace dyad
