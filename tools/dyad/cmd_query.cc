// dyad query / dyad stats / dyad export: read the event store.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "command.h"
#include "filter_options.h"
#include "store/event_store.h"
#include "store/export.h"

namespace dyad::cli {
namespace {

Result<EventStore> OpenExisting(const std::string& path) {
  if (!std::filesystem::exists(path)) return NotFound(fmt::format("{}: no such database (code with --db first)", path));
  return EventStore::Open(path);
}

void SetupQuery(CLI::App* app, int* rc) {
  auto opts = std::make_shared<FilterOptions>();
  auto format = std::make_shared<std::string>("table");
  auto limit = std::make_shared<int64_t>(-1);
  opts->Add(app);
  app->add_option("--format", *format, "table, csv or jsonl")->capture_default_str();
  app->add_option("--limit", *limit, "at most N events");
  app->callback([=] {
    auto f = opts->ToFilter();
    if (!f.ok()) { std::cerr << "dyad query: " << f.status().message() << "\n"; *rc = kExitUsage; return; }
    auto fmt_ = ParseExportFormat(*format);
    if (!fmt_.ok() || *fmt_ == ExportFormat::kPlover || *fmt_ == ExportFormat::kPhoenix) {
      std::cerr << "dyad query: --format must be table, csv or jsonl\n"; *rc = kExitUsage; return;
    }
    auto store = OpenExisting(opts->db);
    if (!store.ok()) { std::cerr << "dyad query: " << store.status().message() << "\n"; *rc = kExitLoad; return; }
    auto events = store->Query(*f, *limit);
    if (!events.ok()) { std::cerr << "dyad query: " << events.status().message() << "\n"; *rc = kExitLoad; return; }
    WriteEvents(*events, *fmt_, std::cout);
  });
}

void SetupExport(CLI::App* app, int* rc) {
  auto opts = std::make_shared<FilterOptions>();
  auto format = std::make_shared<std::string>("jsonl");
  opts->Add(app);
  app->add_option("--format", *format, "csv, jsonl, plover or phoenix")->capture_default_str();
  app->callback([=] {
    auto f = opts->ToFilter();
    if (!f.ok()) { std::cerr << "dyad export: " << f.status().message() << "\n"; *rc = kExitUsage; return; }
    auto fmt_ = ParseExportFormat(*format);
    if (!fmt_.ok() || *fmt_ == ExportFormat::kTable) {
      std::cerr << "dyad export: --format must be csv, jsonl, plover or phoenix\n"; *rc = kExitUsage; return;
    }
    auto store = OpenExisting(opts->db);
    if (!store.ok()) { std::cerr << "dyad export: " << store.status().message() << "\n"; *rc = kExitLoad; return; }
    auto events = store->Query(*f);
    if (!events.ok()) { std::cerr << "dyad export: " << events.status().message() << "\n"; *rc = kExitLoad; return; }
    WriteEvents(*events, *fmt_, std::cout);
  });
}

void SetupStats(CLI::App* app, int* rc) {
  auto opts = std::make_shared<FilterOptions>();
  auto by = std::make_shared<std::string>("month");
  auto dyad = std::make_shared<bool>(false);
  auto quad = std::make_shared<bool>(false);
  auto format = std::make_shared<std::string>("table");
  opts->Add(app);
  app->add_option("--by", *by, "period: day, week (from Monday) or month")
      ->check(CLI::IsMember({"day", "week", "month"}))->capture_default_str();
  app->add_flag("--dyad", *dyad, "one row per period and (source, target) pair");
  app->add_flag("--quad", *quad, "show counts per quad class");
  app->add_option("--format", *format, "table or csv")->check(CLI::IsMember({"table", "csv"}))->capture_default_str();
  app->callback([=] {
    auto f = opts->ToFilter();
    if (!f.ok()) { std::cerr << "dyad stats: " << f.status().message() << "\n"; *rc = kExitUsage; return; }
    Period p = *by == "day" ? Period::kDay : *by == "week" ? Period::kWeek : Period::kMonth;
    auto store = OpenExisting(opts->db);
    if (!store.ok()) { std::cerr << "dyad stats: " << store.status().message() << "\n"; *rc = kExitLoad; return; }
    auto rows = store->Stats(*f, p, *dyad);
    if (!rows.ok()) { std::cerr << "dyad stats: " << rows.status().message() << "\n"; *rc = kExitLoad; return; }
    bool csv = *format == "csv";
    std::string hdr = csv ? fmt::format("period{},events,goldstein_sum,goldstein_mean{}", *dyad ? ",source,target" : "",
                                        *quad ? ",verbal_coop,material_coop,verbal_conflict,material_conflict" : "")
                          : fmt::format("{:<10}{} {:>7} {:>9} {:>7}{}", "period",
                                        *dyad ? fmt::format(" {:<12} {:<12}", "source", "target") : "", "events",
                                        "gold_sum", "mean", *quad ? "   vcoop   mcoop   vconf   mconf" : "");
    std::cout << hdr << "\n";
    for (const auto& r : *rows) {
      if (csv) {
        std::cout << r.period << (*dyad ? "," + r.source + "," + r.target : "")
                  << fmt::format(",{},{:.1f},{:.2f}", r.events, r.goldstein_sum, r.goldstein_mean);
        if (*quad) std::cout << fmt::format(",{},{},{},{}", r.quad[1], r.quad[2], r.quad[3], r.quad[4]);
      } else {
        std::cout << fmt::format("{:<10}{} {:>7} {:>9.1f} {:>7.2f}", r.period,
                                 *dyad ? fmt::format(" {:<12} {:<12}", r.source.empty() ? "-" : r.source,
                                                     r.target.empty() ? "-" : r.target) : "",
                                 r.events, r.goldstein_sum, r.goldstein_mean);
        if (*quad) std::cout << fmt::format(" {:>7} {:>7} {:>7} {:>7}", r.quad[1], r.quad[2], r.quad[3], r.quad[4]);
      }
      std::cout << "\n";
    }
  });
}

}  // namespace

DYAD_COMMAND(query, "query", "List stored events matching filters", SetupQuery);
DYAD_COMMAND(stats, "stats", "Event counts, Goldstein sum/mean and quad classes per period (and dyad)", SetupStats);
DYAD_COMMAND(export_, "export", "Export stored events as CSV, JSON Lines, PLOVER JSON or Phoenix TSV", SetupExport);

}  // namespace dyad::cli
