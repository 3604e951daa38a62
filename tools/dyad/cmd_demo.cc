// dyad demo: the README's main job. Codes the project's sample articles
// (examples/) into a SQLite event store and prints a readable summary.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/paths.h"
#include "command.h"
#include "pipeline/runner.h"
#include "store/summary_report.h"

namespace dyad::cli {
namespace {

void SetupDemo(CLI::App* app, int* rc) {
  auto db = std::make_shared<std::string>("dyad.db");
  auto paths = std::make_shared<std::vector<std::string>>();
  app->add_option("--db", *db, "event database to create or extend")->capture_default_str();
  app->add_option("paths", *paths, "articles to code (default: the project's examples/)");
  app->callback([=] {
    std::vector<std::string> in = *paths;
    if (in.empty()) in.push_back(DataPath("examples"));
    auto pipeline = Pipeline::Load({});
    if (!pipeline.ok()) {
      std::cerr << "dyad demo: " << pipeline.status().message() << "\n";
      *rc = kExitLoad;
      return;
    }
    if (!(*pipeline)->places_warning().empty()) std::cerr << "dyad demo: " << (*pipeline)->places_warning() << "\n";
    auto store = EventStore::Open(*db);
    if (!store.ok()) {
      std::cerr << "dyad demo: " << store.status().message() << "\n";
      *rc = kExitLoad;
      return;
    }
    RunOptions ro;
    ro.store = &*store;
    auto sum = RunPipeline(**pipeline, in, ro);
    if (!sum.ok()) {
      std::cerr << "dyad demo: " << sum.status().message() << "\n";
      *rc = kExitLoad;
      return;
    }
    for (const auto& d : sum->diagnostics) std::cerr << d.message << "\n";
    std::cout << fmt::format("Dyad coded {} articles from {} ({} files): {} events; {} new documents stored in {}{}\n\n",
                             sum->documents, fmt::join(in, ", "), sum->files, sum->events, sum->stored, *db,
                             sum->already_stored ? fmt::format(" ({} were already there)", sum->already_stored) : "");
    auto report = SummaryReport(*store, EventFilter{});
    if (!report.ok()) {
      std::cerr << "dyad demo: " << report.status().message() << "\n";
      *rc = kExitLoad;
      return;
    }
    std::cout << *report;
    std::cout << fmt::format("\nExplore: dyad query --db {} --code 19 | dyad stats --db {} --by week --dyad | "
                             "dyad export --db {} --format plover\n", *db, *db, *db);
    if (sum->errors()) *rc = kExitSkipped;
  });
}

}  // namespace

DYAD_COMMAND(demo, "demo", "Code the sample articles into dyad.db and print a summary (the README's main job)", SetupDemo);

}  // namespace dyad::cli
