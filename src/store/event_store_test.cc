#include "store/event_store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
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
  // Kill once the child has stored something but (very likely) not all.
  for (int i = 0; i < 2000; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    std::error_code ec;
    auto size = std::filesystem::file_size(killed + "-wal", ec);
    if (!ec && size > 100000) break;
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
