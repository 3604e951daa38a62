#include "store/event_store.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <cmath>
#include <cstring>

#include "base/binary_io.h"
#include "base/date.h"
#include "store/sqlite_util.h"

namespace dyad {
namespace {

// Version 2 added events.month (YYYYMM) and the covering index events_month
// for per-month aggregates; version-1 stores are migrated in place on Open.
constexpr int kSchemaVersion = 2;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL,
  path TEXT, source TEXT, url TEXT, title TEXT,
  published TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents(doc_id);
CREATE TABLE IF NOT EXISTS sentences (
  document INTEGER NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (document, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  event_key TEXT NOT NULL UNIQUE,
  event_date TEXT NOT NULL,            -- first day of the period: YYYY-MM-DD
  month INTEGER NOT NULL,              -- event_date's year * 100 + month (202401)
  date_precision TEXT NOT NULL,        -- day | month | year
  source TEXT NOT NULL, target TEXT NOT NULL,   -- '' when absent
  code TEXT NOT NULL, root TEXT NOT NULL,
  quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
  plover_event TEXT, plover_mode TEXT,
  place_name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT,
  fatalities INTEGER, injuries INTEGER,
  mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_date ON events(event_date, source, target, quad_class, goldstein);
CREATE INDEX IF NOT EXISTS events_source ON events(source, event_date);
CREATE INDEX IF NOT EXISTS events_target ON events(target, event_date);
CREATE INDEX IF NOT EXISTS events_code ON events(code, event_date);
CREATE INDEX IF NOT EXISTS events_country ON events(country, event_date);
CREATE TABLE IF NOT EXISTS mentions (
  id INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events(id),
  document INTEGER NOT NULL REFERENCES documents(id),
  sentence_index INTEGER NOT NULL,
  source_text TEXT, source_start INTEGER, source_end INTEGER,
  target_text TEXT, target_start INTEGER, target_end INTEGER,
  verb_text TEXT, verb_start INTEGER, verb_end INTEGER,
  pattern TEXT,
  date_source TEXT, date_start INTEGER, date_end INTEGER,
  place_start INTEGER, place_end INTEGER,
  counts TEXT                          -- JSON list of {value, unit, qualifier, start, end}
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document);
)sql";

// Per-month aggregates (dyad stats --by month [--dyad]) read only this index,
// already in group order: no table lookups and no sort.
constexpr const char* kMonthIndex =
    "CREATE INDEX IF NOT EXISTS events_month ON events(month, source, target, event_date, quad_class, goldstein);";

std::string Hex(uint64_t v) { return fmt::format("{:016x}", v); }

std::string JsonEscape(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) out += fmt::format("\\u{:04x}", c);
        else out += static_cast<char>(c);
    }
  }
  return out;
}

std::string CountsJson(const std::vector<Count>& counts) {
  std::string out = "[";
  for (size_t i = 0; i < counts.size(); ++i) {
    const auto& c = counts[i];
    if (i) out += ",";
    out += fmt::format(R"({{"value":{},"unit":"{}","qualifier":"{}","start":{},"end":{}}})", c.value,
                       JsonEscape(c.unit), JsonEscape(c.qualifier), c.span.start, c.span.end);
  }
  return out + "]";
}

