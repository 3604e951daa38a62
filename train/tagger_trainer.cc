#include "train/tagger_trainer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>
#include <random>
#include <thread>

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

  // One model per direction; the right-to-left one reads reversed sentences.
  // Each direction's epoch runs on its own thread with its own generator
  // (the left-to-right one seeded as before), so the result does not depend
  // on scheduling.
  const int directions = opt.bidirectional ? 2 : 1;
  struct Direction {
    PerceptronTrainer model;
    std::mt19937_64 rng;
    std::vector<size_t> order;
    size_t correct = 0, seen = 0;
  };
  std::vector<Direction> dirs;
  for (int d = 0; d < directions; ++d) {
    dirs.push_back({PerceptronTrainer(static_cast<int>(labels.size())),
                    std::mt19937_64(d == 0 ? opt.seed : HashMix(opt.seed, 0x7232)), {}, 0, 0});
    dirs.back().order.resize(train.size());
    std::iota(dirs.back().order.begin(), dirs.back().order.end(), 0);
  }
  auto run_epoch = [&](int d) {
    Direction& dir = dirs[d];
    Tagger::Context ctx;
    std::vector<uint64_t> feats;
    std::vector<float> scores(labels.size());
    std::vector<std::string_view> forms;
    for (size_t i = dir.order.size(); i > 1; --i) std::swap(dir.order[i - 1], dir.order[dir.rng() % i]);
    dir.correct = dir.seen = 0;
    for (size_t si : dir.order) {
      const ConlluSentence& s = train[si];
      forms = Forms(s);
      if (d == 1) std::reverse(forms.begin(), forms.end());
      const size_t n = forms.size();
      ctx.Reset(forms, folds > 1 ? &fold_amb[si % folds] : &amb);
      int p1 = -1, p2 = -1;
      for (size_t i = 0; i < n; ++i) {
        const int truth = gold[si][d == 1 ? n - 1 - i : i];
        int guess = dict_only.DictLabel(ctx.words[i + 2].form);
        if (guess < 0) {
          Tagger::Features(ctx, i, p1, p2, &feats);
          std::fill(scores.begin(), scores.end(), 0.0f);
          dir.model.Score(feats, scores.data());
          guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          dir.model.Update(feats, truth, guess);
          dir.model.Tick();
        }
        dir.correct += guess == truth;
        ++dir.seen;
        p2 = p1;
        p1 = guess;
      }
    }
  };
  Tagger best;
  double best_score = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    if (directions == 2) {
      std::thread other(run_epoch, 1);
      run_epoch(0);
      other.join();
    } else {
      run_epoch(0);
    }
    const double train_acc = 100.0 * dirs[0].correct / std::max<size_t>(dirs[0].seen, 1);
    Tagger tagger = directions == 2 ? Tagger(labels, dirs[0].model.Finalize(), dirs[1].model.Finalize(), dict, amb)
                                    : Tagger(labels, dirs[0].model.Finalize(), dict, amb);
    if (dev.empty()) {
      if (opt.verbose) {
        std::fprintf(stderr, "tagger epoch %d: train %.2f%%, %zu features\n", epoch, train_acc,
                     tagger.weights().num_features());
      }
      best = std::move(tagger);
      best_epoch = epoch;
      continue;
    }
    TaggerScores sc = EvaluateTagger(tagger, dev);
    if (opt.verbose) {
      std::fprintf(stderr,
                   "tagger epoch %d: train %.2f%%  dev UPOS %.2f  XPOS %.2f  (%zu+%zu features, %zu+%zu weights)\n",
                   epoch, train_acc, sc.upos, sc.xpos, tagger.weights().num_features(),
                   tagger.weights_right_to_left().num_features(), tagger.weights().num_weights(),
                   tagger.weights_right_to_left().num_weights());
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
