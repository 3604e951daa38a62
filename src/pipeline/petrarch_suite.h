// PETRARCH unit-test suites: reading the XML records and scoring Dyad on them.
//
// A suite file has an <Environment> naming the dictionaries (resolved relative
// to the file) and <Sentence date= id= category=> records, each with <Text>,
// zero or more <EventCoding sourcecode= targetcode= eventcode=> and a
// <Parse> tree (never used: Dyad parses the raw text itself). An
// <EventCoding> with noevents="True" or an error= attribute (a story discard,
// a bad parse) means the record expects no events. A record passes
// when the set of (source, target, code) triples Dyad emits equals the
// expected set; a missing actor is written "---".
#ifndef DYAD_PIPELINE_PETRARCH_SUITE_H_
#define DYAD_PIPELINE_PETRARCH_SUITE_H_

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "base/status.h"
#include "pipeline/pipeline.h"

namespace dyad {

using Triple = std::tuple<std::string, std::string, std::string>;  // source, target, code

struct PetrarchRecord {
  std::string id, category, date, text;
  std::set<Triple> expected;
  int line = 0;
};

struct PetrarchSuite {
  std::string path;
  std::string verbs, actors, agents, discards;  // resolved dictionary paths ("" when absent)
  std::vector<PetrarchRecord> records;
};

// Reads a suite; errors name the file and line.
Result<PetrarchSuite> ReadPetrarchSuite(const std::string& path);

struct RecordResult {
  const PetrarchRecord* record = nullptr;
  std::set<Triple> produced;
  bool passed = false;
};

// Codes every record's raw text with `pipeline` and compares.
// The coder conventions PETRARCH's suite is written to (both directions of
// a `!recip` pattern and reverse codes), where Dyad's analysts differ
// (docs/coder.md). `dyad validate` and the suite's conformance test use it.
void UsePetrarchConventions(CoderOptions* options);

std::vector<RecordResult> RunPetrarchSuite(const Pipeline& pipeline, const PetrarchSuite& suite);

// "RECORD-ID: expected ARN GON 064 | got ARN GON 064, ARN --- 010"
std::string DescribeFailure(const RecordResult& r);

}  // namespace dyad

#endif  // DYAD_PIPELINE_PETRARCH_SUITE_H_