// Normalised event date: first day of the period, plus precision name.
std::pair<std::string, std::string> EventDate(const Event& e) {
  std::optional<Date> d = e.event_date ? e.event_date : e.date;
  if (!d) return {"0000-01-01", "none"};
  Date first = *d;
  if (first.precision != DatePrecision::kDay) {
    first.month = first.month ? first.month : 1;
    first.day = 1;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", first.year, first.month, first.day);
  return {buf, DatePrecisionName(d->precision)};
}

// events.month for a normalised event date "YYYY-MM-DD": 202401. The same
// arithmetic as the version-1 migration's SQL.
int64_t MonthKey(const std::string& date) {
  auto num = [&](size_t pos, size_t len) {
    int64_t v = 0;
    for (size_t i = pos; i < pos + len && i < date.size(); ++i) v = v * 10 + (date[i] - '0');
    return v;
  };
  return num(0, 4) * 100 + num(5, 2);
}

std::string EventKey(const Event& e, const std::string& date) {
  // The identity of an event across outlets: date, dyad, code and place.
  std::string place = e.place ? fmt::format("{:.2f},{:.2f}", e.place->lat, e.place->lon) : "";
  return fmt::format("{}|{}|{}|{}|{}", date, e.source ? e.source->code : "", e.target ? e.target->code : "",
                     e.code, place);
}

// Translates an actor pattern ("IRQ*", "USAGOV") into SQL.
void AddActorFilter(const std::string& column, const std::string& pat, std::string* where,
                    std::vector<std::string>* args) {
  if (pat.empty()) return;
  if (pat.back() == '*') {
    *where += fmt::format(" AND {} GLOB ?", column);
    args->push_back(pat);
  } else {
    *where += fmt::format(" AND {} = ?", column);
    args->push_back(pat);
  }
}

// With `month_bounds`, the date range is also (or, where that is exact,
// only) stated on events.month so that events_month can serve it.
void BuildWhere(const EventFilter& f, std::string* where, std::vector<std::string>* args,
                bool month_bounds = false) {
  *where = "WHERE 1=1";
  if (f.from) {
    // event_date >= "YYYY-MM-DD" implies month >= YYYYMM; exact on the first of a month.
    bool exact = false;
    if (month_bounds) {
      *where += fmt::format(" AND month >= {}", f.from->year * 100 + f.from->month);
      exact = f.from->precision == DatePrecision::kDay && f.from->day == 1;
    }
    if (!exact) {
      *where += " AND event_date >= ?";
      args->push_back(f.from->ToString());
    }
  }
  if (f.to) {
    // event_date <= "YYYY-MM-DD" implies month <= YYYYMM; exact on the last of a month.
    bool exact = false;
    if (month_bounds) {
      *where += fmt::format(" AND month <= {}", f.to->year * 100 + (f.to->month ? f.to->month : 12));
      exact = f.to->precision == DatePrecision::kDay && f.to->day == DaysInMonth(f.to->year, f.to->month);
    }
    if (!exact) {
      *where += " AND event_date <= ?";
      args->push_back(f.to->ToString());
    }
  }
  AddActorFilter("source", f.source, where, args);
  AddActorFilter("target", f.target, where, args);
  if (!f.code.empty()) {
    std::string c = f.code;
    if (c.back() == '*') {
      *where += " AND code GLOB ?";
      args->push_back(c);
    } else if (c.size() == 2) {
      *where += " AND root = ?";
      args->push_back(c);
    } else {
      *where += " AND code = ?";
      args->push_back(c);
    }
  }
  if (!f.country.empty()) {
    *where += " AND country = ?";
    args->push_back(f.country);
  }
  if (f.near_lat && f.near_lon && f.near_km) {
    // Bounding box in SQL; the exact great-circle test is applied by the caller.
    double dlat = *f.near_km / 111.0;
    double dlon = *f.near_km / (111.0 * std::max(0.01, std::cos(*f.near_lat * M_PI / 180.0)));
    *where += fmt::format(" AND lat BETWEEN {} AND {} AND lon BETWEEN {} AND {}", *f.near_lat - dlat,
                          *f.near_lat + dlat, *f.near_lon - dlon, *f.near_lon + dlon);
  }
}

// Brings an existing store up to kSchemaVersion in one transaction, or refuses
// it with a message. Version 1 lacked events.month and events_month.
Status Migrate(sqlite3* db, const std::string& path) {
  auto version = sql::QueryText(db, "SELECT value FROM meta WHERE key='schema_version'", path);
  if (!version.ok()) return version.status();
  if (version->empty() || *version == std::to_string(kSchemaVersion)) return Status::Ok();
  if (*version != "1") {
    return Unsupported(fmt::format(
        "{}: event store schema version {} is not one this Dyad knows (it writes version {}, migrates version 1); "
        "use the Dyad that wrote it, or code into a new database",
        path, *version, kSchemaVersion));
  }
  DYAD_RETURN_IF_ERROR(sql::Exec(db, "BEGIN IMMEDIATE", path));
  // Another process may have migrated the store while this one waited.
  auto again = sql::QueryText(db, "SELECT value FROM meta WHERE key='schema_version'", path);
  if (!again.ok() || *again != "1") {
    sql::Exec(db, "ROLLBACK", path).ok();
    return again.ok() ? Status::Ok() : again.status();
  }
  Status st = sql::Exec(db,
                        fmt::format("ALTER TABLE events ADD COLUMN month INTEGER NOT NULL DEFAULT 0;"
                                    "UPDATE events SET month = CAST(substr(event_date, 1, 4) AS INTEGER) * 100 + "
                                    "CAST(substr(event_date, 6, 2) AS INTEGER);"
                                    "{}"
                                    "UPDATE meta SET value = '2' WHERE key = 'schema_version';",
                                    kMonthIndex),
                        path);
  if (st.ok()) st = sql::Exec(db, "COMMIT", path);
  if (!st.ok()) {
    sql::Exec(db, "ROLLBACK", path).ok();
    return DataLoss(fmt::format("{}: could not migrate the event store from schema version 1 to {}: {}", path,
                                kSchemaVersion, st.message()));
  }
  return Status::Ok();
}

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kR = 6371.0, kRad = M_PI / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kR * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace

const char* PeriodName(Period p) {
  switch (p) {
    case Period::kDay: return "day";
    case Period::kWeek: return "week";
    case Period::kMonth: return "month";
  }
  return "day";
}

EventStore::~EventStore() {
  if (db_) sqlite3_close_v2(db_);
}
EventStore::EventStore(EventStore&& o) noexcept : db_(o.db_) { o.db_ = nullptr; }
EventStore& EventStore::operator=(EventStore&& o) noexcept {
  if (this != &o) {
    if (db_) sqlite3_close_v2(db_);
    db_ = o.db_;
    o.db_ = nullptr;
  }
  return *this;
}

std::string EventStore::ContentHash(const Document& doc) {
  // Two independent 64-bit FNV-1a hashes over title and text: 128 bits.
  std::string key = doc.title;
  key.push_back('\0');
  key += doc.text;
  return Hex(Fnv1a64(key)) + Hex(Fnv1a64(key, 0x9e3779b97f4a7c15ULL));
}

Result<EventStore> EventStore::Open(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if (db) sqlite3_close_v2(db);
    return IoError(fmt::format("{}: cannot open database: {}", path, msg));
  }
  EventStore store(db);
  sqlite3_busy_timeout(db, 10000);
  // A larger page cache and memory-mapped reads keep aggregate scans over a
  // million-event store from re-reading index pages through read() calls.
  Status st = sql::Exec(db,
                        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                        "PRAGMA cache_size=-32768; PRAGMA mmap_size=268435456;",
                        path);
  if (!st.ok()) return st;
  // Refuse files that are not Dyad databases rather than altering them.
  auto has_meta = sql::QueryInt(db, "SELECT count(*) FROM sqlite_master WHERE name='meta'", path);
  if (!has_meta.ok()) return DataLoss(fmt::format("{}: not a SQLite database ({})", path, has_meta.status().message()));
  auto tables = sql::QueryInt(db, "SELECT count(*) FROM sqlite_master WHERE type='table'", path);
  if (!tables.ok()) return tables.status();
  if (*has_meta == 0 && *tables > 0)
    return DataLoss(fmt::format("{}: is a SQLite database but not a Dyad event store", path));
  if (*has_meta) DYAD_RETURN_IF_ERROR(Migrate(db, path));
  DYAD_RETURN_IF_ERROR(sql::Exec(db, kSchema, path));
  DYAD_RETURN_IF_ERROR(sql::Exec(db, kMonthIndex, path));
  auto version = sql::QueryText(db, "SELECT value FROM meta WHERE key='schema_version'", path);
  if (!version.ok()) return version.status();
  if (version->empty()) {
    DYAD_RETURN_IF_ERROR(sql::Exec(
        db, fmt::format("INSERT INTO meta(key, value) VALUES ('schema_version', '{}')", kSchemaVersion), path));
  } else if (*version != std::to_string(kSchemaVersion)) {
    return Unsupported(fmt::format("{}: event store schema version {} but this Dyad uses {}", path, *version,
                                   kSchemaVersion));
  }
  return store;
}

