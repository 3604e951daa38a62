// EventStore: Dyad's SQLite event database.
//
// Tables (see schema in event_store.cc and README "Event store"):
//   documents  one row per distinct article (content hash makes ingestion idempotent)
//   sentences  the sentences of stored documents that yielded events
//   events     de-duplicated events: one row per (event_date, source, target, code, place)
//   mentions   every coded occurrence of an event: document, sentence, spans, pattern
//
// Writes happen in transactions of one batch of documents: a run killed at any
// point leaves every batch either fully stored or absent, and a rerun stores
// exactly what is missing. Not thread-safe: use one EventStore per thread (the
// CLI writes from one thread).
#ifndef DYAD_STORE_EVENT_STORE_H_
#define DYAD_STORE_EVENT_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/document.h"
#include "base/status.h"

struct sqlite3;

namespace dyad {

// Filters shared by query, stats and export. Empty = no filter.
struct EventFilter {
  std::optional<Date> from, to;  // inclusive, on event_date
  std::string source, target;    // actor pattern: "IRQ*" prefix, or exact "USAGOV"
  std::string code;              // "19" root, "190" exact, "19*" prefix
  std::string country;           // ISO3 of the event's place
  std::optional<double> near_lat, near_lon, near_km;
};

// One stored event as returned by queries.
struct StoredEvent {
  int64_t id = 0;
  std::string event_date, date_precision;
  std::string source, target, code, root;
  int quad_class = 0;
  double goldstein = 0;
  std::string plover_event, plover_mode;
  std::string place_name, country, admin1;
  std::optional<double> lat, lon;
  std::optional<int64_t> fatalities, injuries;
  int mentions = 0;
  // First mention's provenance.
  std::string doc_id, sentence, source_text, target_text, verb_text, pattern;
};

enum class Period { kDay, kWeek, kMonth };

struct StatsRow {
  std::string period;          // "2024-01-22" (week starts Monday), "2024-01", ...
  std::string source, target;  // only with by_dyad
  int64_t events = 0;
  double goldstein_sum = 0, goldstein_mean = 0;
  int64_t quad[5] = {0, 0, 0, 0, 0};  // counts per quad class 1..4 (index 0 unused)
};

struct StoreSummary {
  int64_t documents = 0, events = 0, mentions = 0;
};

class EventStore {
 public:
  ~EventStore();
  EventStore(EventStore&&) noexcept;
  EventStore& operator=(EventStore&&) noexcept;

  // Opens (creating if needed) the database at `path` in WAL mode.
  static Result<EventStore> Open(const std::string& path);

  // Stores a batch of coded documents in one transaction. Documents whose
  // content hash is already stored are skipped (counted in *skipped).
  Status AddBatch(const std::vector<const Document*>& docs, int* added = nullptr, int* skipped = nullptr);

  // True when a document with this content is stored.
  Result<bool> HasDocument(const Document& doc) const;

  Result<std::vector<StoredEvent>> Query(const EventFilter& f, int64_t limit = -1) const;
  Result<std::vector<StatsRow>> Stats(const EventFilter& f, Period by, bool by_dyad) const;
  // SQLite's plan for the Stats query (EXPLAIN QUERY PLAN detail lines), to
  // check that per-month aggregates read only the events_month index.
  Result<std::string> ExplainStats(const EventFilter& f, Period by, bool by_dyad) const;
  Result<StoreSummary> Summary() const;
  // Top dyads by event count.
  Result<std::vector<std::pair<std::string, int64_t>>> TopDyads(const EventFilter& f, int n) const;
  // Events per root code.
  Result<std::vector<std::pair<std::string, int64_t>>> RootCounts(const EventFilter& f) const;

  sqlite3* handle() const { return db_; }

  // The content hash used for idempotence (hex, 32 chars).
  static std::string ContentHash(const Document& doc);

 private:
  explicit EventStore(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

const char* PeriodName(Period p);

}  // namespace dyad

#endif  // DYAD_STORE_EVENT_STORE_H_
