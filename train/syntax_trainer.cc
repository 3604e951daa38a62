#include "train/syntax_trainer.h"

#include <fmt/format.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include "base/file.h"
#include "train/lemmatizer_trainer.h"
#include "train/parser_trainer.h"
#include "train/tagger_trainer.h"

namespace dyad {

void RetagSentences(const Tagger& tagger, std::vector<ConlluSentence>* sentences) {
  std::vector<std::string_view> forms;
  std::vector<std::string> upos, xpos;
  for (auto& s : *sentences) {
    forms.clear();
    for (auto& w : s.words) forms.push_back(w.form);
    tagger.Tag(forms, &upos, &xpos);
    for (size_t i = 0; i < s.words.size(); ++i) {
      s.words[i].upos = upos[i];
      s.words[i].xpos = xpos[i];
    }
  }
}

namespace {

// The tagger options step 1 uses (TrainSyntax and RetrainTagger alike).
Result<TaggerTrainOptions> TaggerOptions(const SyntaxTrainOptions& opt) {
  TaggerTrainOptions topt;
  topt.epochs = opt.tagger_epochs;
  topt.seed = opt.seed;
  topt.verbose = opt.verbose;
  if (opt.tagger_directions != 1 && opt.tagger_directions != 2)
    return InvalidArgument(fmt::format("train syntax: --tagger-directions must be 1 or 2, not {}", opt.tagger_directions));
  topt.bidirectional = opt.tagger_directions == 2;
  return topt;
}

}  // namespace

Result<SyntaxModel> TrainSyntax(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                                const SyntaxTrainOptions& opt) {
  if (train.empty()) return InvalidArgument("train syntax: the training set is empty");
  if (opt.add_right_to_left || opt.min_lead != 0)
    return InvalidArgument("train syntax: --add-right-to-left and --min-lead need --keep-parser MODEL");
  auto topts = TaggerOptions(opt);
  if (!topts.ok()) return topts.status();
  const TaggerTrainOptions& topt = *topts;
  if (opt.verbose) fmt::print(stderr, "== tagger\n");
  auto tagger = TrainTagger(train, dev, topt);
  if (!tagger.ok()) return tagger.status();
  if (opt.verbose) fmt::print(stderr, "== lemmatizer\n");
  auto lemmatizer = TrainLemmatizer(train);
  if (!lemmatizer.ok()) return lemmatizer.status();

  std::vector<ConlluSentence> ptrain = train, pdev = dev;
  const int k = opt.jackknife;
  if (k >= 2) {
    if (opt.verbose) fmt::print(stderr, "== jackknifed tags ({} folds)\n", k);
    std::vector<Status> errors(k);
    std::atomic<int> next{0};
    std::mutex print_mu;
    auto work = [&]() {
      for (int f; (f = next++) < k;) {
        std::vector<ConlluSentence> rest, fold;
        for (size_t i = 0; i < train.size(); ++i) (static_cast<int>(i % k) == f ? fold : rest).push_back(train[i]);
        TaggerTrainOptions fo = topt;
        fo.verbose = false;
        fo.epochs = opt.fold_tagger_epochs;
        // Dev is only used to pick the fold tagger's best epoch.
        auto t = TrainTagger(rest, dev, fo);
        if (!t.ok()) {
          errors[f] = t.status();
          continue;
        }
        RetagSentences(*t, &fold);
        size_t j = 0;
        for (size_t i = 0; i < train.size(); ++i)
          if (static_cast<int>(i % k) == f) ptrain[i] = std::move(fold[j++]);
        if (opt.verbose) {
          TaggerScores sc = EvaluateTagger(*t, dev);
          std::lock_guard<std::mutex> lock(print_mu);
          fmt::print(stderr, "fold {}: dev UPOS {:.2f} XPOS {:.2f}\n", f + 1, sc.upos, sc.xpos);
        }
      }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < std::max(1, std::min(opt.threads, k)); ++t) pool.emplace_back(work);
    for (auto& t : pool) t.join();
    for (auto& e : errors)
      if (!e.ok()) return e;
  } else {
    RetagSentences(*tagger, &ptrain);
  }
  RetagSentences(*tagger, &pdev);
  if (!opt.save_tags_dir.empty()) {
    for (auto [name, sents] : {std::pair{"tagged-train.conllu", &ptrain}, std::pair{"tagged-dev.conllu", &pdev}}) {
      std::string text;
      for (auto& s : *sents) text += FormatConllu(s);
      Status st = WriteFile(opt.save_tags_dir + "/" + name, text);
      if (!st.ok()) return st;
    }
  }
  return RetrainParser(SyntaxModel(std::move(*tagger), std::move(*lemmatizer), Parser()), ptrain, pdev, opt);
}

Result<SyntaxModel> RetrainParser(const SyntaxModel& base, const std::vector<ConlluSentence>& ptrain,
                                  const std::vector<ConlluSentence>& pdev, const SyntaxTrainOptions& opt) {
  if (opt.verbose) fmt::print(stderr, "== parser\n");
  ParserTrainOptions popt;
  popt.epochs = opt.parser_epochs;
  popt.seed = opt.seed;
  popt.verbose = opt.verbose;
  auto parser = TrainParser(ptrain, pdev, popt);
  if (!parser.ok()) return parser.status();
  std::string note =
      fmt::format("dyad train syntax --seed {} --tagger-epochs {} --epochs {} --jackknife {} --fold-tagger-epochs {}",
                  opt.seed, opt.tagger_epochs, opt.parser_epochs, opt.jackknife, opt.fold_tagger_epochs);
  if (base.tagger().bidirectional()) note += " --tagger-directions 2";
  return SyntaxModel(base.tagger(), base.lemmatizer(), std::move(*parser), note);
}

Result<SyntaxModel> RetrainTagger(const SyntaxModel& base, const std::vector<ConlluSentence>& train,
                                  const std::vector<ConlluSentence>& dev, const SyntaxTrainOptions& opt) {
  if (train.empty()) return InvalidArgument("train syntax: the training set is empty");
  if (base.tagger().num_labels() == 0 || base.parser().labels().empty())
    return InvalidArgument("train syntax --keep-parser: the kept model has no tagger or no parser");
  auto topt = TaggerOptions(opt);
  if (!topt.ok()) return topt.status();
  if (opt.add_right_to_left && !topt->bidirectional)
    return InvalidArgument("train syntax --add-right-to-left needs --tagger-directions 2");
  if (opt.min_lead != 0 && !opt.add_right_to_left)
    return InvalidArgument("train syntax --min-lead needs --add-right-to-left");
  if (opt.verbose) fmt::print(stderr, "== tagger (parser and lemmatiser kept)\n");
  auto tagger = TrainTagger(train, dev, *topt);
  if (!tagger.ok()) return tagger.status();
  if (opt.add_right_to_left) {
    auto both = Tagger::AddRightToLeft(base.tagger(), *tagger, opt.min_lead);
    if (!both.ok()) return both.status();
    *tagger = std::move(*both);
    if (opt.verbose) {
      TaggerScores sc = EvaluateTagger(*tagger, dev);
      fmt::print(stderr, "kept tagger + right-to-left, minimum lead {}: dev UPOS {:.2f} XPOS {:.2f}\n", opt.min_lead,
                 sc.upos, sc.xpos);
    }
  }
  // The parser's features read the tag strings: a label the kept model's
  // tagger never gave is one the parser never learned from.
  std::set<std::pair<std::string, std::string>> known;
  for (int i = 0; i < base.tagger().num_labels(); ++i)
    known.emplace(base.tagger().label_upos(i), base.tagger().label_xpos(i));
  for (int i = 0; i < tagger->num_labels(); ++i)
    if (!known.count({tagger->label_upos(i), tagger->label_xpos(i)}))
      return InvalidArgument(fmt::format(
          "train syntax --keep-parser: the new tagger gives the label '{} {}', which the kept model's tagger never "
          "gives (another tag set?); its parser was not trained on it",
          tagger->label_upos(i), tagger->label_xpos(i)));
  std::string note = fmt::format("dyad train syntax --keep-parser MODEL --seed {} --tagger-epochs {}", opt.seed,
                                 opt.tagger_epochs);
  if (tagger->bidirectional()) note += " --tagger-directions 2";
  if (opt.add_right_to_left) note += fmt::format(" --add-right-to-left --min-lead {}", opt.min_lead);
  note += "; parser and lemmatizer kept from: " + base.note();
  return SyntaxModel(std::move(*tagger), base.lemmatizer(), base.parser(), note);
}

}  // namespace dyad
