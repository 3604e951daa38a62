#include "store/event_store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <tuple>
#include <thread>

#include "store/sqlite_util.h"

namespace dyad {
namespace {

std::string TempDb(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("dyad_store_test_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  auto p = dir / name;
  for (auto ext : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + ext);
  return p.string();
}

Event MakeEvent(const std::string& src, const std::string& tgt, const std::string& code, Date d) {
  Event e;
  e.source = ActorRef{src, src, {0, 3}};
  e.target = ActorRef{tgt, tgt, {10, 13}};
  e.code = code;
  e.root = code.substr(0, 2);
  e.quad_class = code[0] == '1' && code[1] >= '8' ? 4 : 1;
  e.goldstein = -10;
  e.sentence_index = 0;
  e.event_date = d;
  e.date = d;
  return e;
}

Document MakeDoc(const std::string& id, const std::string& text, std::vector<Event> events) {
  Document d;
  d.id = id;
  d.path = id + ".txt";
  d.title = "Title " + id;
  d.text = text;
  d.published = Date::FromYmd(2024, 1, 25);
  Sentence s;
  s.start = 0;
  s.end = static_cast<uint32_t>(text.size());
  d.sentences.push_back(s);
  for (auto& e : events) e.doc_id = id;
  d.events = std::move(events);
  return d;
}

TEST(EventStoreTest, ReingestionIsIdempotent) {
  auto path = TempDb("idem.db");
  auto store = EventStore::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Date d = *Date::FromYmd(2024, 1, 23);
  Document doc = MakeDoc("a", "USA struck IRQ militants.", {MakeEvent("USA", "IRQREB", "195", d)});
  int added = 0, skipped = 0;
  ASSERT_TRUE(store->AddBatch({&doc}, &added, &skipped).ok());
  EXPECT_EQ(added, 1);
  ASSERT_TRUE(store->AddBatch({&doc}, &added, &skipped).ok());
  EXPECT_EQ(added, 0);
  EXPECT_EQ(skipped, 1);
  auto sum = store->Summary();
  ASSERT_TRUE(sum.ok());
  EXPECT_EQ(sum->documents, 1);
  EXPECT_EQ(sum->events, 1);
  EXPECT_EQ(sum->mentions, 1);
}

TEST(EventStoreTest, DeduplicatesAcrossOutlets) {
  auto path = TempDb("dedup.db");
  auto store = EventStore::Open(path);
  ASSERT_TRUE(store.ok());
  Date d = *Date::FromYmd(2024, 1, 23);
  Document a = MakeDoc("outlet1", "The US struck militants in Iraq.", {MakeEvent("USA", "IRQREB", "195", d)});
  Document b = MakeDoc("outlet2", "US forces hit Iraqi militia sites.", {MakeEvent("USA", "IRQREB", "195", d)});
  Document c = MakeDoc("outlet3", "Other day.", {MakeEvent("USA", "IRQREB", "195", *Date::FromYmd(2024, 1, 24))});
  ASSERT_TRUE(store->AddBatch({&a, &b, &c}).ok());
  auto events = store->Query(EventFilter{});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].mentions, 2);
  EXPECT_EQ((*events)[0].doc_id, "outlet1");
  EXPECT_EQ((*events)[1].mentions, 1);
}

TEST(EventStoreTest, FiltersAndStats) {
  auto path = TempDb("filters.db");
  auto store = EventStore::Open(path);
  ASSERT_TRUE(store.ok());
  std::vector<Document> docs;
  for (int i = 0; i < 30; ++i) {
    Date d = Date::FromYmd(2024, 1, 1)->AddDays(i * 3);
    docs.push_back(MakeDoc("d" + std::to_string(i), "text " + std::to_string(i),
                           {MakeEvent(i % 2 ? "USAMIL" : "IRQGOV", i % 3 ? "IRQREB" : "USA", i % 2 ? "190" : "042", d)}));
  }
  std::vector<const Document*> ptrs;
  for (auto& d : docs) ptrs.push_back(&d);
  ASSERT_TRUE(store->AddBatch(ptrs).ok());
  EventFilter f;
  f.source = "USA*";
  auto r = store->Query(f);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->size(), 15u);
  f = EventFilter{};
  f.code = "19";
  EXPECT_EQ(store->Query(f)->size(), 15u);
  f.code = "04";
  EXPECT_EQ(store->Query(f)->size(), 15u);
  f = EventFilter{};
  f.from = Date::FromYmd(2024, 2, 1);
  f.to = Date::FromYmd(2024, 2, 29);
  for (auto& e : *store->Query(f)) EXPECT_EQ(e.event_date.substr(0, 7), "2024-02");
  auto stats = store->Stats(EventFilter{}, Period::kMonth, false);
  ASSERT_TRUE(stats.ok());
  int64_t total = 0;
  for (auto& row : *stats) total += row.events;
  EXPECT_EQ(total, 30);
  EXPECT_EQ((*stats)[0].period, "2024-01");
  auto weekly = store->Stats(EventFilter{}, Period::kWeek, true);
  ASSERT_TRUE(weekly.ok());
  // Weeks start on Monday: 2024-01-01 was a Monday.
  EXPECT_EQ((*weekly)[0].period, "2024-01-01");
}

