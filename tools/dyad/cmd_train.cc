// dyad train syntax --train F --dev F [--out models/syntax.dyad] [--epochs N] [--seed S]
// Trains the tagger, lemmatiser and parser (train/syntax_trainer.h) and
// writes the model file; with --keep-parser MODEL only the tagger is trained
// and MODEL's lemmatiser and parser are kept. See docs/syntax.md.
// dyad train splitter --train F --dev F [--out models/splitter.dyad] [--epochs N] [--seed S] [--cv N]
//                     [--table-bits 0] [--kind-thresholds] (experiments: docs/splitter.md, Training)
// Trains the sentence-boundary classifier (train/splitter_trainer.h). See
// docs/splitter.md.
#include <fmt/format.h>

#include <chrono>
#include <ctime>

#include "base/paths.h"
#include "command.h"
#include "syntax/conllu.h"
#include "train/splitter_trainer.h"
#include "train/syntax_trainer.h"

namespace dyad::cli {
namespace {

struct TrainSyntaxArgs {
  std::string train, dev, out;
  SyntaxTrainOptions opt;
  std::string parser_only;  // base model: train only the parser, on already tagged --train/--dev
  std::string keep_parser;  // base model: train only the tagger, keep its lemmatiser and parser
  bool quiet = false;
};

int RunTrainSyntax(const TrainSyntaxArgs& a) {
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  auto train = ReadConllu(a.train);
  if (!train.ok()) {
    fmt::print(stderr, "dyad train syntax: {}\n", train.status().ToString());
    return kExitUsage;
  }
  std::vector<ConlluSentence> dev;
  if (!a.dev.empty()) {
    auto d = ReadConllu(a.dev);
    if (!d.ok()) {
      fmt::print(stderr, "dyad train syntax: {}\n", d.status().ToString());
      return kExitUsage;
    }
    dev = std::move(*d);
  }
  SyntaxTrainOptions opt = a.opt;
  opt.verbose = !a.quiet;
  Result<SyntaxModel> model = InvalidArgument("no model");
  if (a.parser_only.empty() && a.keep_parser.empty()) {
    model = TrainSyntax(*train, dev, opt);
  } else {
    auto base = SyntaxModel::Load(a.parser_only.empty() ? a.keep_parser : a.parser_only);
    if (!base.ok()) {
      fmt::print(stderr, "dyad train syntax: {}\n", base.status().ToString());
      return kExitUsage;
    }
    model = a.parser_only.empty() ? RetrainTagger(*base, *train, dev, opt) : RetrainParser(*base, *train, dev, opt);
  }
  if (!model.ok()) {
    fmt::print(stderr, "dyad train syntax: {}\n", model.status().ToString());
    return kExitSkipped;
  }
  std::string out = a.out.empty() ? DataPath("models/syntax.dyad") : a.out;
  Status st = model->Save(out);
  if (!st.ok()) {
    fmt::print(stderr, "dyad train syntax: {}\n", st.ToString());
    return kExitSkipped;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  fmt::print(stderr, "wrote {} ({:.1f} MB) in {:.0f}s wall, {:.0f}s cpu\n", out,
             model->Serialize().size() / 1e6, secs, cpu);
  return kExitOk;
}

struct TrainSplitterArgs {
  std::string train, dev, out;
  SplitterTrainOptions opt;
  int cv = 0;  // > 1: cross-validate on train's paragraphs instead of writing a model
  bool quiet = false;
};

int RunTrainSplitter(const TrainSplitterArgs& a) {
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  auto train = ReadConllu(a.train);
  if (!train.ok()) {
    fmt::print(stderr, "dyad train splitter: {}\n", train.status().ToString());
    return kExitUsage;
  }
  std::vector<ConlluSentence> dev;
  if (!a.dev.empty()) {
    auto d = ReadConllu(a.dev);
    if (!d.ok()) {
      fmt::print(stderr, "dyad train splitter: {}\n", d.status().ToString());
      return kExitUsage;
    }
    dev = std::move(*d);
  }
  SplitterTrainOptions opt = a.opt;
  opt.verbose = !a.quiet;
  auto base = [](const std::string& p) { return p.substr(p.find_last_of('/') + 1); };
  opt.note = fmt::format("trained on {} ({} sentences)", base(a.train), train->size());
  if (!a.dev.empty()) opt.note += fmt::format(", tuned on {}", base(a.dev));
  if (a.cv > 1) {
    auto cv = CrossValidateSplitter(*train, dev, opt, a.cv);
    if (!cv.ok()) {
      fmt::print(stderr, "dyad train splitter: {}\n", cv.status().ToString());
      return kExitSkipped;
    }
    fmt::print("cross-validation, {} folds of {}'s paragraphs: sentences gold {} system {} correct {} P {:.4f} R {:.4f} "
               "F1 {:.4f}\n",
               a.cv, base(a.train), cv->gold, cv->system, cv->correct, cv->precision(), cv->recall(), cv->f1());
    return kExitOk;
  }
  auto model = TrainSplitter(*train, dev, opt);
  if (!model.ok()) {
    fmt::print(stderr, "dyad train splitter: {}\n", model.status().ToString());
    return kExitSkipped;
  }
  std::string out = a.out.empty() ? DataPath("models/splitter.dyad") : a.out;
  Status st = model->Save(out);
  if (!st.ok()) {
    fmt::print(stderr, "dyad train splitter: {}\n", st.ToString());
    return kExitSkipped;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  fmt::print(stderr, "wrote {} ({:.2f} MB, {} weights) in {:.0f}s wall, {:.0f}s cpu\n", out,
             model->Serialize().size() / 1e6, model->nonzero_weights(), secs, cpu);
  return kExitOk;
}

}  // namespace

DYAD_COMMAND(train, "train", "Train Dyad's statistical models (syntax, splitter)", [](CLI::App* sub, int* rc) {
  sub->require_subcommand(1);
  auto* syn = sub->add_subcommand("syntax", "Train the tagger, lemmatiser and dependency parser on CoNLL-U");
  auto args = std::make_shared<TrainSyntaxArgs>();
  syn->add_option("--train", args->train, "training treebank (CoNLL-U)")->required();
  syn->add_option("--dev", args->dev, "development treebank (CoNLL-U): picks the best epoch");
  syn->add_option("--out", args->out, "model file to write (default: models/syntax.dyad)");
  syn->add_option("--epochs", args->opt.parser_epochs, "parser epochs")->capture_default_str();
  syn->add_option("--tagger-epochs", args->opt.tagger_epochs, "tagger epochs")->capture_default_str();
  syn->add_option("--seed", args->opt.seed, "random seed (training is deterministic)")->capture_default_str();
  syn->add_option("--jackknife", args->opt.jackknife, "folds for jackknifed parser-training tags (0 = off)")
      ->capture_default_str();
  syn->add_option("--fold-tagger-epochs", args->opt.fold_tagger_epochs, "tagger epochs of each jackknife fold")
      ->capture_default_str();
  syn->add_option("--tagger-directions", args->opt.tagger_directions,
                  "1: tagger reads left to right; 2: both ways (a right-to-left model too; see docs/syntax.md)")
      ->capture_default_str();
  syn->add_option("--threads", args->opt.threads, "jackknife folds trained at once (result does not depend on it)")
      ->capture_default_str();
  syn->add_option("--save-tags", args->opt.save_tags_dir,
                  "also write the parser's (jackknifed) training tags and dev tags to DIR/tagged-{train,dev}.conllu");
  syn->add_option("--parser-only", args->parser_only,
                  "experiments: keep this model's tagger and lemmatiser and train only the parser on --train/--dev "
                  "as tagged (files written by --save-tags)");
  syn->add_option("--keep-parser", args->keep_parser,
                  "train only the tagger (--tagger-epochs, --tagger-directions, --seed) and keep this model's "
                  "lemmatiser and parser as they are")
      ->excludes("--parser-only");
  syn->add_flag("--add-right-to-left", args->opt.add_right_to_left,
                "with --keep-parser and --tagger-directions 2: keep the model's tagger too and add only the "
                "right-to-left model trained now");
  syn->add_option("--min-lead", args->opt.min_lead,
                  "with --add-right-to-left: the two directions' mean overrides the kept tagger's label only when "
                  "it prefers another by more than this (averaged-weight units; 0 = always)")
      ->capture_default_str();
  syn->add_flag("--quiet", args->quiet, "no per-epoch scores");
  syn->callback([args, rc]() { *rc = RunTrainSyntax(*args); });

  auto* spl = sub->add_subcommand("splitter", "Train the sentence-boundary classifier on CoNLL-U (UD English-EWT)");
  auto sargs = std::make_shared<TrainSplitterArgs>();
  spl->add_option("--train", sargs->train, "training treebank (CoNLL-U)")->required();
  spl->add_option("--dev", sargs->dev, "development treebank (CoNLL-U): picks the epoch and the thresholds");
  spl->add_option("--out", sargs->out, "model file to write (default: models/splitter.dyad)");
  spl->add_option("--epochs", sargs->opt.epochs, "perceptron epochs")->capture_default_str();
  spl->add_option("--seed", sargs->opt.seed, "random seed (training is deterministic)")->capture_default_str();
  spl->add_option("--runs", sargs->opt.bags, "perceptrons (seeds seed, seed+1, ...) whose weights are averaged")
      ->capture_default_str();
  spl->add_option("--table-bits", sargs->opt.table_bits,
                  "log2 of the hashed weight table size (0: exact, one weight per feature, no collisions)")
      ->capture_default_str();
  spl->add_option("--min-opener-count", sargs->opt.min_starter_count,
                  "sentences a word must open (after a word, without punctuation) to be a sentence opener")
      ->capture_default_str();
  spl->add_option("--min-opener-share", sargs->opt.min_opener_share,
                  "also openers: capitalised words sentence-initial in at least this share of their uses")
      ->capture_default_str();
  spl->add_option("--lexical-dropout", sargs->opt.lexical_dropout,
                  "share of perceptron updates without the word-identity features")
      ->capture_default_str();
  spl->add_option("--min-feature-count", sargs->opt.min_feature_count,
                  "with --table-bits 0: features seen at fewer train candidates get no weight")
      ->capture_default_str();
  spl->add_flag("--kind-thresholds", sargs->opt.kind_thresholds,
                "a threshold offset per candidate kind, chosen on folds of --train (5 more trainings)");
  spl->add_option("--cv", sargs->cv,
                  "instead of writing a model, train N times on all but one N-th of --train's paragraphs and print "
                  "the sentence scores on the held-out parts (a second yardstick beside --dev)")
      ->check(CLI::Range(2, 20));
  spl->add_flag("--quiet", sargs->quiet, "no per-epoch scores");
  spl->callback([sargs, rc]() { *rc = RunTrainSplitter(*sargs); });
});

}  // namespace dyad::cli