Result<bool> EventStore::HasDocument(const Document& doc) const {
  sql::Stmt s(db_, "SELECT 1 FROM documents WHERE content_hash = ?");
  if (!s.ok()) return s.status();
  s.Bind(1, ContentHash(doc));
  return s.Step() == SQLITE_ROW;
}

Status EventStore::AddBatch(const std::vector<const Document*>& docs, int* added, int* skipped) {
  int n_added = 0, n_skipped = 0;
  DYAD_RETURN_IF_ERROR(sql::Exec(db_, "BEGIN IMMEDIATE", "event store"));
  auto fail = [&](Status st) {
    sql::Exec(db_, "ROLLBACK", "event store").ok();
    return st;
  };
  sql::Stmt find_doc(db_, "SELECT id FROM documents WHERE content_hash = ?");
  sql::Stmt ins_doc(db_,
                    "INSERT INTO documents(content_hash, doc_id, path, source, url, title, published, text) "
                    "VALUES (?,?,?,?,?,?,?,?)");
  sql::Stmt ins_sent(db_, "INSERT OR IGNORE INTO sentences(document, idx, start, \"end\", text) VALUES (?,?,?,?,?)");
  sql::Stmt find_event(db_, "SELECT id FROM events WHERE event_key = ?");
  sql::Stmt ins_event(db_,
                      "INSERT INTO events(event_key, event_date, month, date_precision, source, target, code, root, "
                      "quad_class, goldstein, plover_event, plover_mode, place_name, lat, lon, country, admin1, "
                      "fatalities, injuries, mentions) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
  sql::Stmt upd_event(db_,
                      "UPDATE events SET mentions = mentions + 1, "
                      "fatalities = max(coalesce(fatalities, ?1), coalesce(?1, fatalities)), "
                      "injuries = max(coalesce(injuries, ?2), coalesce(?2, injuries)) WHERE id = ?3");
  sql::Stmt ins_mention(db_,
                        "INSERT INTO mentions(event, document, sentence_index, source_text, source_start, "
                        "source_end, target_text, target_start, target_end, verb_text, verb_start, verb_end, "
                        "pattern, date_source, date_start, date_end, place_start, place_end, counts) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  for (auto* s : {&find_doc, &ins_doc, &ins_sent, &find_event, &ins_event, &upd_event, &ins_mention})
    if (!s->ok()) return fail(s->status());

  for (const Document* doc : docs) {
    std::string hash = ContentHash(*doc);
    find_doc.Reset();
    find_doc.Bind(1, hash);
    if (find_doc.Step() == SQLITE_ROW) {
      ++n_skipped;
      continue;
    }
    ins_doc.Reset();
    ins_doc.Bind(1, hash);
    ins_doc.Bind(2, doc->id);
    ins_doc.Bind(3, doc->path);
    ins_doc.Bind(4, doc->source);
    ins_doc.Bind(5, doc->url);
    ins_doc.Bind(6, doc->title);
    if (doc->published) ins_doc.Bind(7, doc->published->ToString());
    else ins_doc.BindNull(7);
    ins_doc.Bind(8, doc->text);
    if (ins_doc.Step() != SQLITE_DONE) return fail(ins_doc.Error(doc->path));
    int64_t doc_row = sqlite3_last_insert_rowid(db_);
    for (const Event& e : doc->events) {
      if (e.sentence_index >= 0 && e.sentence_index < static_cast<int>(doc->sentences.size())) {
        const Sentence& s = doc->sentences[e.sentence_index];
        ins_sent.Reset();
        ins_sent.Bind(1, doc_row);
        ins_sent.Bind(2, int64_t{e.sentence_index});
        ins_sent.Bind(3, int64_t{s.start});
        ins_sent.Bind(4, int64_t{s.end});
        ins_sent.Bind(5, doc->SentenceText(s));
        if (ins_sent.Step() != SQLITE_DONE) return fail(ins_sent.Error(doc->path));
      }
      auto [date, precision] = EventDate(e);
      std::string key = EventKey(e, date);
      find_event.Reset();
      find_event.Bind(1, key);
      int64_t event_row;
      if (find_event.Step() == SQLITE_ROW) {
        event_row = find_event.ColumnInt(0);
      } else {
        ins_event.Reset();
        int i = 1;
        ins_event.Bind(i++, key);
        ins_event.Bind(i++, date);
        ins_event.Bind(i++, MonthKey(date));
        ins_event.Bind(i++, precision);
        ins_event.Bind(i++, e.source ? e.source->code : "");
        ins_event.Bind(i++, e.target ? e.target->code : "");
        ins_event.Bind(i++, e.code);
        ins_event.Bind(i++, e.root);
        ins_event.Bind(i++, int64_t{e.quad_class});
        ins_event.Bind(i++, e.goldstein);
        ins_event.Bind(i++, e.plover_event);
        ins_event.Bind(i++, e.plover_mode);
        if (e.place) {
          ins_event.Bind(i++, e.place->name);
          ins_event.Bind(i++, e.place->lat);
          ins_event.Bind(i++, e.place->lon);
          ins_event.Bind(i++, e.place->country);
          ins_event.Bind(i++, e.place->admin1);
        } else {
          for (int k = 0; k < 5; ++k) ins_event.BindNull(i++);
        }
        if (e.fatalities) ins_event.Bind(i++, *e.fatalities);
        else ins_event.BindNull(i++);
        if (e.injuries) ins_event.Bind(i++, *e.injuries);
        else ins_event.BindNull(i++);
        if (ins_event.Step() != SQLITE_DONE) return fail(ins_event.Error(doc->path));
        event_row = sqlite3_last_insert_rowid(db_);
      }
      upd_event.Reset();
      if (e.fatalities) upd_event.Bind(1, *e.fatalities);
      else upd_event.BindNull(1);
      if (e.injuries) upd_event.Bind(2, *e.injuries);
      else upd_event.BindNull(2);
      upd_event.Bind(3, event_row);
      if (upd_event.Step() != SQLITE_DONE) return fail(upd_event.Error(doc->path));

      ins_mention.Reset();
      int i = 1;
      ins_mention.Bind(i++, event_row);
      ins_mention.Bind(i++, doc_row);
      ins_mention.Bind(i++, int64_t{e.sentence_index});
      for (const auto* a : {&e.source, &e.target}) {
        if (*a) {
          ins_mention.Bind(i++, (*a)->text);
          ins_mention.Bind(i++, int64_t{(*a)->span.start});
          ins_mention.Bind(i++, int64_t{(*a)->span.end});
        } else {
          for (int k = 0; k < 3; ++k) ins_mention.BindNull(i++);
        }
      }
      ins_mention.Bind(i++, e.verb_text);
      ins_mention.Bind(i++, int64_t{e.verb.start});
      ins_mention.Bind(i++, int64_t{e.verb.end});
      ins_mention.Bind(i++, e.pattern);
      ins_mention.Bind(i++, std::string(DateSourceName(e.date_source)));
      ins_mention.Bind(i++, int64_t{e.date_span.start});
      ins_mention.Bind(i++, int64_t{e.date_span.end});
      if (e.place) {
        ins_mention.Bind(i++, int64_t{e.place->span.start});
        ins_mention.Bind(i++, int64_t{e.place->span.end});
      } else {
        ins_mention.BindNull(i++);
        ins_mention.BindNull(i++);
      }
      ins_mention.Bind(i++, CountsJson(e.counts));
      if (ins_mention.Step() != SQLITE_DONE) return fail(ins_mention.Error(doc->path));
    }
    ++n_added;
  }
  Status st = sql::Exec(db_, "COMMIT", "event store");
  if (!st.ok()) return fail(st);
  if (added) *added = n_added;
  if (skipped) *skipped = n_skipped;
  return Status::Ok();
}

Result<std::vector<StoredEvent>> EventStore::Query(const EventFilter& f, int64_t limit) const {
  std::string where;
  std::vector<std::string> args;
  BuildWhere(f, &where, &args);
  std::string q = fmt::format(
      "SELECT e.id, e.event_date, e.date_precision, e.source, e.target, e.code, e.root, e.quad_class, "
      "e.goldstein, e.plover_event, e.plover_mode, e.place_name, e.lat, e.lon, e.country, e.admin1, "
      "e.fatalities, e.injuries, e.mentions, d.doc_id, s.text, m.source_text, m.target_text, m.verb_text, "
      "m.pattern "
      "FROM (SELECT * FROM events {} ORDER BY event_date, id {}) e "
      "JOIN mentions m ON m.id = (SELECT min(id) FROM mentions WHERE event = e.id) "
      "JOIN documents d ON d.id = m.document "
      "LEFT JOIN sentences s ON s.document = m.document AND s.idx = m.sentence_index "
      "ORDER BY e.event_date, e.id",
      where, limit >= 0 && !f.near_km ? fmt::format("LIMIT {}", limit) : "");
  sql::Stmt s(db_, q);
  if (!s.ok()) return s.status();
  for (size_t i = 0; i < args.size(); ++i) s.Bind(static_cast<int>(i) + 1, args[i]);
  std::vector<StoredEvent> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    StoredEvent e;
    int c = 0;
    e.id = s.ColumnInt(c++);
    e.event_date = s.ColumnText(c++);
    e.date_precision = s.ColumnText(c++);
    e.source = s.ColumnText(c++);
    e.target = s.ColumnText(c++);
    e.code = s.ColumnText(c++);
    e.root = s.ColumnText(c++);
    e.quad_class = static_cast<int>(s.ColumnInt(c++));
    e.goldstein = s.ColumnDouble(c++);
    e.plover_event = s.ColumnText(c++);
    e.plover_mode = s.ColumnText(c++);
    e.place_name = s.ColumnText(c++);
    if (!s.IsNull(c)) e.lat = s.ColumnDouble(c);
    ++c;
    if (!s.IsNull(c)) e.lon = s.ColumnDouble(c);
    ++c;
    e.country = s.ColumnText(c++);
    e.admin1 = s.ColumnText(c++);
    if (!s.IsNull(c)) e.fatalities = s.ColumnInt(c);
    ++c;
    if (!s.IsNull(c)) e.injuries = s.ColumnInt(c);
    ++c;
    e.mentions = static_cast<int>(s.ColumnInt(c++));
    e.doc_id = s.ColumnText(c++);
    e.sentence = s.ColumnText(c++);
    e.source_text = s.ColumnText(c++);
    e.target_text = s.ColumnText(c++);
    e.verb_text = s.ColumnText(c++);
    e.pattern = s.ColumnText(c++);
    if (f.near_km && e.lat && e.lon && HaversineKm(*f.near_lat, *f.near_lon, *e.lat, *e.lon) > *f.near_km) continue;
    out.push_back(std::move(e));
    if (limit >= 0 && static_cast<int64_t>(out.size()) >= limit) break;
  }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) return s.Error("query");
  return out;
}

