// Tokenizer + sentence splitter throughput on the running text of UD
// English-EWT test (rebuilt from the treebank, ../shared); one thread.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

// The rebuilt EWT test text, split into paragraphs at line breaks; empty
// when ../shared is absent.
const dyad::Document& EwtDocument() {
  static const dyad::Document doc = [] {
    dyad::Document d;
    std::string path = std::string(DYAD_SHARED_DIR) + "/data/ud-ewt/en_ewt-ud-test.conllu";
    if (!std::filesystem::exists(path)) return d;
    auto sents = dyad::ReadConllu(path);
    if (!sents.ok()) return d;
    d.text = dyad::RebuildText(*sents);
    for (size_t i = 0; i < d.text.size();) {
      size_t j = d.text.find('\n', i);
      if (j == std::string::npos) j = d.text.size();
      if (j > i) d.paragraphs.push_back({dyad::Role::kBody, uint32_t(i), uint32_t(j), -1});
      i = j + 1;
    }
    return d;
  }();
  return doc;
}

bool RequireEwt(benchmark::State& state) {
  if (EwtDocument().text.empty()) {
    state.SkipWithError("skipped: ../shared/data/ud-ewt/en_ewt-ud-test.conllu is absent");
    return false;
  }
  return true;
}

void BM_Tokenize(benchmark::State& state) {
  if (!RequireEwt(state)) return;
  const auto& doc = EwtDocument();
  dyad::Tokenizer tok;
  std::vector<dyad::Token> out;
  for (auto _ : state) {
    out.clear();
    tok.Tokenize(doc.text, 0, uint32_t(doc.text.size()), &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(doc.text.size()));
  state.counters["tokens"] = double(out.size());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_SplitDocument(benchmark::State& state) {
  if (!RequireEwt(state)) return;
  dyad::Document doc = EwtDocument();
  dyad::SentenceSplitter splitter;
  for (auto _ : state) {
    splitter.Split(&doc);
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(doc.text.size()));
  state.counters["sentences"] = double(doc.sentences.size());
}
BENCHMARK(BM_SplitDocument)->Unit(benchmark::kMillisecond);

}  // namespace
