// dyad eval syntax FILE.conllu [--json] [--model PATH] [--no-raw]
// Scores the syntax model on gold tokens and from raw text (src/syntax/syntax_eval.h).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "command.h"
#include "syntax/conllu.h"
#include "syntax/syntax_eval.h"
#include "syntax/syntax_model.h"

namespace dyad::cli {
namespace {

struct EvalSyntaxArgs {
  std::string file, model;
  bool json = false, no_raw = false;
};

double R2(double x) { return std::round(x * 100.0) / 100.0; }

int RunEvalSyntax(const EvalSyntaxArgs& a) {
  auto model = a.model.empty() ? SyntaxModel::LoadDefault() : SyntaxModel::Load(a.model);
  if (!model.ok()) {
    fmt::print(stderr, "dyad eval syntax: {}\n", model.status().ToString());
    return kExitLoad;
  }
  auto gold = ReadConllu(a.file);
  if (!gold.ok()) {
    fmt::print(stderr, "dyad eval syntax: {}\n", gold.status().ToString());
    return kExitUsage;
  }
  GoldTokenScores g = EvaluateGoldTokens(*model, *gold);
  RawTextScores r;
  if (!a.no_raw) {
    auto raw = EvaluateRawText(*model, *gold, a.file);
    if (!raw.ok()) {
      fmt::print(stderr, "dyad eval syntax: {}\n", raw.status().ToString());
      return kExitSkipped;
    }
    r = *raw;
  }
  if (a.json) {
    nlohmann::json j;
    j["gold_tokens"] = {{"upos", R2(g.upos)}, {"xpos", R2(g.xpos)}, {"lemma", R2(g.lemma)},
                        {"uas", R2(g.uas)},   {"las", R2(g.las)}};
    if (!a.no_raw)
      j["raw_text"] = {{"sentence_f1", R2(r.sentence_f1)}, {"token_f1", R2(r.token_f1)}, {"upos", R2(r.upos)},
                       {"uas", R2(r.uas)}, {"las", R2(r.las)}};
    j["words_per_second"] = std::round(g.words_per_second());
    fmt::print("{}\n", j.dump());
  } else {
    fmt::print("{}: {} sentences, {} words\n", a.file, gold->size(), g.words);
    fmt::print("gold tokens:  UPOS {:.2f}  XPOS {:.2f}  lemma {:.2f}  UAS {:.2f}  LAS {:.2f}\n", g.upos, g.xpos,
               g.lemma, g.uas, g.las);
    if (!a.no_raw)
      fmt::print("raw text:     sentences F1 {:.2f}  words F1 {:.2f}  UPOS {:.2f}  UAS {:.2f}  LAS {:.2f}\n",
                 r.sentence_f1, r.token_f1, r.upos, r.uas, r.las);
    fmt::print("speed:        {:.0f} words/s (tag + lemmatise + parse, one thread)\n", g.words_per_second());
  }
  return kExitOk;
}

}  // namespace

DYAD_COMMAND(eval, "eval", "Evaluate Dyad's models against gold data (syntax)", [](CLI::App* sub, int* rc) {
  sub->require_subcommand(1);
  auto* syn = sub->add_subcommand("syntax", "UPOS/XPOS/lemma/UAS/LAS on a CoNLL-U treebank, gold tokens and raw text");
  auto args = std::make_shared<EvalSyntaxArgs>();
  syn->add_option("file", args->file, "gold treebank (CoNLL-U)")->required();
  syn->add_option("--model", args->model, "model file (default: models/syntax.dyad)");
  syn->add_flag("--json", args->json, "print one JSON object");
  syn->add_flag("--no-raw", args->no_raw, "skip the raw-text evaluation");
  syn->callback([args, rc]() { *rc = RunEvalSyntax(*args); });
});

}  // namespace dyad::cli