namespace {

// The SQL behind Stats and its bound arguments. Months group on events.month
// (read from the covering index events_month in group order); the mean is
// computed by the caller as sum / count, which is what avg() computes, and
// quad classes are counted with FILTER (a quarter cheaper than sum(q = k)).
std::string StatsSql(const EventFilter& f, Period by, bool by_dyad, std::vector<std::string>* args) {
  std::string where;
  BuildWhere(f, &where, args, by == Period::kMonth);
  std::string period;
  switch (by) {
    case Period::kDay: period = "event_date"; break;
    case Period::kWeek: period = "date(event_date, '-6 days', 'weekday 1')"; break;
    case Period::kMonth: period = "month"; break;
  }
  std::string dyad_cols = by_dyad ? ", source, target" : ", '', ''";
  std::string group = by_dyad ? "1, 2, 3" : "1";
  return fmt::format(
      "SELECT {} AS period{}, count(*), sum(goldstein), "
      "count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
      "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4) "
      "FROM events {} GROUP BY {} ORDER BY {}",
      period, dyad_cols, where, group, group);
}

}  // namespace

Result<std::vector<StatsRow>> EventStore::Stats(const EventFilter& f, Period by, bool by_dyad) const {
  std::vector<std::string> args;
  sql::Stmt s(db_, StatsSql(f, by, by_dyad, &args));
  if (!s.ok()) return s.status();
  for (size_t i = 0; i < args.size(); ++i) s.Bind(static_cast<int>(i) + 1, args[i]);
  std::vector<StatsRow> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    StatsRow r;
    if (by == Period::kMonth) {
      int64_t m = s.ColumnInt(0);
      r.period = fmt::format("{:04d}-{:02d}", m / 100, m % 100);
    } else {
      r.period = s.ColumnText(0);
    }
    r.source = s.ColumnText(1);
    r.target = s.ColumnText(2);
    r.events = s.ColumnInt(3);
    r.goldstein_sum = s.ColumnDouble(4);
    r.goldstein_mean = r.events ? r.goldstein_sum / static_cast<double>(r.events) : 0;
    for (int q4 = 1; q4 <= 4; ++q4) r.quad[q4] = s.ColumnInt(4 + q4);
    out.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return s.Error("stats");
  return out;
}

