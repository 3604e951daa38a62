// Place stage: gazetteer load time and place finding per sentence. Uses the
// real index (models/gazetteer.bin, or $DYAD_GAZETTEER) when it is built.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "base/document.h"
#include "base/paths.h"
#include "text/tokenizer.h"
#include "where/gazetteer.h"
#include "where/place_finder.h"

namespace {

std::string IndexPath() {
  if (const char* env = std::getenv("DYAD_GAZETTEER"); env && *env) return env;
  return dyad::DataPath("models/gazetteer.bin");
}

const std::vector<std::string>& Sentences() {
  static const std::vector<std::string> s = {
      "Gunmen attacked a checkpoint in Baghdad on Monday, killing three soldiers, police said.",
      "Russian forces shelled villages outside Kyiv and near Kharkiv overnight, Ukrainian officials said.",
      "The Iraqi army said it had retaken the western city of Fallujah from Islamic State fighters.",
      "Talks between the two delegations resumed in Geneva after a meeting in New York last week.",
      "Protesters marched through Tel Aviv and Jerusalem on Saturday against the government's plans.",
      "Officials in Washington and Moscow traded accusations over the collapse of the arms treaty.",
      "The minister told reporters that the government would not negotiate with the rebels.",
      "Heavy rain flooded parts of southern Brazil, including Porto Alegre, displacing thousands.",
  };
  return s;
}

void BM_GazetteerLoad(benchmark::State& state) {
  const std::string path = IndexPath();
  if (!std::filesystem::exists(path)) {
    state.SkipWithError(("missing " + path + " (run scripts/build_gazetteer.sh)").c_str());
    return;
  }
  for (auto _ : state) {
    auto g = dyad::Gazetteer::Load(path);
    if (!g.ok()) {
      state.SkipWithError(g.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(g->size());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(std::filesystem::file_size(path)));
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

void BM_FindPlaces(benchmark::State& state) {
  const std::string path = IndexPath();
  if (!std::filesystem::exists(path)) {
    state.SkipWithError(("missing " + path + " (run scripts/build_gazetteer.sh)").c_str());
    return;
  }
  auto g = dyad::Gazetteer::Load(path);
  if (!g.ok()) {
    state.SkipWithError(g.status().message().c_str());
    return;
  }
  dyad::PlaceFinder finder(&*g);
  std::vector<dyad::Document> docs;
  int64_t bytes = 0;
  for (const auto& text : Sentences()) {
    dyad::Document d;
    d.text = text;
    dyad::Sentence s;
    s.end = static_cast<uint32_t>(text.size());
    dyad::Tokenizer().Tokenize(d.text, 0, s.end, &s.tokens);
    d.sentences.push_back(std::move(s));
    docs.push_back(std::move(d));
    bytes += static_cast<int64_t>(text.size());
  }
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& d : docs) found += finder.Find(d, d.sentences[0]).size();
  }
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(docs.size()));
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_FindPlaces);

}  // namespace
