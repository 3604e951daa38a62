#include "train/parser_trainer.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <random>
#include <set>

#include "syntax/transition_system.h"

namespace dyad {
namespace {

std::string_view Universal(std::string_view rel) { return rel.substr(0, rel.find(':')); }

struct Example {
  ParseInput in;
  GoldTree gold;  // projectivised
  int n = 0;
};

void Forms(const ConlluSentence& s, std::vector<std::string_view>* forms, std::vector<std::string>* upos,
           std::vector<std::string>* xpos) {
  forms->clear();
  upos->clear();
  xpos->clear();
  for (auto& w : s.words) {
    forms->push_back(w.form);
    upos->push_back(w.upos);
    xpos->push_back(w.xpos);
  }
}

}  // namespace

ParseScores EvaluateParser(const Parser& parser, const std::vector<ConlluSentence>& gold) {
  ParseScores sc;
  int64_t ua = 0, la = 0;
  std::vector<std::string_view> forms;
  std::vector<std::string> upos, xpos, rels;
  std::vector<int> heads;
  for (auto& s : gold) {
    Forms(s, &forms, &upos, &xpos);
    parser.Parse(forms, upos, xpos, &heads, &rels);
    for (size_t i = 0; i < s.words.size(); ++i) {
      ++sc.words;
      if (heads[i] == s.words[i].head) {
        ++ua;
        if (Universal(rels[i]) == Universal(s.words[i].deprel)) ++la;
      }
    }
  }
  if (sc.words > 0) {
    sc.uas = 100.0 * ua / sc.words;
    sc.las = 100.0 * la / sc.words;
  }
  return sc;
}

Result<Parser> TrainParser(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                           const ParserTrainOptions& opt) {
  if (train.empty()) return InvalidArgument("parser training: no training sentences");
  // Label set: every relation in train, sorted (deterministic ids).
  std::set<std::string> label_set;
  for (auto& s : train)
    for (auto& w : s.words) label_set.insert(w.deprel);
  if (!label_set.count("root")) return InvalidArgument("parser training: no 'root' relation in training data");
  std::vector<std::string> labels(label_set.begin(), label_set.end());
  if (labels.size() > 64 * 8) return InvalidArgument("parser training: too many relations");
  std::map<std::string, int> label_id;
  for (size_t i = 0; i < labels.size(); ++i) label_id[labels[i]] = static_cast<int>(i);
  const int root_label = RootLabelId(labels);
  const int nc = NumClasses(static_cast<int>(labels.size()));

  std::vector<Example> examples;
  examples.reserve(train.size());
  int64_t lifted = 0, words = 0;
  std::vector<std::string_view> forms;
  std::vector<std::string> upos, xpos;
  for (auto& s : train) {
    Example e;
    e.n = static_cast<int>(s.words.size());
    Forms(s, &forms, &upos, &xpos);
    e.in.Set(forms, upos, xpos);
    e.gold.head.assign(e.n + 1, 0);
    e.gold.label.assign(e.n + 1, -1);
    int roots = 0;
    bool ok = true;
    for (int i = 1; i <= e.n; ++i) {
      int h = s.words[i - 1].head;
      if (h < 0 || h > e.n || h == i) ok = false;
      e.gold.head[i] = h;
      e.gold.label[i] = label_id[s.words[i - 1].deprel];
      roots += h == 0;
    }
    if (!ok || roots != 1) continue;  // malformed trees teach nothing
    lifted += ProjectivizeHeads(&e.gold.head);
    words += e.n;
    examples.push_back(std::move(e));
  }
  if (opt.verbose)
    fmt::print(stderr, "parser: {} sentences, {} words, {} labels, {} arcs lifted to projectivise\n",
               examples.size(), words, labels.size(), lifted);

  PerceptronTrainer model(nc);
  std::mt19937_64 rng(opt.seed);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  ParseState st;
  std::vector<uint64_t> feats;
  std::vector<float> scores(nc);
  std::vector<int> costs(nc);
  Parser best;
  double best_las = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t c0 = std::clock();
    // Fisher-Yates with our own generator: identical on every platform.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    int64_t states = 0, errors = 0;
    const bool explore = epoch >= opt.explore_from_epoch;
    for (size_t idx : order) {
      const Example& e = examples[idx];
      st.Init(e.n);
      st.root_label = root_label;
      while (!st.Terminal()) {
        ExtractParseFeatures(st, e.in, &feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        model.Score(feats, scores.data());
        int move_cost[3];
        for (int m = 0; m < 3; ++m)
          move_cost[m] = kMoves[m].is_valid(st) ? kMoves[m].cost(st, e.gold) : 1 << 20;
        int guess = -1, gold = -1, min_cost = 1 << 20;
        for (int c = 0; c < nc; ++c) {
          if (!IsValid(st, c)) continue;
          Move m = MoveOf(c);
          int cost = move_cost[static_cast<int>(m)];
          if (m != Move::kShift) {
            int s0 = st.S(0);
            int h = m == Move::kLeft ? st.b0 : st.S(1);
            if (e.gold.head[s0] == h && e.gold.label[s0] != LabelOf(c)) ++cost;
          }
          costs[c] = cost;
          if (guess < 0 || scores[c] > scores[guess]) guess = c;
          if (cost < min_cost || (cost == min_cost && scores[c] > scores[gold])) {
            min_cost = cost;
            gold = c;
          }
        }
        ++states;
        if (costs[guess] > min_cost) {
          ++errors;
          model.Update(feats, gold, guess);
        }
        model.Tick();
        int next = gold;
        if (explore && std::uniform_real_distribution<double>(0, 1)(rng) < opt.explore_p) next = guess;
        Apply(&st, next);
      }
    }
    float prune = opt.prune_fraction;
    WeightTable table = model.Finalize(prune);
    while (table.num_features() * 12 + table.num_weights() * 4 > opt.max_weight_bytes && prune < 0.5f) {
      prune *= 1.5f;
      table = model.Finalize(prune);
    }
    Parser p(labels, std::move(table));
    ParseScores ds = EvaluateParser(p, dev.empty() ? train : dev);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    bool better = ds.las > best_las;
    if (opt.verbose)
      fmt::print(stderr, "parser epoch {:2d}: train err {:.2f}%  dev UAS {:.2f} LAS {:.2f}  "
                 "({} features, {} weights, prune {:.4f}; {:.0f}s wall, {:.0f}s cpu){}\n",
                 epoch, 100.0 * errors / std::max<int64_t>(1, states), ds.uas, ds.las,
                 p.weights().num_features(), p.weights().num_weights(), prune, secs, cpu, better ? "  *best" : "");
    if (better) {
      best_las = ds.las;
      best_epoch = epoch;
      best = std::move(p);
    }
  }
  if (opt.verbose) fmt::print(stderr, "parser: keeping epoch {} (dev LAS {:.2f})\n", best_epoch, best_las);
  return best;
}

}  // namespace dyad
