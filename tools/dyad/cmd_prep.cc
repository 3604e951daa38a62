// dyad prep PATH... [--input-format text|jsonl|html] [--format jsonl|text] [--quiet]
// Reads articles, cleans them (paragraph roles), splits sentences and tokens,
// and prints each document: JSON Lines (default; see src/ingest/document_json.h)
// or a readable text view. Exit 1 when any input was skipped.
#include <fmt/format.h>

#include <cstdio>

#include "command.h"
#include "ingest/document_json.h"
#include "ingest/drop_cap.h"
#include "ingest/reader.h"
#include "progress.h"
#include "text/sentence_splitter.h"

namespace dyad::cli {
namespace {

struct PrepArgs {
  std::vector<std::string> paths;
  std::string input_format, format = "jsonl";
  bool quiet = false;
};

int RunPrep(const PrepArgs& a) {
  std::optional<Format> input_format;
  if (!a.input_format.empty()) {
    input_format = FormatFromName(a.input_format);
    if (!input_format) {
      fmt::print(stderr, "dyad prep: unknown --input-format '{}' (text, jsonl, html)\n", a.input_format);
      return kExitUsage;
    }
  }
  if (a.format != "jsonl" && a.format != "text") {
    fmt::print(stderr, "dyad prep: unknown --format '{}' (jsonl, text)\n", a.format);
    return kExitUsage;
  }
  Reader reader;
  auto loaded = SentenceSplitter::LoadDefault();
  if (!loaded.ok()) {
    fmt::print(stderr, "dyad prep: {}\n", loaded.status().message());
    return kExitLoad;
  }
  const SentenceSplitter& splitter = *loaded;
  std::vector<InputFile> inputs;
  size_t skipped = 0, warnings = 0, documents = 0;
  for (const auto& path : a.paths) {
    Status st = reader.ListInputs(path, input_format, &inputs);
    if (!st.ok()) {
      fmt::print(stderr, "dyad prep: {}\n", st.message());
      ++skipped;
    }
  }
  uint64_t total_bytes = 0;
  for (const auto& in : inputs) total_bytes += in.size;
  Progress progress("dyad prep", total_bytes, inputs.size(), !a.quiet && StderrIsTerminal() && inputs.size() > 1);
  static char buf[1 << 16];
  std::setvbuf(stdout, buf, _IOFBF, sizeof buf);
  uint64_t bytes_done = 0;
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::vector<Diagnostic> diags;
    reader.ReadInput(inputs[i], [&](Document&& doc) {
      splitter.Split(&doc);
      JoinDropCapTokens(&doc);
      if (a.format == "jsonl") {
        // Streamed: a huge article (millions of tokens) never exists twice
        // in memory, as a JSON tree or as one output string.
        WriteDocumentJsonLine(doc, [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
        std::fputc('\n', stdout);
      } else {
        std::string out = DocumentToText(doc);
        std::fwrite(out.data(), 1, out.size(), stdout);
      }
      ++documents;
    }, &diags);
    for (const auto& d : diags) {
      if (d.severity == Diagnostic::kError) ++skipped;
      else ++warnings;
      if (d.severity == Diagnostic::kError || !a.quiet) {
        progress.Finish();
        fmt::print(stderr, "dyad prep: {}: {}\n", d.severity == Diagnostic::kError ? "skipped" : "warning", d.message);
      }
    }
    bytes_done += inputs[i].size;
    progress.Update(bytes_done, i + 1, documents);
  }
  progress.Finish();
  std::fflush(stdout);
  if (skipped) {
    fmt::print(stderr, "dyad prep: {} documents from {} inputs; {} skipped, {} warnings\n", documents,
               inputs.size(), skipped, warnings);
    return kExitSkipped;
  }
  return kExitOk;
}

void Setup(CLI::App* sub, int* rc) {
  auto a = std::make_shared<PrepArgs>();
  sub->add_option("paths", a->paths, "Files or folders to read (searched recursively), or - for standard input")
      ->required();
  sub->add_option("--input-format", a->input_format,
                  "Input format: text, jsonl or html (default: by extension, else by content)");
  sub->add_option("--format", a->format,
                  "Output: jsonl (one document per line: id, title, published, source, url, text, paragraphs "
                  "with roles, sentences with tokens; offsets are bytes into text) or text (readable view)")
      ->capture_default_str();
  sub->add_flag("--quiet,-q", a->quiet, "No progress line and no warnings on stderr (errors still shown)");
  sub->footer(
      "Exit status: 0 all inputs read; 1 some input was skipped (summary on stderr); 2 usage error.\n"
      "Note: --format selects the OUTPUT; use --input-format to override the input format guess.");
  sub->callback([a, rc]() { *rc = RunPrep(*a); });
}

}  // namespace

DYAD_COMMAND(prep, "prep", "Read and clean articles; print paragraphs, sentences and tokens", Setup);

}  // namespace dyad::cli