Result<std::string> EventStore::ExplainStats(const EventFilter& f, Period by, bool by_dyad) const {
  std::vector<std::string> args;
  sql::Stmt s(db_, "EXPLAIN QUERY PLAN " + StatsSql(f, by, by_dyad, &args));
  if (!s.ok()) return s.status();
  for (size_t i = 0; i < args.size(); ++i) s.Bind(static_cast<int>(i) + 1, args[i]);
  std::string plan;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) plan += s.ColumnText(3) + "\n";
  if (rc != SQLITE_DONE) return s.Error("stats plan");
  return plan;
}

Result<StoreSummary> EventStore::Summary() const {
  StoreSummary sum;
  auto d = sql::QueryInt(db_, "SELECT count(*) FROM documents", "event store");
  auto e = sql::QueryInt(db_, "SELECT count(*) FROM events", "event store");
  auto m = sql::QueryInt(db_, "SELECT count(*) FROM mentions", "event store");
  if (!d.ok()) return d.status();
  if (!e.ok()) return e.status();
  if (!m.ok()) return m.status();
  sum.documents = *d;
  sum.events = *e;
  sum.mentions = *m;
  return sum;
}

Result<std::vector<std::pair<std::string, int64_t>>> EventStore::TopDyads(const EventFilter& f, int n) const {
  std::string where;
  std::vector<std::string> args;
  BuildWhere(f, &where, &args);
  sql::Stmt s(db_, fmt::format("SELECT source || ' -> ' || target, count(*) AS c FROM events {} AND source != '' "
                               "AND target != '' GROUP BY source, target ORDER BY c DESC, 1 LIMIT {}",
                               where, n));
  if (!s.ok()) return s.status();
  for (size_t i = 0; i < args.size(); ++i) s.Bind(static_cast<int>(i) + 1, args[i]);
  std::vector<std::pair<std::string, int64_t>> out;
  while (s.Step() == SQLITE_ROW) out.emplace_back(s.ColumnText(0), s.ColumnInt(1));
  return out;
}

Result<std::vector<std::pair<std::string, int64_t>>> EventStore::RootCounts(const EventFilter& f) const {
  std::string where;
  std::vector<std::string> args;
  BuildWhere(f, &where, &args);
  sql::Stmt s(db_, fmt::format("SELECT root, count(*) FROM events {} GROUP BY root ORDER BY root", where));
  if (!s.ok()) return s.status();
  for (size_t i = 0; i < args.size(); ++i) s.Bind(static_cast<int>(i) + 1, args[i]);
  std::vector<std::pair<std::string, int64_t>> out;
  while (s.Step() == SQLITE_ROW) out.emplace_back(s.ColumnText(0), s.ColumnInt(1));
  return out;
}

}  // namespace dyad