TEST(EventStoreTest, RefusesForeignDatabase) {
  auto path = TempDb("foreign.db");
  {
    sqlite3* db;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE other(x)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  auto store = EventStore::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("not a Dyad event store"), std::string::npos);
}

// Per-month stats (with and without dyads, aligned and unaligned date
// bounds) equal a count made here from the stored events themselves, and are
// answered from the covering index events_month without a sort.
TEST(EventStoreTest, MonthStatsMatchTheEventsAndReadOnlyTheMonthIndex) {
  auto path = TempDb("months.db");
  auto store = EventStore::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  const char* actors[] = {"USA", "IRQ", "IRQREB", "IRN"};
  const char* codes[] = {"042", "111", "190", "057"};
  std::vector<Document> docs;
  for (int i = 0; i < 400; ++i) {
    Date d = Date::FromYmd(2023, 11, 20)->AddDays((i * 37) % 160);
    Event e = MakeEvent(actors[i % 4], actors[(i / 4) % 4], codes[(i / 3) % 4], d);
    e.quad_class = 1 + (i / 7) % 4;
    e.goldstein = ((i * 13) % 21 - 10) * 0.7;
    docs.push_back(MakeDoc("m" + std::to_string(i), "month text " + std::to_string(i), {e}));
  }
  std::vector<const Document*> ptrs;
  for (auto& d : docs) ptrs.push_back(&d);
  ASSERT_TRUE(store->AddBatch(ptrs).ok());

  struct Bounds {
    std::optional<Date> from, to;
  };
  std::vector<Bounds> cases = {{std::nullopt, std::nullopt},
                               {Date::FromYmd(2024, 1, 1), Date::FromYmd(2024, 2, 29)},
                               {Date::FromYmd(2023, 12, 15), Date::FromYmd(2024, 3, 9)},
                               {Date::FromYmd(2024, 1, 31), std::nullopt},
                               {std::nullopt, Date::FromYmd(2024, 1, 30)}};
  for (const auto& b : cases) {
    for (bool by_dyad : {false, true}) {
      EventFilter f;
      f.from = b.from;
      f.to = b.to;
      SCOPED_TRACE(fmt::format("from {} to {} dyad {}", f.from ? f.from->ToString() : "-",
                               f.to ? f.to->ToString() : "-", by_dyad));
      auto events = store->Query(f);
      ASSERT_TRUE(events.ok());
      std::map<std::tuple<std::string, std::string, std::string>, StatsRow> expect;
      for (const auto& e : *events) {
        auto& r = expect[{e.event_date.substr(0, 7), by_dyad ? e.source : "", by_dyad ? e.target : ""}];
        ++r.events;
        r.goldstein_sum += e.goldstein;
        ++r.quad[e.quad_class];
      }
      auto rows = store->Stats(f, Period::kMonth, by_dyad);
      ASSERT_TRUE(rows.ok()) << rows.status().ToString();
      ASSERT_EQ(rows->size(), expect.size());
      ASSERT_FALSE(rows->empty());
      auto it = expect.begin();
      for (const auto& r : *rows) {
        const auto& [period, source, target] = it->first;
        EXPECT_EQ(r.period, period);
        EXPECT_EQ(r.source, source);
        EXPECT_EQ(r.target, target);
        EXPECT_EQ(r.events, it->second.events);
        EXPECT_NEAR(r.goldstein_sum, it->second.goldstein_sum, 1e-9);
        EXPECT_NEAR(r.goldstein_mean, it->second.goldstein_sum / it->second.events, 1e-9);
        for (int q = 1; q <= 4; ++q) EXPECT_EQ(r.quad[q], it->second.quad[q]) << "quad " << q;
        ++it;
      }
      auto plan = store->ExplainStats(f, Period::kMonth, by_dyad);
      ASSERT_TRUE(plan.ok());
      EXPECT_NE(plan->find("COVERING INDEX events_month"), std::string::npos) << *plan;
      EXPECT_EQ(plan->find("TEMP B-TREE"), std::string::npos) << *plan;
    }
  }
}

