// Ingestion + cleanup + sentence splitting throughput on one core.
//   BM_IngestEwtText: the running text of UD EWT test (RebuildText) read as
//                     one plain-text article (skipped when ../shared is absent)
//   BM_IngestExamples: every file under examples/
// Reports bytes/s (input bytes) and items/s (documents).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/drop_cap.h"
#include "ingest/reader.h"
#include "syntax/conllu.h"
#include "text/sentence_splitter.h"

namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void BM_IngestEwtText(benchmark::State& state) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/ud-ewt/en_ewt-ud-test.conllu";
  if (!std::filesystem::exists(path)) {
    state.SkipWithError(("skipped: " + path + " is absent").c_str());
    return;
  }
  auto sents = dyad::ReadConllu(path);
  if (!sents.ok()) {
    state.SkipWithError(sents.status().ToString().c_str());
    return;
  }
  std::string text = "UD English Web Treebank test set\n\n" + dyad::RebuildText(*sents);
  dyad::Reader reader;
  auto splitter = dyad::SentenceSplitter::LoadDefault();
  if (!splitter.ok()) {
    state.SkipWithError(splitter.status().ToString().c_str());
    return;
  }
  size_t sentences = 0;
  for (auto _ : state) {
    auto doc = reader.ReadText(text, "ewt-test.txt");
    splitter->Split(&doc.value());
    dyad::JoinDropCapTokens(&doc.value());
    sentences = doc->sentences.size();
    benchmark::DoNotOptimize(doc->sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.counters["sentences"] = static_cast<double>(sentences);
  state.counters["MB"] = text.size() / 1e6;
}
BENCHMARK(BM_IngestEwtText)->Unit(benchmark::kMillisecond);

void BM_IngestEwtTextNoSplit(benchmark::State& state) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/ud-ewt/en_ewt-ud-test.conllu";
  if (!std::filesystem::exists(path)) {
    state.SkipWithError(("skipped: " + path + " is absent").c_str());
    return;
  }
  auto sents = dyad::ReadConllu(path);
  std::string text = "UD English Web Treebank test set\n\n" + dyad::RebuildText(*sents);
  dyad::Reader reader;
  for (auto _ : state) {
    auto doc = reader.ReadText(text, "ewt-test.txt");
    benchmark::DoNotOptimize(doc->paragraphs.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_IngestEwtTextNoSplit)->Unit(benchmark::kMillisecond);

void BM_IngestExamples(benchmark::State& state) {
  std::string dir = std::string(DYAD_SOURCE_DIR) + "/examples";
  std::vector<std::pair<std::string, std::string>> files;  // path, content
  size_t bytes = 0;
  if (std::filesystem::exists(dir))
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
      if (e.is_regular_file() && dyad::FormatFromExtension(e.path().string())) {
        files.push_back({e.path().string(), Slurp(e.path().string())});
        bytes += files.back().second.size();
      }
  if (files.empty()) {
    state.SkipWithError(("skipped: no articles under " + dir).c_str());
    return;
  }
  dyad::Reader reader;
  auto splitter = dyad::SentenceSplitter::LoadDefault();
  if (!splitter.ok()) {
    state.SkipWithError(splitter.status().ToString().c_str());
    return;
  }
  size_t docs = 0;
  for (auto _ : state) {
    for (const auto& [path, data] : files) {
      reader.ReadBuffer(data, path, dyad::FormatFromExtension(path), [&](dyad::Document&& d) {
        splitter->Split(&d);
        dyad::JoinDropCapTokens(&d);
        benchmark::DoNotOptimize(d.sentences.data());
        ++docs;
      }, nullptr);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(docs));
}
BENCHMARK(BM_IngestExamples)->Unit(benchmark::kMicrosecond);

}  // namespace
