#include "train/splitter_trainer.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <numeric>
#include <map>
#include <random>

namespace dyad {
namespace {

// Averaged binary perceptron over a hashed table (Daume's trick: the average
// is w - u / c, u accumulating c * update).
class BinaryPerceptron {
 public:
  explicit BinaryPerceptron(int bits) : bits_(bits), w_(size_t{1} << bits, 0.0), u_(size_t{1} << bits, 0.0) {}
  double Score(const BoundaryFeatures& f) const {
    double s = 0;
    for (int i = 0; i < f.n; ++i) s += w_[Index(f.h[i])];
    return s;
  }
  // Updates towards `gold` when the current weights disagree; true when they did.
  bool Train(const BoundaryFeatures& f, bool gold) {
    bool predicted = Score(f) > 0;
    if (predicted != gold) {
      double y = gold ? 1.0 : -1.0;
      for (int i = 0; i < f.n; ++i) {
        size_t k = Index(f.h[i]);
        w_[k] += y;
        u_[k] += c_ * y;
      }
    }
    ++c_;
    return predicted != gold;
  }
  std::vector<float> Averaged() const {
    std::vector<float> a(w_.size());
    for (size_t k = 0; k < w_.size(); ++k) {
      double v = w_[k] - u_[k] / c_;
      // Tiny residues of cancelled updates are zero (keeps the file sparse).
      a[k] = std::abs(v) < 1e-6 ? 0.0f : static_cast<float>(v);
    }
    return a;
  }

