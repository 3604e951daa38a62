// The whole path, raw text to events in SQLite, on one thread, and where its
// time goes. Every figure is words per second (items/s; a word is a token of
// Dyad's tokenizer, punctuation included, as UD counts words).
//
//   BM_WholePath/<corpus>          RunPipeline (what `dyad code --threads 1 --db F`
//                                  does): read files, clean, split, parse, code,
//                                  dates/places/counts, store in batches of 64
//   BM_Stage_IngestClean/<corpus>  Reader: format, datelines, clean-up (paragraph roles)
//   BM_Stage_SplitTokenise/...     SentenceSplitter + drop-cap joining
//   BM_Stage_TagParse/...          SyntaxModel::Annotate on the coded sentences
//   BM_Stage_ActorsEvents/...      EventCoder::Code (actors, patterns, events)
//   BM_Stage_DatesPlacesCounts/... AttachEventDetails (dates, counts) + AttachPlaces
//   BM_Stage_Store/...             EventStore::AddBatch into a new database
//
// Each stage runs on copies of the documents as the stage before left them
// (copying is not timed), so the stage figures add up to about the whole path.
// Corpora: `ewt` is the running text of UD EWT test (rebuilt from its
// `# text`-level tokens, one plain-text article; skipped when ../shared is
// absent); `examples` is every article under examples/. Needs the committed
// syntax model, kb/ and the gazetteer models/gazetteer.bin (built by
// scripts/build_gazetteer.sh); each benchmark is skipped, with a message
// naming what is missing, when one of them cannot be loaded.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "coder/event_details.h"
#include "count/count_finder.h"
#include "ingest/drop_cap.h"
#include "ingest/reader.h"
#include "pipeline/pipeline.h"
#include "pipeline/runner.h"
#include "store/event_store.h"
#include "syntax/conllu.h"
#include "text/sentence_splitter.h"
#include "when/date_finder.h"
#include "where/attach_places.h"
#include "where/gazetteer.h"
#include "where/place_finder.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

constexpr size_t kBatch = 64;  // documents per store transaction, as RunOptions

// The stages, loaded once: the pipeline itself, and the pieces it runs
// internally (splitter, date/count finders, place finder) built the same way,
// so that each can be timed alone.
struct Stages {
  std::unique_ptr<Pipeline> pipeline;
  SentenceSplitter splitter{nullptr};  // set to the default model by GetStages
  DateFinder dates;
  CountFinder counts;
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<PlaceFinder> places;
  std::string error;  // why the benchmarks are skipped, or ""
};

