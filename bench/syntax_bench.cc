// Tagging + lemmatising + parsing speed of the committed model, one thread,
// in words per second (items/s). Reads UD EWT dev from ../shared when present,
// otherwise a few sentences written for this benchmark. BM_Tag times the
// tagger alone (both directions). DYAD_SYNTAX_MODEL=FILE benchmarks another
// model file than models/syntax.dyad.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "syntax/conllu.h"
#include "syntax/syntax_model.h"

namespace dyad {
namespace {

std::string ModelPath() {
  const char* env = std::getenv("DYAD_SYNTAX_MODEL");
  return env && *env ? std::string(env) : std::string(DYAD_SOURCE_DIR) + "/models/syntax.dyad";
}

const SyntaxModel* Model() {
  static const SyntaxModel* m = [] {
    auto r = SyntaxModel::Load(ModelPath());
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
      return static_cast<SyntaxModel*>(nullptr);
    }
    return new SyntaxModel(std::move(*r));
  }();
  return m;
}

std::vector<std::vector<std::string>> Sentences() {
  std::vector<std::vector<std::string>> out;
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/ud-ewt/en_ewt-ud-dev.conllu";
  if (std::filesystem::exists(path)) {
    auto r = ReadConllu(path);
    if (r.ok())
      for (auto& s : *r) {
        out.emplace_back();
        for (auto& w : s.words) out.back().push_back(w.form);
      }
  }
  if (out.empty()) {
    out = {{"Rebel", "fighters", "attacked", "an", "army", "post", "near", "the", "border", "."},
           {"The", "foreign", "minister", "said", "talks", "would", "resume", "in", "Cairo", "next", "week", "."},
           {"Police", "arrested", "three", "men", "suspected", "of", "planning", "the", "bombing", "."}};
  }
  return out;
}

// Runs `annotate` on every benchmark sentence in each iteration; the items
// are words.
template <typename Fn>
void TimeWords(benchmark::State& state, Fn annotate) {
  const SyntaxModel* m = Model();
  if (!m) {
    state.SkipWithError("models/syntax.dyad could not be loaded");
    return;
  }
  auto sents = Sentences();
  std::vector<std::vector<std::string_view>> forms;
  for (auto& s : sents) forms.emplace_back(s.begin(), s.end());
  int64_t words = 0;
  for (auto _ : state) {
    for (auto& f : forms) {
      annotate(*m, f);
      words += static_cast<int64_t>(f.size());
    }
  }
  state.SetItemsProcessed(words);
}

void BM_TagParse(benchmark::State& state) {
  WordAnnotation a;
  TimeWords(state, [&a](const SyntaxModel& m, const std::vector<std::string_view>& f) {
    m.AnnotateWords(f, &a);
    benchmark::DoNotOptimize(a.head.data());
  });
}
BENCHMARK(BM_TagParse)->Unit(benchmark::kMillisecond);

void BM_Tag(benchmark::State& state) {
  std::vector<uint16_t> ids;
  TimeWords(state, [&ids](const SyntaxModel& m, const std::vector<std::string_view>& f) {
    m.tagger().TagIds(f, &ids);
    benchmark::DoNotOptimize(ids.data());
  });
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_Load(benchmark::State& state) {
  for (auto _ : state) {
    auto r = SyntaxModel::Load(ModelPath());
    if (!r.ok()) {
      state.SkipWithError("models/syntax.dyad could not be loaded");
      return;
    }
    benchmark::DoNotOptimize(r.value().parser().num_classes());
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad
