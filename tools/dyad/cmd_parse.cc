// dyad parse PATH... [--model PATH] [--format F]
// Reads articles (text, JSON Lines, HTML), splits them into sentences and
// prints each sentence tagged, lemmatised and parsed, as CoNLL-U. MISC gives
// each token's byte span in the document text (TokenRange=start:end).
#include <fmt/format.h>

#include "command.h"
#include "ingest/reader.h"
#include "syntax/conllu.h"
#include "syntax/syntax_model.h"
#include "text/sentence_splitter.h"

namespace dyad::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> paths;
  std::string model, format;
};

int RunParse(const ParseArgs& a) {
  auto model = a.model.empty() ? SyntaxModel::LoadDefault() : SyntaxModel::Load(a.model);
  if (!model.ok()) {
    fmt::print(stderr, "dyad parse: {}\n", model.status().ToString());
    return kExitLoad;
  }
  std::optional<Format> format;
  if (!a.format.empty()) {
    format = FormatFromName(a.format);
    if (!format) {
      fmt::print(stderr, "dyad parse: unknown --format '{}' (text, jsonl, html)\n", a.format);
      return kExitUsage;
    }
  }
  Reader reader;
  auto loaded = SentenceSplitter::LoadDefault();
  if (!loaded.ok()) {
    fmt::print(stderr, "dyad parse: {}\n", loaded.status().message());
    return kExitLoad;
  }
  const SentenceSplitter& splitter = *loaded;
  int rc = kExitOk;
  for (const auto& path : a.paths) {
    std::vector<Diagnostic> diags;
    Status st = reader.ReadPath(
        path, format,
        [&](Document&& doc) {
          splitter.Split(&doc);
          fmt::print("# newdoc id = {}\n", doc.id);
          for (size_t i = 0; i < doc.sentences.size(); ++i) {
            Sentence& s = doc.sentences[i];
            // Headlines get the headline repairs, as in the pipeline.
            const bool headline = s.paragraph >= 0 && static_cast<size_t>(s.paragraph) < doc.paragraphs.size() &&
                                  doc.paragraphs[s.paragraph].role == Role::kHeadline;
            model->Annotate(&s, headline);
            ConlluSentence out;
            out.sent_id = fmt::format("{}-{}", doc.id, i + 1);
            for (char c : doc.SentenceText(s)) out.text += (c == '\n' || c == '\r') ? ' ' : c;
            for (const Token& t : s.tokens) {
              ConlluWord w;
              w.form = t.form;
              w.lemma = t.lemma;
              w.upos = t.upos;
              w.xpos = t.xpos;
              w.head = t.head;
              w.deprel = t.deprel;
              w.space_after = t.space_after;
              w.misc = fmt::format("{}TokenRange={}:{}", t.space_after ? "" : "SpaceAfter=No|", t.start, t.end);
              out.words.push_back(std::move(w));
            }
            fmt::print("{}", FormatConllu(out));
          }
        },
        &diags);
    for (auto& d : diags) {
      fmt::print(stderr, "dyad parse: {}\n", d.message);
      if (d.severity == Diagnostic::kError) rc = kExitSkipped;
    }
    if (!st.ok()) {
      fmt::print(stderr, "dyad parse: {}\n", st.ToString());
      rc = kExitSkipped;
    }
  }
  return rc;
}

}  // namespace

DYAD_COMMAND(parse, "parse", "Tag, lemmatise and parse articles; print CoNLL-U", [](CLI::App* sub, int* rc) {
  auto args = std::make_shared<ParseArgs>();
  sub->add_option("paths", args->paths, "files or folders (\"-\" = standard input)")->required();
  sub->add_option("--model", args->model, "model file (default: models/syntax.dyad)");
  sub->add_option("--format", args->format, "input format: text, jsonl or html (default: by extension/content)");
  sub->callback([args, rc]() { *rc = RunParse(*args); });
});

}  // namespace dyad::cli