const Stages& GetStages() {
  static const Stages* stages = [] {
    auto* s = new Stages();
    std::string gaz_path = DefaultGazetteerPath();
    if (!fs::exists(gaz_path)) {
      s->error = "skipped: " + gaz_path + " is missing (run scripts/build_gazetteer.sh)";
      return s;
    }
    auto p = Pipeline::Load({});
    if (!p.ok()) {
      s->error = "skipped: pipeline: " + p.status().ToString();
      return s;
    }
    auto sp = SentenceSplitter::LoadDefault();
    if (!sp.ok()) {
      s->error = "skipped: " + sp.status().ToString();
      return s;
    }
    s->splitter = std::move(*sp);
    if (!(*p)->places_warning().empty()) {
      s->error = "skipped: " + (*p)->places_warning();
      return s;
    }
    s->pipeline = std::move(*p);
    auto g = Gazetteer::Load(gaz_path);
    if (!g.ok()) {
      s->error = "skipped: " + g.status().ToString();
      return s;
    }
    s->gazetteer = std::make_unique<Gazetteer>(std::move(*g));
    s->places = std::make_unique<PlaceFinder>(s->gazetteer.get());
    return s;
  }();
  return *stages;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// One input set, with the documents as each stage leaves them.
struct Corpus {
  std::string error;               // why it is skipped, or ""
  std::string path;                // what RunPipeline reads (file or folder)
  std::vector<InputFile> inputs;   // the files under `path`
  std::vector<std::string> data;   // their contents
  std::vector<Document> ingested, split, parsed, coded, detailed;
  int64_t bytes = 0, words = 0, parsed_words = 0, events = 0;
};

bool Parsed(const Document& d, const Sentence& s) {
  return s.paragraph >= 0 && s.paragraph < static_cast<int>(d.paragraphs.size()) &&
         IsCoded(d.paragraphs[s.paragraph].role);
}

// Stage functions: exactly what Pipeline::Process runs, one piece each.
void SplitTokenise(const Stages& st, Document* d) {
  st.splitter.Split(d);
  JoinDropCapTokens(d);
}
void TagParse(const Stages& st, Document* d) {
  for (Sentence& s : d->sentences)
    if (Parsed(*d, s)) st.pipeline->syntax().Annotate(&s);
}
void ActorsEvents(const Stages& st, Document* d) { st.pipeline->coder()->Code(d); }
void DatesPlacesCounts(const Stages& st, Document* d) {
  AttachEventDetails(st.dates, st.counts, d);
  AttachPlaces(*st.places, d);
}

void Prepare(const Stages& st, Corpus* c) {
  const Reader& reader = st.pipeline->reader();
  Status listed = reader.ListInputs(c->path, std::nullopt, &c->inputs);
  if (!listed.ok() || c->inputs.empty()) {
    c->error = "skipped: no articles under " + c->path;
    return;
  }
  for (const auto& in : c->inputs) {
    c->data.push_back(Slurp(in.path));
    c->bytes += static_cast<int64_t>(c->data.back().size());
    std::optional<Format> format;
    if (in.format_known) format = in.format;
    reader.ReadBuffer(c->data.back(), in.path, format,
                      [&](Document&& d) { c->ingested.push_back(std::move(d)); }, nullptr);
  }
  c->split = c->ingested;
  for (auto& d : c->split) SplitTokenise(st, &d);
  c->parsed = c->split;
  for (auto& d : c->parsed) TagParse(st, &d);
  c->coded = c->parsed;
  for (auto& d : c->coded) ActorsEvents(st, &d);
  c->detailed = c->coded;
  for (auto& d : c->detailed) DatesPlacesCounts(st, &d);
  for (const auto& d : c->detailed) {
    for (const auto& s : d.sentences) {
      c->words += static_cast<int64_t>(s.tokens.size());
      if (Parsed(d, s)) c->parsed_words += static_cast<int64_t>(s.tokens.size());
    }
    c->events += static_cast<int64_t>(d.events.size());
  }
}

fs::path TempPath(const std::string& name) {
  return fs::temp_directory_path() / ("dyad_pipeline_bench_" + std::to_string(getpid()) + "_" + name);
}

void RemoveDb(const std::string& path) {
  for (auto ext : {"", "-wal", "-shm"}) fs::remove(path + ext);
}

// Removes the temporary files when the benchmark binary exits.
struct TempFiles {
  std::vector<std::string> paths;
  ~TempFiles() {
    for (const auto& p : paths) RemoveDb(p);
  }
};
TempFiles& Temps() {
  static TempFiles t;
  return t;
}

const Corpus& GetCorpus(const std::string& name) {
  static Corpus* ewt = nullptr;
  static Corpus* examples = nullptr;
  Corpus*& c = name == "ewt" ? ewt : examples;
  if (c) return *c;
  c = new Corpus();
  const Stages& st = GetStages();
  if (!st.error.empty()) {
    c->error = st.error;
    return *c;
  }
  if (name == "ewt") {
    std::string conllu = std::string(DYAD_SHARED_DIR) + "/data/ud-ewt/en_ewt-ud-test.conllu";
    if (!fs::exists(conllu)) {
      c->error = "skipped: " + conllu + " is absent";
      return *c;
    }
    auto sents = ReadConllu(conllu);
    if (!sents.ok()) {
      c->error = "skipped: " + sents.status().ToString();
      return *c;
    }
    c->path = TempPath("ewt_test.txt").string();
    Temps().paths.push_back(c->path);
    std::ofstream(c->path, std::ios::binary) << "UD English Web Treebank test set\n\n" << RebuildText(*sents);
  } else {
    c->path = std::string(DYAD_SOURCE_DIR) + "/examples";
  }
  Prepare(st, c);
  return *c;
}

void Report(benchmark::State& state, const Corpus& c) {
  state.SetItemsProcessed(state.iterations() * c.words);
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.counters["words"] = static_cast<double>(c.words);
  state.counters["parsed_words"] = static_cast<double>(c.parsed_words);
  state.counters["docs"] = static_cast<double>(c.ingested.size());
  state.counters["events"] = static_cast<double>(c.events);
}

// Sets up the benchmark or skips it; nullptr when skipped.
const Corpus* Start(benchmark::State& state, const std::string& corpus) {
  const Corpus& c = GetCorpus(corpus);
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return nullptr;
  }
  return &c;
}

std::optional<EventStore> OpenStore(benchmark::State& state, const std::string& path) {
  auto r = EventStore::Open(path);
  if (!r.ok()) {
    state.SkipWithError(r.status().ToString().c_str());
    return std::nullopt;
  }
  return std::move(*r);
}

void BM_WholePath(benchmark::State& state, const std::string& corpus) {
  const Corpus* c = Start(state, corpus);
  if (!c) return;
  std::string db = TempPath(corpus + "_whole.db").string();
  Temps().paths.push_back(db);
  int64_t events = 0;
  for (auto _ : state) {
    state.PauseTiming();
    RemoveDb(db);
    std::optional<EventStore> store = OpenStore(state, db);
    if (!store) return;
    RunOptions options;
    options.threads = 1;
    options.batch_size = kBatch;
    options.store = &*store;
    state.ResumeTiming();
    auto sum = RunPipeline(*GetStages().pipeline, {c->path}, options);
    if (!sum.ok()) {
      state.SkipWithError(sum.status().ToString().c_str());
      return;
    }
    events = static_cast<int64_t>(sum->events);
    state.PauseTiming();
    store.reset();  // closing (a WAL checkpoint) is not timed
    state.ResumeTiming();
  }
  Report(state, *c);
  state.counters["events"] = static_cast<double>(events);
}