// A store written by schema version 1 (no events.month) is migrated on open:
// its events keep their numbers and new ones can be added.
TEST(EventStoreTest, MigratesVersionOneStores) {
  auto path = TempDb("v1.db");
  {
    sqlite3* db;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    const char* v1 = R"sql(
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO meta VALUES ('schema_version', '1');
      CREATE TABLE events (
        id INTEGER PRIMARY KEY, event_key TEXT NOT NULL UNIQUE, event_date TEXT NOT NULL,
        date_precision TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
        code TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
        plover_event TEXT, plover_mode TEXT, place_name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT,
        fatalities INTEGER, injuries INTEGER, mentions INTEGER NOT NULL DEFAULT 0);
      INSERT INTO events(event_key, event_date, date_precision, source, target, code, root, quad_class, goldstein, mentions)
        VALUES ('k1', '2022-03-04', 'day', 'USA', 'IRQ', '042', '04', 1, 1.9, 1),
               ('k2', '2022-03-28', 'day', 'USA', 'IRQ', '190', '19', 4, -10, 2),
               ('k3', '2022-11-01', 'month', 'IRN', 'USA', '111', '11', 3, -2, 1);
    )sql";
    ASSERT_EQ(sqlite3_exec(db, v1, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  auto store = EventStore::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto version = sql::QueryText(store->handle(), "SELECT value FROM meta WHERE key='schema_version'", "test");
  ASSERT_TRUE(version.ok());
  EXPECT_EQ(*version, "2");
  Document doc = MakeDoc("late", "A later article.", {MakeEvent("USA", "IRQ", "042", *Date::FromYmd(2022, 11, 5))});
  ASSERT_TRUE(store->AddBatch({&doc}).ok());
  auto rows = store->Stats(EventFilter{}, Period::kMonth, true);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].period, "2022-03");
  EXPECT_EQ((*rows)[0].events, 2);
  EXPECT_DOUBLE_EQ((*rows)[0].goldstein_sum, -8.1);
  EXPECT_EQ((*rows)[0].quad[1], 1);
  EXPECT_EQ((*rows)[0].quad[4], 1);
  EXPECT_EQ((*rows)[1].period, "2022-11");
  EXPECT_EQ((*rows)[1].source, "IRN");
  EXPECT_EQ((*rows)[2].period, "2022-11");
  EXPECT_EQ((*rows)[2].source, "USA");
  EXPECT_EQ((*rows)[2].events, 1);
  // Opening again leaves the migrated store as it is.
  store = EventStore::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(store->Stats(EventFilter{}, Period::kMonth, true)->size(), 3u);
}

