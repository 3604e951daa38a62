// dyad validate: run a PETRARCH unit-test suite from raw text.
#include <iostream>

#include <fmt/format.h>

#include "command.h"
#include "pipeline/petrarch_suite.h"
#include "pipeline_options.h"

namespace dyad::cli {
namespace {

void SetupValidate(CLI::App* app, int* rc) {
  auto file = std::make_shared<std::string>();
  auto flags = std::make_shared<PipelineFlags>();
  auto quiet = std::make_shared<bool>(false);
  app->add_option("file", *file, "PETRARCH unit-test XML (its <Environment> names the dictionaries)")->required();
  app->add_flag("--quiet,-q", *quiet, "print only the pass rate");
  flags->Add(app);
  app->callback([=] {
    auto suite = ReadPetrarchSuite(*file);
    if (!suite.ok()) {
      std::cerr << "dyad validate: " << suite.status().message() << "\n";
      *rc = kExitUsage;
      return;
    }
    PipelineOptions o = flags->ToOptions();
    if (o.dictionaries.empty()) {
      for (const auto& f : {suite->verbs, suite->actors, suite->agents, suite->discards})
        if (!f.empty()) o.dictionaries.push_back(f);
    }
    UsePetrarchConventions(&o.coder);
    auto pipeline = Pipeline::Load(o);
    if (!pipeline.ok()) {
      std::cerr << "dyad validate: " << pipeline.status().message() << "\n";
      *rc = kExitLoad;
      return;
    }
    auto results = RunPetrarchSuite(**pipeline, *suite);
    int passed = 0;
    for (const auto& r : results) {
      if (r.passed) ++passed;
      else if (!*quiet) std::cout << "FAIL " << DescribeFailure(r) << "\n";
    }
    int total = static_cast<int>(results.size());
    std::cout << fmt::format("passed {} of {} records ({:.1f}%)\n", passed, total, total ? 100.0 * passed / total : 0.0);
    if (passed < total) *rc = kExitSkipped;
  });
}

}  // namespace

DYAD_COMMAND(validate, "validate", "Run a PETRARCH unit-test suite (raw text, Dyad's own parser) and print the pass rate",
             SetupValidate);

}  // namespace dyad::cli
