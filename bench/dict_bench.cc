// Dictionary load + compile time for the full Phoenix set, and matching speed.
//   build/<dir>/bench/dict_bench --benchmark_filter=.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>

#include "dict/compiled.h"
#include "dict/reader.h"
#include "phoenix_files.h"

namespace {

// Read + compile of the full Phoenix set (must stay under 1 s).
void BM_LoadCompilePhoenix(benchmark::State& state) {
  const auto files = PhoenixFiles();
  if (files.empty()) {
    state.SkipWithError("../shared/data/phoenix is absent");
    return;
  }
  int64_t bytes = 0;
  for (const auto& f : files) bytes += static_cast<int64_t>(std::filesystem::file_size(f));
  for (auto _ : state) {
    dyad::dict::Dictionary d;
    std::vector<dyad::dict::Issue> issues;
    for (const auto& f : files) (void)dyad::dict::ReadFileInto(f, std::nullopt, &d, &issues);
    auto c = dyad::dict::CompiledDictionary::Compile(std::move(d));
    benchmark::DoNotOptimize(c);
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LoadCompilePhoenix)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Actors + agents + discards + verb lookups over 25-token sentences built from
// dictionary words and filler (items = sentences).
void BM_MatchSentences(benchmark::State& state) {
  const auto files = PhoenixFiles();
  if (files.empty()) {
    state.SkipWithError("../shared/data/phoenix is absent");
    return;
  }
  dyad::dict::Dictionary d;
  std::vector<dyad::dict::Issue> issues;
  for (const auto& f : files) (void)dyad::dict::ReadFileInto(f, std::nullopt, &d, &issues);
  std::vector<std::string> words = {"the", "said", "on", "in", "forces", "attacked", "talks", "with", "and"};
  for (size_t i = 0; i < d.actors.entries.size(); i += 97)
    for (const std::string& k : dyad::dict::SplitPhrase(d.actors.entries[i].names[0].text)) words.push_back(k);
  auto c = dyad::dict::CompiledDictionary::Compile(std::move(d));
  std::mt19937 rng(7);
  std::vector<std::vector<dyad::Token>> sentences(1000);
  for (auto& s : sentences)
    for (int i = 0; i < 25; ++i) {
      dyad::Token t;
      t.form = words[rng() % words.size()];
      s.push_back(t);
    }
  const auto date = dyad::Date::FromYmd(2014, 6, 1);
  size_t i = 0;
  for (auto _ : state) {
    const auto& s = sentences[i++ % sentences.size()];
    dyad::dict::TokenKeys keys = dyad::dict::KeysOfTokens(s);
    benchmark::DoNotOptimize(c->MatchActors(keys, date));
    benchmark::DoNotOptimize(c->MatchAgents(keys));
    benchmark::DoNotOptimize(c->MatchDiscards(keys));
    for (const auto& t : s) benchmark::DoNotOptimize(c->VerbsForForm(t.form));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MatchSentences);

}  // namespace
