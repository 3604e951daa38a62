// dyad code: articles in, events out (JSON Lines or TSV), optionally stored.
#include <iostream>

#include <fmt/format.h>

#include "command.h"
#include "pipeline/event_json.h"
#include "pipeline/runner.h"
#include "pipeline_options.h"
#include "progress.h"

namespace dyad::cli {
namespace {

struct CodeFlags {
  std::vector<std::string> paths;
  std::string input_format, format = "jsonl", db;
  int threads = 0;
  bool quiet = false;
  PipelineFlags pipeline;
};

void SetupCode(CLI::App* app, int* rc) {
  auto f = std::make_shared<CodeFlags>();
  app->add_option("paths", f->paths, "files, folders, or - for standard input")->required();
  app->add_option("--input-format", f->input_format, "text, jsonl or html (default: by extension)")
      ->check(CLI::IsMember({"text", "jsonl", "html"}));
  app->add_option("--format", f->format, "output: jsonl (one event per line) or tsv (Phoenix-style)")
      ->check(CLI::IsMember({"jsonl", "tsv"}))->capture_default_str();
  app->add_option("--db", f->db, "store events in this SQLite database instead of printing them");
  app->add_option("--threads", f->threads, "worker threads (default: all cores)");
  app->add_flag("--quiet,-q", f->quiet, "no progress line");
  f->pipeline.Add(app);
  app->callback([f, rc] {
    auto pipeline = Pipeline::Load(f->pipeline.ToOptions());
    if (!pipeline.ok()) {
      std::cerr << "dyad code: " << pipeline.status().message() << "\n";
      *rc = kExitLoad;
      return;
    }
    if (!(*pipeline)->places_warning().empty() && !f->quiet)
      std::cerr << "dyad code: " << (*pipeline)->places_warning() << "\n";
    std::optional<EventStore> store;
    if (!f->db.empty()) {
      auto s = EventStore::Open(f->db);
      if (!s.ok()) {
        std::cerr << "dyad code: " << s.status().message() << "\n";
        *rc = kExitLoad;
        return;
      }
      store.emplace(std::move(*s));
    }
    RunOptions ro;
    ro.threads = f->threads;
    if (!f->input_format.empty()) ro.format = FormatFromName(f->input_format);
    if (store) ro.store = &*store;
    bool tsv = f->format == "tsv";
    if (tsv && !store) std::cout << EventTsvHeader() << "\n";
    if (!store)
      ro.on_document = [tsv](const Document& d) {
        for (const Event& e : d.events) std::cout << (tsv ? EventToTsv(d, e) : EventToJsonLine(d, e)) << "\n";
      };
    std::optional<Progress> progress;
    ro.on_start = [&](uint64_t bytes, uint64_t files) {
      progress.emplace("code", bytes, files, !f->quiet && StderrIsTerminal());
    };
    ro.on_progress = [&](uint64_t bytes, uint64_t files, uint64_t docs) { progress->Update(bytes, files, docs); };
    auto sum = RunPipeline(**pipeline, f->paths, ro);
    if (progress) progress->Finish();
    if (!sum.ok()) {
      std::cerr << "dyad code: " << sum.status().message() << "\n";
      *rc = sum.status().code() == StatusCode::kNotFound ? kExitUsage : kExitLoad;
      return;
    }
    for (const auto& d : sum->diagnostics) std::cerr << d.message << "\n";
    if (!f->quiet || sum->errors())
      std::cerr << fmt::format("dyad code: {} documents, {} events{}{}\n", sum->documents, sum->events,
                               store ? fmt::format(", {} stored, {} already stored", sum->stored, sum->already_stored) : "",
                               sum->errors() ? fmt::format(", {} inputs skipped", sum->errors()) : "");
    if (sum->errors()) *rc = kExitSkipped;
  });
}

}  // namespace

DYAD_COMMAND(code, "code", "Code articles into CAMEO events (JSON Lines, TSV, or a SQLite store with --db)", SetupCode);

}  // namespace dyad::cli
