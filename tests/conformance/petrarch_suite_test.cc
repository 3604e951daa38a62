// Runs the development half of PETRARCH's unit-test suite
// (../shared/validation/petrarch/PETR.UnitTest.dev.xml) from raw text with
// Dyad's own tokenizer and parser, and fails below the floor. The floor
// ratchets up towards the 70% (target 90%).
#include <gtest/gtest.h>

#include <iostream>

#include "pipeline/petrarch_suite.h"
#include "test_util.h"

namespace dyad {
namespace {

constexpr double kFloorPercent = 89.5;  // ratcheting floor (128 of 142 = 90.1% holds); the issue asks for 70 (target 90)

TEST(PetrarchSuiteTest, DevHalfPassRate) {
  DYAD_REQUIRE_SHARED(path, "validation/petrarch/PETR.UnitTest.dev.xml");
  auto suite = ReadPetrarchSuite(path);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  PipelineOptions o;
  for (const auto& f : {suite->verbs, suite->actors, suite->agents, suite->discards})
    if (!f.empty()) o.dictionaries.push_back(f);
  UsePetrarchConventions(&o.coder);
  auto pipeline = Pipeline::Load(o);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  auto results = RunPetrarchSuite(**pipeline, *suite);
  int passed = 0;
  for (const auto& r : results) passed += r.passed;
  double pct = 100.0 * passed / results.size();
  std::cout << "petrarch: passed " << passed << " of " << results.size() << " records (" << pct << "%)\n";
  EXPECT_GE(pct, kFloorPercent);
}

}  // namespace
}  // namespace dyad
