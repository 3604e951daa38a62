#include "train/splitter_trainer.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <numeric>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <random>
#include <array>
#include <cstdlib>
#include <iterator>

namespace dyad {
namespace {

// Averaged binary perceptron (Daume's trick: the average is w - u / c, u
// accumulating c * update) over a hashed table of 1 << bits entries or, with
// bits 0, over the exact feature hashes (no collisions).
class BinaryPerceptron {
 public:
  explicit BinaryPerceptron(int bits)
      : bits_(bits), w_(bits ? size_t{1} << bits : 0, 0.0), u_(bits ? size_t{1} << bits : 0, 0.0) {}
  double Score(const BoundaryFeatures& f) const {
    double s = 0;
    if (bits_ == 0) {
      for (int i = 0; i < f.n; ++i)
        if (auto it = exact_.find(f.h[i]); it != exact_.end()) s += it->second.first;
      return s;
    }
    for (int i = 0; i < f.n; ++i) s += w_[Index(f.h[i])];
    return s;
  }
  // Updates towards `gold` when the current weights disagree; true when they did.
  // Exact weights only for these features (when set).
  void Restrict(std::unordered_set<uint64_t> allowed) { allowed_ = std::move(allowed); }
  bool Train(const BoundaryFeatures& f, bool gold) {
    bool predicted = Score(f) > 0;
    if (predicted != gold) {
      double y = gold ? 1.0 : -1.0;
      for (int i = 0; i < f.n; ++i) {
        if (bits_ == 0) {
          if (!allowed_.empty() && !allowed_.contains(f.h[i])) continue;
          auto& [w, u] = exact_[f.h[i]];
          w += y;
          u += c_ * y;
          continue;
        }
        size_t k = Index(f.h[i]);
        w_[k] += y;
        u_[k] += c_ * y;
      }
    }
    ++c_;
    return predicted != gold;
  }
  // The averaged weights, (index or feature hash, weight), sorted, without
  // zeros (tiny residues of cancelled updates are zero: keeps the file
  // sparse).
  std::vector<std::pair<uint64_t, float>> Averaged() const {
    std::vector<std::pair<uint64_t, float>> a;
    auto add = [&](uint64_t k, double w, double u) {
      double v = w - u / c_;
      if (std::abs(v) >= 1e-6) a.emplace_back(k, static_cast<float>(v));
    };
    if (bits_ == 0) {
      for (const auto& [k, wu] : exact_) add(k, wu.first, wu.second);
      std::sort(a.begin(), a.end());
    } else {
      for (size_t k = 0; k < w_.size(); ++k) add(k, w_[k], u_[k]);
    }
    return a;
  }

