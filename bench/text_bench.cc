// Tokenizer + sentence splitter throughput on the running text of UD
// English-EWT test (rebuilt from the treebank, ../shared); one thread.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <deque>
#include <filesystem>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "text/boundary_features.h"
#include "text/boundary_model.h"
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
  auto splitter = dyad::SentenceSplitter::LoadDefault();
  if (!splitter.ok()) {
    state.SkipWithError(splitter.status().ToString().c_str());
    return;
  }
  for (auto _ : state) {
    splitter->Split(&doc);
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(doc.text.size()));
  state.counters["sentences"] = double(doc.sentences.size());
}
BENCHMARK(BM_SplitDocument)->Unit(benchmark::kMillisecond);

// The same without the boundary classifier (rules alone): the difference
// to BM_SplitDocument is what the model costs.
void BM_SplitDocumentRulesOnly(benchmark::State& state) {
  if (!RequireEwt(state)) return;
  dyad::Document doc = EwtDocument();
  dyad::SentenceSplitter splitter(nullptr);
  for (auto _ : state) {
    splitter.Split(&doc);
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(doc.text.size()));
  state.counters["sentences"] = double(doc.sentences.size());
}
BENCHMARK(BM_SplitDocumentRulesOnly)->Unit(benchmark::kMillisecond);

// Feature extraction (with the model's word classes, as at run time) and
// scoring alone, over the candidates of the EWT text (items = candidates).
void BM_BoundaryClassifier(benchmark::State& state) {
  if (!RequireEwt(state)) return;
  const auto& doc = EwtDocument();
  auto splitter = dyad::SentenceSplitter::LoadDefault();
  if (!splitter.ok()) {
    state.SkipWithError(splitter.status().ToString().c_str());
    return;
  }
  std::vector<dyad::BoundaryContext> contexts;
  std::deque<std::string> words;  // owned copies: the views may point into the tokenizer's scratch
  std::vector<dyad::Sentence> scratch;
  auto own = [&](std::string_view w) -> std::string_view { return words.emplace_back(w); };
  for (const auto& p : doc.paragraphs)
    splitter->SplitSpanWith(doc.text, p.start, p.end, -1, [&](const dyad::BoundaryCandidate& c) {
      dyad::BoundaryContext x = *c.context;
      x.left = own(x.left);
      x.left2 = own(x.left2);
      x.next = own(x.next);
      x.next2 = own(x.next2);
      contexts.push_back(x);
      return false;
    }, &scratch);
  const dyad::BoundaryModel* model = splitter->model();
  size_t boundaries = 0;
  for (auto _ : state) {
    boundaries = 0;
    for (const auto& c : contexts) {
      dyad::BoundaryFeatures f;
      dyad::ExtractBoundaryFeatures(c, &model->classes(), &f);
      boundaries += model->Decide(f);
    }
    benchmark::DoNotOptimize(boundaries);
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(contexts.size()));
  state.counters["candidates"] = double(contexts.size());
}
BENCHMARK(BM_BoundaryClassifier)->Unit(benchmark::kMicrosecond);

}  // namespace