void BM_Stage_IngestClean(benchmark::State& state, const std::string& corpus) {
  const Corpus* c = Start(state, corpus);
  if (!c) return;
  const Reader& reader = GetStages().pipeline->reader();
  size_t docs = 0;
  for (auto _ : state) {
    docs = 0;
    for (size_t i = 0; i < c->inputs.size(); ++i) {
      std::optional<Format> format;
      if (c->inputs[i].format_known) format = c->inputs[i].format;
      reader.ReadBuffer(c->data[i], c->inputs[i].path, format, [&](Document&& d) {
        benchmark::DoNotOptimize(d.paragraphs.data());
        ++docs;
      }, nullptr);
    }
  }
  if (docs != c->ingested.size()) state.SkipWithError("ingest gave a different number of documents");
  Report(state, *c);
}

// Runs `stage` on fresh copies of `input` (copies made with the clock paused).
template <typename Fn>
void RunStage(benchmark::State& state, const Corpus& c, const std::vector<Document>& input, Fn stage) {
  std::vector<Document> docs;
  for (auto _ : state) {
    state.PauseTiming();
    docs = input;
    state.ResumeTiming();
    for (auto& d : docs) stage(&d);
    benchmark::DoNotOptimize(docs.data());
  }
  Report(state, c);
}

void BM_Stage_SplitTokenise(benchmark::State& state, const std::string& corpus) {
  const Corpus* c = Start(state, corpus);
  if (!c) return;
  const Stages& st = GetStages();
  RunStage(state, *c, c->ingested, [&](Document* d) { SplitTokenise(st, d); });
}

void BM_Stage_TagParse(benchmark::State& state, const std::string& corpus) {
  const Corpus* c = Start(state, corpus);
  if (!c) return;
  const Stages& st = GetStages();
  RunStage(state, *c, c->split, [&](Document* d) { TagParse(st, d); });
}

void BM_Stage_ActorsEvents(benchmark::State& state, const std::string& corpus) {
  const Corpus* c = Start(state, corpus);
  if (!c) return;
  const Stages& st = GetStages();
  RunStage(state, *c, c->parsed, [&](Document* d) { ActorsEvents(st, d); });
}

void BM_Stage_DatesPlacesCounts(benchmark::State& state, const std::string& corpus) {
  const Corpus* c = Start(state, corpus);
  if (!c) return;
  const Stages& st = GetStages();
  RunStage(state, *c, c->coded, [&](Document* d) { DatesPlacesCounts(st, d); });
}

void BM_Stage_Store(benchmark::State& state, const std::string& corpus) {
  const Corpus* c = Start(state, corpus);
  if (!c) return;
  std::string db = TempPath(corpus + "_store.db").string();
  Temps().paths.push_back(db);
  std::vector<const Document*> ptrs;
  for (const auto& d : c->detailed) ptrs.push_back(&d);
  for (auto _ : state) {
    state.PauseTiming();
    RemoveDb(db);
    std::optional<EventStore> store = OpenStore(state, db);
    if (!store) return;
    state.ResumeTiming();
    for (size_t i = 0; i < ptrs.size(); i += kBatch) {
      std::vector<const Document*> batch(ptrs.begin() + i, ptrs.begin() + std::min(ptrs.size(), i + kBatch));
      Status s = store->AddBatch(batch);
      if (!s.ok()) {
        state.SkipWithError(s.ToString().c_str());
        return;
      }
    }
    state.PauseTiming();
    store.reset();
    state.ResumeTiming();
  }
  Report(state, *c);
}

int RegisterAll() {
  for (std::string corpus : {"ewt", "examples"}) {
    auto reg = [&](const char* name, void (*fn)(benchmark::State&, const std::string&)) {
      benchmark::RegisterBenchmark((std::string(name) + "/" + corpus).c_str(), fn, corpus)
          ->Unit(benchmark::kMillisecond);
    };
    reg("BM_WholePath", BM_WholePath);
    reg("BM_Stage_IngestClean", BM_Stage_IngestClean);
    reg("BM_Stage_SplitTokenise", BM_Stage_SplitTokenise);
    reg("BM_Stage_TagParse", BM_Stage_TagParse);
    reg("BM_Stage_ActorsEvents", BM_Stage_ActorsEvents);
    reg("BM_Stage_DatesPlacesCounts", BM_Stage_DatesPlacesCounts);
    reg("BM_Stage_Store", BM_Stage_Store);
  }
  return 0;
}
const int kRegistered = RegisterAll();

}  // namespace
}  // namespace dyad