 private:
  size_t Index(uint64_t h) const { return h >> (64 - bits_); }
  int bits_;
  std::vector<double> w_, u_;
  std::unordered_map<uint64_t, std::pair<double, double>> exact_;
  std::unordered_set<uint64_t> allowed_;
  double c_ = 1;
};

std::string Flat(std::string s) {
  for (char& c : s) if (c == '\n') c = '|';
  return s;
}

// UPOS tags, numbered from 1 in the order of the UD guidelines' list.
uint32_t UposIndex(std::string_view upos) {
  static constexpr std::string_view kTags[] = {"ADJ",  "ADP",   "ADV",  "AUX",   "CCONJ", "DET",
                                               "INTJ", "NOUN",  "NUM",  "PART",  "PRON",  "PROPN",
                                               "PUNCT", "SCONJ", "SYM", "VERB", "X"};
  for (uint32_t i = 0; i < std::size(kTags); ++i)
    if (kTags[i] == upos) return i + 1;
  return 18;  // "_" or a tag from another scheme
}

}  // namespace

WordClasses LearnWordClasses(const std::vector<ConlluSentence>& sentences, const std::vector<SegmentSpan>& spans,
                             uint32_t skip_a, uint32_t skip_b, const SplitterTrainOptions& opt) {
  if (opt.class_kind == SplitterTrainOptions::ClassKind::kNone) return WordClasses();
  std::map<uint64_t, std::array<int, 19>> counts;  // form key -> occurrences by UPOS index
  for (size_t si = 0; si < sentences.size(); ++si) {
    if (si < spans.size() && spans[si].start >= skip_a && spans[si].end <= skip_b) continue;
    for (const ConlluWord& w : sentences[si].words) {
      auto [it, fresh] = counts.try_emplace(WordClasses::KeyOf(w.form));
      if (fresh) it->second.fill(0);
      ++it->second[UposIndex(w.upos)];
    }
  }
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  for (const auto& [key, c] : counts) {
    int total = 0, best = 0;
    for (int i = 1; i < 19; ++i) {
      total += c[i];
      if (c[i] > c[best]) best = i;
    }
    if (total < opt.class_min_count) continue;
    uint32_t cls = static_cast<uint32_t>(best);
    if (opt.class_kind == SplitterTrainOptions::ClassKind::kAmbiguity) {
      cls = 0;
      for (int i = 1; i < 19; ++i)
        if (c[i] > 0 && c[i] >= opt.class_min_share * total) cls |= uint32_t{1} << i;
    }
    entries.emplace_back(key, cls);
  }
  return WordClasses(std::move(entries));
}

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

namespace {

// Paragraphs [lo, hi) of `tc` (fold f of `folds`) with their gold sentences.
SplitterCorpus FoldOf(const SplitterCorpus& tc, int f, int folds) {
  const size_t np = tc.doc.paragraphs.size(), lo = np * static_cast<size_t>(f) / static_cast<size_t>(folds),
               hi = np * static_cast<size_t>(f + 1) / static_cast<size_t>(folds);
  SplitterCorpus held;
  held.doc.text = tc.doc.text;
  held.doc.paragraphs.assign(tc.doc.paragraphs.begin() + static_cast<std::ptrdiff_t>(lo),
                             tc.doc.paragraphs.begin() + static_cast<std::ptrdiff_t>(hi));
  const uint32_t a = held.doc.paragraphs.front().start, b = held.doc.paragraphs.back().end;
  for (const SegmentSpan& g : tc.gold)
    if (g.start >= a && g.end <= b) {
      held.gold.push_back(g);
      held.gold_ends.push_back(g.end);
    }
  std::sort(held.gold_ends.begin(), held.gold_ends.end());
  return held;
}

}  // namespace

HeldOutSplit SplitHeldOut(const BoundaryModel& model, const SplitterCorpus& corpus) {
  HeldOutSplit out;
  const SentenceSplitter sp(std::shared_ptr<const BoundaryModel>(std::shared_ptr<const BoundaryModel>(), &model));
  std::vector<Sentence> sents;
  for (const Paragraph& para : corpus.doc.paragraphs)
    sp.SplitSpanWith(
        corpus.doc.text, para.start, para.end, -1,
        [&](const BoundaryCandidate& c) {
          if (c.context->if_starter && !model.IsStarter(c.context->next)) return false;
          const float margin = model.Score(*c.features) - model.threshold();
          const bool gold = std::binary_search(corpus.gold_ends.begin(), corpus.gold_ends.end(), c.end);
          out.candidates.push_back({c.features->kind, margin, gold, c.end});
          return margin > 0;
        },
        &sents);
  std::vector<uint32_t> chosen;
  for (const HeldOutCandidate& c : out.candidates)
    if (c.margin > 0) chosen.push_back(c.end);
  std::sort(chosen.begin(), chosen.end());
  for (const Sentence& s : sents)
    if (!std::binary_search(chosen.begin(), chosen.end(), s.end)) out.fixed_ends.push_back(s.end);
  std::sort(out.fixed_ends.begin(), out.fixed_ends.end());
  out.gold_ends = corpus.gold_ends;
  return out;
}

double HeldOutSentenceF1(const std::vector<const HeldOutSplit*>& folds, const BoundaryModel::KindOffsets& offsets) {
  double system = 0, gold = 0, correct = 0;
  std::vector<uint32_t> ends;
  for (const HeldOutSplit* f : folds) {
    ends = f->fixed_ends;
    for (const HeldOutCandidate& c : f->candidates)
      if (c.margin > offsets[static_cast<size_t>(c.kind)]) ends.push_back(c.end);
    std::sort(ends.begin(), ends.end());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
    // A sentence is right when it ends at gold end k and the one before it
    // at gold end k - 1 (each paragraph's last sentence ends where a gold
    // one does, so the next paragraph starts right).
    std::ptrdiff_t prev = -1;
    for (uint32_t e : ends) {
      auto it = std::lower_bound(f->gold_ends.begin(), f->gold_ends.end(), e);
      const std::ptrdiff_t k = it != f->gold_ends.end() && *it == e ? it - f->gold_ends.begin() : -2;
      correct += k >= 0 && k == prev + 1;
      prev = k;
    }
    system += static_cast<double>(ends.size());
    gold += static_cast<double>(f->gold_ends.size());
  }
  return system + gold > 0 ? 2 * correct / (system + gold) : 0.0;
}

BoundaryModel::KindOffsets ChooseKindOffsets(const std::vector<const HeldOutSplit*>& folds) {
  BoundaryModel::KindOffsets best{};
  double best_f1 = HeldOutSentenceF1(folds, best);
  for (int round = 0; round < 3; ++round)
    for (size_t k = 0; k < best.size(); ++k)
      for (int step = 1; step <= 12; ++step)
        for (int sign : {-1, 1}) {
          BoundaryModel::KindOffsets o = best;
          o[k] = 0.25f * static_cast<float>(sign * step);
          // Only a better F1 moves an offset: ties keep the one nearer 0.
          if (double v = HeldOutSentenceF1(folds, o); v > best_f1 + 1e-12) {
            best_f1 = v;
            best = o;
          }
        }
  return best;
}

Result<BoundaryModel> TrainSplitter(const std::vector<ConlluSentence>& train,
                                    const std::vector<ConlluSentence>& dev, const SplitterTrainOptions& opt) {
  if (opt.table_bits != 0 &&
      (opt.table_bits < BoundaryModel::kMinTableBits || opt.table_bits > BoundaryModel::kMaxTableBits))
    return InvalidArgument(fmt::format("splitter training: table bits {} neither 0 (exact) nor in [{}, {}]",
                                       opt.table_bits, BoundaryModel::kMinTableBits, BoundaryModel::kMaxTableBits));
  if (train.empty()) return InvalidArgument("splitter training: the training treebank has no sentences");
  if (!(opt.lexical_dropout >= 0 && opt.lexical_dropout <= 1))
    return InvalidArgument(fmt::format("splitter training: lexical dropout {} outside [0, 1]", opt.lexical_dropout));
  if (opt.class_min_count < 1 || !(opt.class_min_share > 0 && opt.class_min_share <= 1))
    return InvalidArgument(fmt::format("splitter training: word-class count {} or share {} out of range (count >= 1, "
                                       "0 < share <= 1)",
                                       opt.class_min_count, opt.class_min_share));
  if (opt.bags < 1) return InvalidArgument(fmt::format("splitter training: {} runs (at least 1)", opt.bags));
  if (!(opt.min_opener_share >= 0) || opt.min_opener_initial < 1)
    return InvalidArgument(fmt::format("splitter training: opener share {} or count {} out of range (share >= 0, "
                                       "count >= 1)",
                                       opt.min_opener_share, opt.min_opener_initial));
  if (opt.folds > 1 && (opt.heldout_fold < 0 || opt.heldout_fold >= opt.folds))
    return InvalidArgument(fmt::format("splitter training: held-out fold {} of {} (0 .. {})", opt.heldout_fold,
                                       opt.folds, opt.folds - 1));
  if (opt.kind_thresholds && opt.kind_folds < 2)
    return InvalidArgument(fmt::format("splitter training: {} folds for the threshold offsets (at least 2)",
                                       opt.kind_folds));
  const SplitterCorpus tc = MakeSplitterCorpus(train);
  const SplitterCorpus dc = MakeSplitterCorpus(dev);
  const SentenceSplitter rules = SentenceSplitter(nullptr);
  auto log = [&](const std::string& s) {
    if (opt.verbose) fmt::print(stderr, "{}\n", s);
  };
  // Threshold offsets by candidate kind, from models trained without one
  // fold of train each (of the paragraphs this training uses).
  BoundaryModel::KindOffsets offsets{};
  if (opt.kind_thresholds) {
    if (opt.folds > 1)
      return InvalidArgument("splitter training: threshold offsets are chosen on folds of all of train, not inside "
                             "a cross-validation fold");
    if (tc.doc.paragraphs.size() < static_cast<size_t>(opt.kind_folds))
      return InvalidArgument(fmt::format("splitter training: {} paragraphs for {} folds", tc.doc.paragraphs.size(),
                                         opt.kind_folds));
    std::vector<HeldOutSplit> splits;
    for (int f = 0; f < opt.kind_folds; ++f) {
      SplitterTrainOptions o = opt;
      o.kind_thresholds = false;
      o.folds = opt.kind_folds;
      o.heldout_fold = f;
      o.verbose = false;
      auto m = TrainSplitter(train, dev, o);
      if (!m.ok()) return m.status();
      splits.push_back(SplitHeldOut(*m, FoldOf(tc, f, opt.kind_folds)));
    }
    std::vector<const HeldOutSplit*> all;
    std::array<std::array<int, 4>, kBoundaryKinds> conf{};  // right, missed, false, candidates
    for (const HeldOutSplit& h : splits) {
      all.push_back(&h);
      for (const HeldOutCandidate& c : h.candidates) {
        auto& k = conf[static_cast<size_t>(c.kind)];
        k[0] += c.gold && c.margin > 0;
        k[1] += c.gold && c.margin <= 0;
        k[2] += !c.gold && c.margin > 0;
        ++k[3];
      }
    }
    offsets = ChooseKindOffsets(all);
    log(fmt::format("held-out sentence F1 (from the candidates' margins): {:.4f} with offsets 0, {:.4f} with those "
                    "chosen",
                    HeldOutSentenceF1(all, {}), HeldOutSentenceF1(all, offsets)));
    for (int k = 0; k < kBoundaryKinds; ++k)
      log(fmt::format("held-out candidates, {}: {} right, {} missed, {} false of {}; threshold offset {:.2f}",
                      BoundaryKindName(k), conf[static_cast<size_t>(k)][0], conf[static_cast<size_t>(k)][1],
                      conf[static_cast<size_t>(k)][2], conf[static_cast<size_t>(k)][3],
                      offsets[static_cast<size_t>(k)]));
  }
  if (!dev.empty()) {
    auto r = ScoreSplitter(rules, dc);
    if (!r.ok()) return r.status();
    log(fmt::format("rules alone: dev sentence P {:.4f} R {:.4f} F1 {:.4f}", r->precision(), r->recall(), r->f1()));
  }

  if (!dev.empty()) {
    // The ceiling of the candidate set: dev split with the gold answer at
    // every candidate (every opener).
    std::vector<Sentence> sents;
    for (const Paragraph& para : dc.doc.paragraphs)
      rules.SplitSpanWith(
          dc.doc.text, para.start, para.end, -1,
          [&](const BoundaryCandidate& c) {
            return std::binary_search(dc.gold_ends.begin(), dc.gold_ends.end(), c.end);
          },
          &sents);
    std::vector<SegmentSpan> sys;
    for (const auto& s : sents) sys.push_back({s.start, s.end});
    auto a = AlignSpans(dc.doc.text, dc.gold, dc.doc.text, sys);
    if (!a.ok()) return a.status();
    log(fmt::format("gold answers at every candidate (the candidates' ceiling): dev P {:.4f} R {:.4f} F1 {:.4f}",
                    a->scores.precision(), a->scores.recall(), a->scores.f1()));
  }

  std::vector<size_t> order(tc.doc.paragraphs.size());
  std::vector<Sentence> scratch;
  auto is_gold = [&](uint32_t at) { return std::binary_search(tc.gold_ends.begin(), tc.gold_ends.end(), at); };

  // Sentence openers: words that open at least min_starter_count train
  // sentences written without punctuation after a plain lowercase or
  // capitalised word (the kIfStarter places).
  // Cross-validation: paragraphs [held_lo, held_hi) (bytes [held_a,
  // held_b]) are left out of everything.
  size_t held_lo = 0, held_hi = 0;
  uint32_t held_a = 1, held_b = 0;
  if (opt.folds > 1) {
    const size_t np = tc.doc.paragraphs.size();
    held_lo = np * static_cast<size_t>(opt.heldout_fold) / static_cast<size_t>(opt.folds);
    held_hi = np * static_cast<size_t>(opt.heldout_fold + 1) / static_cast<size_t>(opt.folds);
    if (held_hi > held_lo) {
      held_a = tc.doc.paragraphs[held_lo].start;
      held_b = tc.doc.paragraphs[held_hi - 1].end;
    }
  }
  std::map<uint64_t, int> opened;
  for (const Paragraph& para : tc.doc.paragraphs) {
    if (para.start >= held_a && para.end <= held_b) continue;
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
  const size_t bare_openers = starters.size();
  // Words that are capitalised mostly as the first word of a sentence.
  std::map<uint64_t, std::pair<int, int>> initial_mid;  // capitalised: sentence-initial, elsewhere
  for (size_t si = 0; si < train.size(); ++si) {
    const ConlluSentence& sent = train[si];
    if (tc.gold[si].start >= held_a && tc.gold[si].end <= held_b) continue;
    for (size_t w = 0; w < sent.words.size(); ++w) {
      const std::string& f = sent.words[w].form;
      if (f.empty() || f[0] < 'A' || f[0] > 'Z') continue;
      auto& c = initial_mid[text::LowerHash(f)];
      (w == 0 ? c.first : c.second)++;
    }
  }
  for (const auto& [h, c] : initial_mid)
    if (c.first >= opt.min_opener_initial && c.first >= opt.min_opener_share * (c.first + c.second) &&
        !std::binary_search(starters.begin(), starters.begin() + bare_openers, h))
      starters.push_back(h);
  std::sort(starters.begin(), starters.end());
  log(fmt::format("{} sentence openers: {} that open a sentence written without punctuation at least {} times "
                  "(of {} seen opening one), {} more sentence-initial in {:.0f}% or more of their capitalised uses",
                  starters.size(), bare_openers, opt.min_starter_count, opened.size(), starters.size() - bare_openers,
                  100 * opt.min_opener_share));

  const WordClasses classes = LearnWordClasses(train, tc.gold, held_a, held_b, opt);
  log(fmt::format("word classes of {} train forms", classes.size()));
  // Weights as (table index or, exact, feature hash; weight), sorted.
  using Keyed = std::vector<std::pair<uint64_t, float>>;
  auto make_model = [&](const Keyed& w, float th, std::string note) {
    if (opt.table_bits == 0) return BoundaryModel(w, th, starters, std::move(note), classes);
    std::vector<float> dense(size_t{1} << opt.table_bits, 0.0f);
    for (const auto& [k, v] : w) dense[k] = v;
    return BoundaryModel(opt.table_bits, std::move(dense), th, starters, std::move(note), classes);
  };
  auto model_of = [&](const Keyed& w, float th) {
    return std::make_shared<const BoundaryModel>(make_model(w, th, opt.note));
  };
  // Splits train for the perceptron: its features see the word classes.
  const SentenceSplitter featurer(model_of({}, 0));
  const BoundaryModel starter_check(BoundaryModel::kMinTableBits, {}, 0, starters);
  std::map<uint64_t, float> sum_w;
  // Exact weights: the features seen often enough at train candidates.
  std::unordered_set<uint64_t> allowed;
  if (opt.table_bits == 0 && opt.min_feature_count > 1) {
    std::unordered_map<uint64_t, int> seen_count;
    for (size_t pi = 0; pi < tc.doc.paragraphs.size(); ++pi) {
      if (pi >= held_lo && pi < held_hi) continue;
      const Paragraph& para = tc.doc.paragraphs[pi];
      scratch.clear();
      featurer.SplitSpanWith(
          tc.doc.text, para.start, para.end, -1,
          [&](const BoundaryCandidate& c) {
            const bool gold = is_gold(c.end);
            if (c.context->if_starter && !starter_check.IsStarter(c.context->next)) return gold;
            for (int i = 0; i < c.features->n; ++i) ++seen_count[c.features->h[i]];
            return gold;
          },
          &scratch);
    }
    for (const auto& [h, n] : seen_count)
      if (n >= opt.min_feature_count) allowed.insert(h);
    log(fmt::format("{} of {} features seen at {}+ train candidates", allowed.size(), seen_count.size(),
                    opt.min_feature_count));
  }
  std::string epochs_kept;
  if (opt.own_history) log("training on the perceptron's own decisions (sentence lengths from its boundaries)");
  for (int bag = 0; bag < opt.bags; ++bag) {
  BinaryPerceptron p(opt.table_bits);
  p.Restrict(allowed);
  // Every run starts from the same order (train's paragraphs, less a
  // held-out part).
  order.resize(tc.doc.paragraphs.size());
  std::iota(order.begin(), order.end(), 0);
  order.erase(order.begin() + static_cast<std::ptrdiff_t>(held_lo), order.begin() + static_cast<std::ptrdiff_t>(held_hi));
  std::mt19937_64 rng(opt.seed + static_cast<uint64_t>(bag));
  Keyed best_w;
  double best_f1 = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    auto t0 = std::chrono::steady_clock::now();
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t seen = 0, errors = 0;
    for (size_t pi : order) {
      const Paragraph& para = tc.doc.paragraphs[pi];
      scratch.clear();
      featurer.SplitSpanWith(
          tc.doc.text, para.start, para.end, -1,
          [&](const BoundaryCandidate& c) {
            bool gold = is_gold(c.end);
            // Not a candidate at run time: no boundary there, no update.
            if (c.context->if_starter && !starter_check.IsStarter(c.context->next))
              return opt.own_history ? false : gold;
            const bool predicted = p.Score(*c.features) > 0;
            // Lexical dropout: some updates without the word-identity
            // features, so the word classes learn what the words would.
            if (opt.lexical_dropout > 0 && static_cast<double>(rng() % 1000) < opt.lexical_dropout * 1000) {
              BoundaryFeatures f;
              f.n = 0;
              for (int i = 0; i < c.features->n; ++i)
                if (!(BoundaryFeatures::kWordFeatures >> i & 1)) f.h[f.n++] = c.features->h[i];
              errors += p.Train(f, gold);
            } else {
              errors += p.Train(*c.features, gold);
            }
            ++seen;
            // Go on from the perceptron's answer (before this update), as the
            // splitter will at run time, or from the gold one.
            return opt.own_history ? predicted : gold;
          },
          &scratch);
    }
    Keyed avg = p.Averaged();
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
  for (const auto& [k, v] : best_w) sum_w[k] += v;
  epochs_kept += fmt::format("{}{}", bag ? "," : "", best_epoch);
  }
  Keyed best_w;
  for (const auto& [k, v] : sum_w)
    if (v != 0.0f) best_w.emplace_back(k, v / static_cast<float>(opt.bags));
  double best_f1 = 0;
  if (!dev.empty()) {
    auto r = ScoreSplitter(SentenceSplitter(model_of(best_w, 0)), dc);
    if (!r.ok()) return r.status();
    best_f1 = r->f1();
    log(fmt::format("{} runs averaged: dev P {:.4f} R {:.4f} F1 {:.4f}", opt.bags, r->precision(), r->recall(), best_f1));
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
    {
      auto m = model_of(best_w, th);
      const SentenceSplitter sp(m);
      std::map<int, std::array<int, 4>> conf;  // kind -> both, system only, gold only, neither
      std::vector<Sentence> sents;
      for (const Paragraph& para : dc.doc.paragraphs)
        sp.SplitSpanWith(
            dc.doc.text, para.start, para.end, -1,
            [&](const BoundaryCandidate& c) {
              bool g = std::binary_search(dc.gold_ends.begin(), dc.gold_ends.end(), c.end);
              if (c.context->if_starter && !m->IsStarter(c.context->next)) return false;
              bool d = m->Decide(*c.features);
              conf[c.features->kind][(g ? 0 : 1) + (d ? 0 : 2)]++;
              if (std::getenv("DYAD_SPLITTER_DUMP") && g != d)
                fmt::print(stderr, "{}{} {} ||{}\n", g ? "FN" : "FP", c.context->if_starter ? " opener" : "",
                           Flat(dc.doc.text.substr(c.end > 50 ? c.end - 50 : 0, c.end > 50 ? 50 : c.end)),
                           Flat(dc.doc.text.substr(c.end, 30)));
              return d;
            },
            &sents);
      for (auto& [k, v] : conf)
        log(fmt::format("dev candidates, {}: boundary in both {}, gold only {}, system only {}, neither {}",
                        BoundaryKindName(k), v[0], v[2], v[1], v[3]));
    }
    log(fmt::format("best epochs {}; threshold {:.2f}: dev F1 {:.4f}", epochs_kept, th, best));
  }
  std::string note = opt.note;
  if (!note.empty()) note += "; ";
  note += fmt::format("epochs {} of {}, seeds {}..{}, table bits {}, threshold {:.2f}, openers {} ({} by share >= {}), "
                      "{} history, {} word classes ({}, forms seen {}+ times), lexical dropout {}",
                      epochs_kept, opt.epochs, opt.seed, opt.seed + static_cast<uint64_t>(opt.bags) - 1,
                      opt.table_bits, th, starters.size(), starters.size() - bare_openers, opt.min_opener_share,
                      opt.own_history ? "own" : "gold", classes.size(),
                      opt.class_kind == SplitterTrainOptions::ClassKind::kAmbiguity ? "UPOS sets"
                      : opt.class_kind == SplitterTrainOptions::ClassKind::kMajority ? "majority UPOS"
                                                                                      : "none",
                      opt.class_min_count, opt.lexical_dropout);
  if (opt.kind_thresholds) note += fmt::format(", threshold offsets by kind {:.2f} ({}-fold)", fmt::join(offsets, " "), opt.kind_folds);
  BoundaryModel model = make_model(best_w, th, note);
  model.set_kind_offsets(offsets);
  if (opt.kind_thresholds && !dev.empty()) {
    auto r = ScoreSplitter(SentenceSplitter(std::make_shared<const BoundaryModel>(model)), dc);
    if (!r.ok()) return r.status();
    log(fmt::format("with the threshold offsets: dev P {:.4f} R {:.4f} F1 {:.4f}", r->precision(), r->recall(),
                    r->f1()));
  }
  return model;
}

Result<SegmentScores> CrossValidateSplitter(const std::vector<ConlluSentence>& train,
                                            const std::vector<ConlluSentence>& dev, const SplitterTrainOptions& opt,
                                            int folds) {
  if (folds < 2) return InvalidArgument(fmt::format("splitter cross-validation: {} folds (at least 2)", folds));
  const SplitterCorpus tc = MakeSplitterCorpus(train);
  if (tc.doc.paragraphs.size() < static_cast<size_t>(folds))
    return InvalidArgument(fmt::format("splitter cross-validation: {} paragraphs for {} folds",
                                       tc.doc.paragraphs.size(), folds));
  SegmentScores total;
  std::vector<BoundaryModel> models;
  std::vector<SplitterCorpus> helds;
  std::vector<HeldOutSplit> splits;
  for (int f = 0; f < folds; ++f) {
    SplitterTrainOptions o = opt;
    o.folds = folds;
    o.heldout_fold = f;
    o.kind_thresholds = false;
    auto m = TrainSplitter(train, dev, o);
    if (!m.ok()) return m.status();
    SplitterCorpus held = FoldOf(tc, f, folds);
    auto r = ScoreSplitter(SentenceSplitter(std::make_shared<const BoundaryModel>(*m)), held);
    if (!r.ok()) return r.status();
    if (opt.verbose)
      fmt::print(stderr, "fold {} of {}: held-out sentence P {:.4f} R {:.4f} F1 {:.4f}\n", f + 1, folds,
                 r->precision(), r->recall(), r->f1());
    total += *r;
    if (opt.kind_thresholds) {
      splits.push_back(SplitHeldOut(*m, held));
      models.push_back(std::move(*m));
      helds.push_back(std::move(held));
    }
  }
  if (!opt.kind_thresholds) return total;
  // Each fold's model with the offsets chosen on the other folds' candidates.
  fmt::print(stderr, "cross-validation without threshold offsets: sentence P {:.4f} R {:.4f} F1 {:.4f}\n",
             total.precision(), total.recall(), total.f1());
  SegmentScores with_offsets;
  for (int f = 0; f < folds; ++f) {
    std::vector<const HeldOutSplit*> others;
    for (int g = 0; g < folds; ++g)
      if (g != f) others.push_back(&splits[static_cast<size_t>(g)]);
    auto m = std::make_shared<BoundaryModel>(models[static_cast<size_t>(f)]);
    m->set_kind_offsets(ChooseKindOffsets(others));
    auto r = ScoreSplitter(SentenceSplitter(m), helds[static_cast<size_t>(f)]);
    if (!r.ok()) return r.status();
    if (opt.verbose)
      fmt::print(stderr, "fold {} of {} with offsets {}: held-out sentence P {:.4f} R {:.4f} F1 {:.4f}\n", f + 1,
                 folds, fmt::join(m->kind_offsets(), " "), r->precision(), r->recall(), r->f1());
    with_offsets += *r;
  }
  return with_offsets;
}

}  // namespace dyad