 private:
  size_t Index(uint64_t h) const { return h >> (64 - bits_); }
  int bits_;
  std::vector<double> w_, u_;
  double c_ = 1;
};

}  // namespace

SplitterCorpus MakeSplitterCorpus(const std::vector<ConlluSentence>& sentences) {
  SplitterCorpus c;
  std::vector<std::pair<size_t, size_t>> spans;
  c.doc.text = RebuildText(sentences, &spans);
  for (const auto& [s, e] : spans) {
    c.gold.push_back({static_cast<uint32_t>(s), static_cast<uint32_t>(e)});
    c.gold_ends.push_back(static_cast<uint32_t>(e));
  }
  std::sort(c.gold_ends.begin(), c.gold_ends.end());
  const std::string& t = c.doc.text;
  for (size_t i = 0; i < t.size();) {
    size_t j = t.find('\n', i);
    if (j == std::string::npos) j = t.size();
    if (j > i) c.doc.paragraphs.push_back({Role::kBody, static_cast<uint32_t>(i), static_cast<uint32_t>(j), -1});
    i = j + 1;
  }
  return c;
}

Result<SegmentScores> ScoreSplitter(const SentenceSplitter& splitter, const SplitterCorpus& corpus) {
  Document doc;
  doc.text = corpus.doc.text;
  doc.paragraphs = corpus.doc.paragraphs;
  splitter.Split(&doc);
  std::vector<SegmentSpan> sys;
  sys.reserve(doc.sentences.size());
  for (const auto& s : doc.sentences) sys.push_back({s.start, s.end});
  auto a = AlignSpans(doc.text, corpus.gold, doc.text, sys);
  if (!a.ok()) return a.status();
  return a->scores;
}

Result<BoundaryModel> TrainSplitter(const std::vector<ConlluSentence>& train,
                                    const std::vector<ConlluSentence>& dev, const SplitterTrainOptions& opt) {
  if (opt.table_bits < BoundaryModel::kMinTableBits || opt.table_bits > BoundaryModel::kMaxTableBits)
    return InvalidArgument(fmt::format("splitter training: table bits {} outside [{}, {}]", opt.table_bits,
                                       BoundaryModel::kMinTableBits, BoundaryModel::kMaxTableBits));
  if (train.empty()) return InvalidArgument("splitter training: the training treebank has no sentences");
  const SplitterCorpus tc = MakeSplitterCorpus(train);
  const SplitterCorpus dc = MakeSplitterCorpus(dev);
  const SentenceSplitter rules = SentenceSplitter(nullptr);
  auto log = [&](const std::string& s) {
    if (opt.verbose) fmt::print(stderr, "{}\n", s);
  };
  if (!dev.empty()) {
    auto r = ScoreSplitter(rules, dc);
    if (!r.ok()) return r.status();
    log(fmt::format("rules alone: dev sentence P {:.4f} R {:.4f} F1 {:.4f}", r->precision(), r->recall(), r->f1()));
  }

  BinaryPerceptron p(opt.table_bits);
  std::vector<size_t> order(tc.doc.paragraphs.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(opt.seed);
  std::vector<Sentence> scratch;
  auto is_gold = [&](uint32_t at) { return std::binary_search(tc.gold_ends.begin(), tc.gold_ends.end(), at); };

  // Sentence openers: words that open at least min_starter_count train
  // sentences written without punctuation after a plain lowercase or
  // capitalised word (the kIfStarter places).
  std::map<uint64_t, int> opened;
  for (const Paragraph& para : tc.doc.paragraphs) {
    scratch.clear();
    rules.SplitSpanWith(
        tc.doc.text, para.start, para.end, -1,
        [&](const BoundaryCandidate& c) {
          bool gold = is_gold(c.end);
          if (c.context->if_starter && gold) ++opened[text::LowerHash(c.context->next)];
          return gold;
        },
        &scratch);
  }
  std::vector<uint64_t> starters;
  for (const auto& [h, count] : opened)
    if (count >= opt.min_starter_count) starters.push_back(h);
  log(fmt::format("{} sentence openers (of {} words seen opening one)", starters.size(), opened.size()));

  auto model_of = [&](const std::vector<float>& w, float th) {
    return std::make_shared<const BoundaryModel>(opt.table_bits, w, th, starters, opt.note);
  };
  const BoundaryModel starter_check(opt.table_bits, {}, 0, starters);
  std::vector<float> best_w;
  double best_f1 = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    auto t0 = std::chrono::steady_clock::now();
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t seen = 0, errors = 0;
    for (size_t pi : order) {
      const Paragraph& para = tc.doc.paragraphs[pi];
      scratch.clear();
      rules.SplitSpanWith(
          tc.doc.text, para.start, para.end, -1,
          [&](const BoundaryCandidate& c) {
            bool gold = is_gold(c.end);
            // Not a candidate at run time: no boundary there, no update.
            if (c.context->if_starter && !starter_check.IsStarter(c.context->next)) return gold;
            errors += p.Train(*c.features, gold);
            ++seen;
            return gold;
          },
          &scratch);
    }
    std::vector<float> avg = p.Averaged();
    double f1 = 0;
    std::string dev_line;
    if (!dev.empty()) {
      auto r = ScoreSplitter(SentenceSplitter(model_of(avg, 0)), dc);
      if (!r.ok()) return r.status();
      f1 = r->f1();
      dev_line = fmt::format("dev P {:.4f} R {:.4f} F1 {:.4f}", r->precision(), r->recall(), r->f1());
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    log(fmt::format("epoch {:2d}: {} candidates, {} training errors; {} ({:.1f}s)", epoch, seen, errors, dev_line,
                    secs));
    if (dev.empty() || f1 > best_f1) {
      best_f1 = f1;
      best_w = std::move(avg);
      best_epoch = epoch;
    }
  }

  // The threshold on dev: the best of -3 .. 3 in steps of 0.25 (ties: the
  // one nearest 0).
  float th = 0;
  if (!dev.empty()) {
    double best = best_f1;
    for (int step = 1; step <= 12; ++step) {
      for (int sign : {-1, 1}) {
        float t = 0.25f * static_cast<float>(sign * step);
        auto r = ScoreSplitter(SentenceSplitter(model_of(best_w, t)), dc);
        if (!r.ok()) return r.status();
        if (r->f1() > best + 1e-9) {
          best = r->f1();
          th = t;
        }
      }
    }
    log(fmt::format("best epoch {}; threshold {:.2f}: dev F1 {:.4f}", best_epoch, th, best));
  }
  std::string note = opt.note;
  if (!note.empty()) note += "; ";
  note += fmt::format("epoch {} of {}, seed {}, table bits {}, threshold {:.2f}", best_epoch, opt.epochs, opt.seed,
                      opt.table_bits, th);
  return BoundaryModel(opt.table_bits, std::move(best_w), th, std::move(starters), note);
}

}  // namespace dyad
