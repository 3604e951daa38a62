// Event store benchmarks: ingest throughput into SQLite, and a dyad-by-month
// aggregate over one year of a 1,000,000-event store (target: < 100 ms; it is
// served by the covering index events_month, see event_store.cc).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <random>

#include "store/event_store.h"
#include "store/sqlite_util.h"

namespace {

using namespace dyad;

const char* kActors[] = {"USA", "USAGOV", "USAMIL", "IRQ", "IRQGOV", "IRQREB", "IRN", "IRNGOV", "SYR", "SYRGOV",
                         "ISR", "ISRMIL", "PSE", "PSEREBHMS", "RUS", "RUSMIL", "UKR", "UKRMIL", "CHN", "FRA",
                         "DEU", "GBR", "TUR", "SAU", "YEMREBHTH", "LBNREBHEZ", "EGY", "QAT", "IGOUNO", "IGOEUREEC"};
const char* kCodes[] = {"010", "036", "040", "042", "043", "057", "061", "070", "0831", "111",
                        "112", "120", "130", "138", "160", "172", "173", "180", "190", "195"};

std::vector<Document> SyntheticDocs(int docs, int events_per_doc, uint64_t seed, int day_span) {
  std::mt19937_64 rng(seed);
  std::vector<Document> out;
  out.reserve(docs);
  for (int i = 0; i < docs; ++i) {
    Document d;
    d.id = "doc" + std::to_string(seed) + "_" + std::to_string(i);
    d.title = d.id;
    d.text = "synthetic article " + d.id;
    Sentence s;
    s.end = static_cast<uint32_t>(d.text.size());
    d.sentences.push_back(s);
    Date base = *Date::FromYmd(2015, 1, 1);
    for (int k = 0; k < events_per_doc; ++k) {
      Event e;
      e.doc_id = d.id;
      e.sentence_index = 0;
      e.source = ActorRef{kActors[rng() % 30], "x", {0, 1}};
      e.target = ActorRef{kActors[rng() % 30], "y", {2, 3}};
      e.code = kCodes[rng() % 20];
      e.root = e.code.substr(0, 2);
      e.quad_class = 1 + static_cast<int>(rng() % 4);
      e.goldstein = static_cast<double>(rng() % 200) / 10.0 - 10.0;
      e.event_date = base.AddDays(static_cast<int64_t>(rng() % day_span));
      e.date = e.event_date;
      d.events.push_back(std::move(e));
    }
    out.push_back(std::move(d));
  }
  return out;
}

void BM_StoreIngest(benchmark::State& state) {
  auto path = std::filesystem::temp_directory_path() / ("dyad_bench_ingest_" + std::to_string(getpid()) + ".db");
  int64_t events = 0;
  uint64_t seed = 1;
  for (auto _ : state) {
    state.PauseTiming();
    for (auto ext : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + ext);
    auto docs = SyntheticDocs(1000, 5, seed++, 3650);
    std::vector<const Document*> ptrs;
    for (auto& d : docs) ptrs.push_back(&d);
    auto store = EventStore::Open(path.string());
    state.ResumeTiming();
    for (size_t i = 0; i < ptrs.size(); i += 100) {
      std::vector<const Document*> batch(ptrs.begin() + i, ptrs.begin() + std::min(ptrs.size(), i + 100));
      if (!store->AddBatch(batch).ok()) state.SkipWithError("AddBatch failed");
    }
    events += 5000;
  }
  state.SetItemsProcessed(events);
  for (auto ext : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + ext);
}
BENCHMARK(BM_StoreIngest)->Unit(benchmark::kMillisecond);

// Builds (once, cached in the temp folder) a store of 1,000,000 events over ten
// years. The file name carries the schema version: a store of another version
// would be migrated on open and measure the migration's layout, not a fresh one.
const std::string& MillionEventStore() {
  static std::string path = [] {
    auto p = (std::filesystem::temp_directory_path() / "dyad_bench_1m_v2.db").string();
    if (std::filesystem::exists(p)) {
      auto s = EventStore::Open(p);
      if (s.ok() && s->Summary().ok() && s->Summary()->events >= 1000000) return p;
    }
    for (auto ext : {"", "-wal", "-shm"}) std::filesystem::remove(p + ext);
    auto store = EventStore::Open(p);
    for (int chunk = 0; chunk < 100; ++chunk) {
      auto docs = SyntheticDocs(1000, 10, 1000 + chunk, 3650);
      std::vector<const Document*> ptrs;
      for (auto& d : docs) ptrs.push_back(&d);
      (void)store->AddBatch(ptrs);
    }
    // Most random (date, dyad, code) keys are distinct; top up to exactly 1M.
    int64_t have = store->Summary()->events;
    for (uint64_t seed = 5000; have < 1000000; ++seed) {
      auto docs = SyntheticDocs(1000, 10, seed, 3650);
      std::vector<const Document*> ptrs;
      for (auto& d : docs) ptrs.push_back(&d);
      (void)store->AddBatch(ptrs);
      have = store->Summary()->events;
    }
    sql::Exec(store->handle(), "ANALYZE", "bench").ok();
    return p;
  }();
  return path;
}

void BM_DyadByMonthOneYear(benchmark::State& state) {
  auto store = EventStore::Open(MillionEventStore());
  if (!store.ok()) {
    state.SkipWithError("cannot open the 1M store");
    return;
  }
  EventFilter f;
  f.from = Date::FromYmd(2020, 1, 1);
  f.to = Date::FromYmd(2020, 12, 31);
  // The plan shows whether the aggregate reads only the covering index.
  auto plan = store->ExplainStats(f, Period::kMonth, true);
  if (plan.ok()) state.SetLabel(plan->substr(0, plan->find('\n')));
  size_t rows = 0;
  for (auto _ : state) {
    auto r = store->Stats(f, Period::kMonth, true);
    if (!r.ok()) state.SkipWithError("stats failed");
    rows = r->size();
  }
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["events"] = static_cast<double>(store->Summary()->events);
}
BENCHMARK(BM_DyadByMonthOneYear)->Unit(benchmark::kMillisecond);

void BM_QueryActorPrefixOneYear(benchmark::State& state) {
  auto store = EventStore::Open(MillionEventStore());
  EventFilter f;
  f.from = Date::FromYmd(2020, 1, 1);
  f.to = Date::FromYmd(2020, 12, 31);
  f.source = "USA*";
  f.code = "19";
  size_t rows = 0;
  for (auto _ : state) rows = store->Query(f)->size();
  state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_QueryActorPrefixOneYear)->Unit(benchmark::kMillisecond);

}  // namespace