TEST(EventStoreTest, RefusesUnknownSchemaVersions) {
  auto path = TempDb("v9.db");
  {
    sqlite3* db;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                     "INSERT INTO meta VALUES ('schema_version', '9');",
                 nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  auto store = EventStore::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("schema version 9"), std::string::npos) << store.status().message();
}

// A writer killed with SIGKILL mid-ingest leaves a consistent database; a
// rerun then gives exactly the events of an uninterrupted run.
TEST(EventStoreTest, SurvivesSigkillAndResumes) {
  const int kDocs = 4000;
  auto make_docs = [&] {
    std::vector<Document> docs;
    for (int i = 0; i < kDocs; ++i) {
      Date d = Date::FromYmd(2020, 1, 1)->AddDays(i % 700);
      docs.push_back(MakeDoc("k" + std::to_string(i), "article number " + std::to_string(i),
                             {MakeEvent(i % 5 ? "USA" : "IRN", "IRQ", i % 7 ? "190" : "036", d),
                              MakeEvent("IRQ", "USA", "010", d)}));
    }
    return docs;
  };
  auto ingest = [&](const std::string& path) {
    auto docs = make_docs();
    auto store = EventStore::Open(path);
    if (!store.ok()) return false;
    for (int i = 0; i < kDocs; i += 20) {
      std::vector<const Document*> batch;
      for (int j = i; j < std::min(kDocs, i + 20); ++j) batch.push_back(&docs[j]);
      if (!store->AddBatch(batch).ok()) return false;
    }
    return true;
  };
  auto reference = TempDb("ref.db");
  ASSERT_TRUE(ingest(reference));
  auto killed = TempDb("killed.db");
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ingest(killed);
    _exit(0);
  }
  // Kill as soon as a reader sees a committed batch: the writer is then mid-way
  // (some batches of 20 stored), not before its first commit nor after its last.
  for (int i = 0; i < 5000; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    if (!std::filesystem::exists(killed)) continue;
    sqlite3* reader = nullptr;
    if (sqlite3_open_v2(killed.c_str(), &reader, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      sqlite3_close(reader);
      continue;
    }
    sqlite3_busy_timeout(reader, 100);
    auto stored = sql::QueryInt(reader, "SELECT count(*) FROM documents", "reader");
    sqlite3_close(reader);
    if (stored.ok() && *stored > 0) break;
  }
  kill(pid, SIGKILL);
  int status;
  waitpid(pid, &status, 0);
  {
    auto partial = EventStore::Open(killed);
    ASSERT_TRUE(partial.ok()) << partial.status().ToString();
    auto integrity = sql::QueryText(partial->handle(), "PRAGMA integrity_check", "killed");
    ASSERT_TRUE(integrity.ok());
    EXPECT_EQ(*integrity, "ok");
    auto sum = partial->Summary();
    ASSERT_TRUE(sum.ok());
    EXPECT_EQ(sum->documents % 20, 0) << "a batch was partly stored";
    EXPECT_GT(sum->documents, 0) << "the writer was killed before its first commit";
    EXPECT_LT(sum->documents, kDocs) << "the writer finished before it was killed";
    std::cout << "killed after " << sum->documents << " of " << kDocs << " documents\n";
  }
  ASSERT_TRUE(ingest(killed));
  auto a = EventStore::Open(reference);
  auto b = EventStore::Open(killed);
  ASSERT_TRUE(a.ok() && b.ok());
  auto ea = a->Query(EventFilter{});
  auto eb = b->Query(EventFilter{});
  ASSERT_TRUE(ea.ok() && eb.ok());
  ASSERT_EQ(ea->size(), eb->size());
  for (size_t i = 0; i < ea->size(); ++i) {
    EXPECT_EQ((*ea)[i].event_date, (*eb)[i].event_date);
    EXPECT_EQ((*ea)[i].source, (*eb)[i].source);
    EXPECT_EQ((*ea)[i].code, (*eb)[i].code);
    EXPECT_EQ((*ea)[i].mentions, (*eb)[i].mentions);
  }
  EXPECT_EQ(a->Summary()->mentions, b->Summary()->mentions);
}

}  // namespace
}  // namespace dyad
