// The coding stage alone: parsed sentences in, events out, with the full
// Phoenix dictionaries (verbs, three actor files, agents, discards).
// Sentences are the raw texts of the PETRARCH unit-test suite, split and
// parsed once by Dyad's own pipeline before timing; items = sentences coded.
//   taskset -c 0 build/<dir>/bench/coder_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/petrarch_suite.h"
#include "pipeline/pipeline.h"
#include "phoenix_files.h"

namespace {

struct Corpus {
  std::unique_ptr<dyad::Pipeline> pipeline;
  std::vector<dyad::Document> docs;  // parsed, not coded
  size_t sentences = 0;
  std::string error;
};

const Corpus& LoadCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    const auto files = PhoenixFiles();
    const std::string suite_path = std::string(DYAD_SHARED_DIR) + "/validation/petrarch/PETR.UnitTest.dev.xml";
    if (files.empty()) {
      c.error = "../shared/data/phoenix is absent";
      return c;
    }
    if (!std::filesystem::exists(suite_path)) {
      c.error = "../shared/validation/petrarch/PETR.UnitTest.dev.xml is absent";
      return c;
    }
    dyad::PipelineOptions o;
    o.dictionaries = files;
    o.syntax_model = std::string(DYAD_SOURCE_DIR) + "/models/syntax.dyad";
    o.coder.code_all_roles = true;
    auto p = dyad::Pipeline::Load(o);
    if (!p.ok()) {
      c.error = p.status().ToString();
      return c;
    }
    c.pipeline = std::move(*p);
    auto suite = dyad::ReadPetrarchSuite(suite_path);
    if (!suite.ok()) {
      c.error = suite.status().ToString();
      return c;
    }
    for (const auto& r : suite->records) {
      dyad::Document doc;
      doc.id = r.id;
      doc.text = r.text;
      doc.published = dyad::Date::FromYmd(2014, 6, 1);
      dyad::Paragraph para;
      para.role = dyad::Role::kBody;
      para.start = 0;
      para.end = static_cast<uint32_t>(doc.text.size());
      doc.paragraphs.push_back(para);
      c.pipeline->Process(&doc);
      c.sentences += doc.sentences.size();
      c.docs.push_back(std::move(doc));
    }
    return c;
  }();
  return corpus;
}

// Codes every parsed sentence of the suite per iteration (actors, patterns,
// events); items = sentences.
void BM_CodeParsedSentences(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  const dyad::EventCoder& coder = *c.pipeline->coder();
  size_t events = 0;
  std::vector<dyad::Event> out;
  for (auto _ : state) {
    for (const dyad::Document& doc : c.docs) {
      dyad::ActorContext ctx;
      for (int i = 0; i < static_cast<int>(doc.sentences.size()); ++i) {
        out.clear();
        coder.CodeSentence(doc, i, &ctx, &out);
        events += out.size();
      }
    }
    benchmark::DoNotOptimize(events);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(c.sentences));
  state.counters["events_per_pass"] =
      static_cast<double>(events) / static_cast<double>(std::max<int64_t>(1, state.iterations()));
}
BENCHMARK(BM_CodeParsedSentences)->Unit(benchmark::kMillisecond);

}  // namespace
