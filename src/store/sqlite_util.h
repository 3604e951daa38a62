// Thin RAII helpers over the SQLite C API, used by the event store.
#ifndef DYAD_STORE_SQLITE_UTIL_H_
#define DYAD_STORE_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad::sql {

// Runs one or more statements with no results; errors name `what`.
Status Exec(sqlite3* db, const std::string& sql, const std::string& what);
// First column of the first row as integer (0 when no row).
Result<int64_t> QueryInt(sqlite3* db, const std::string& sql, const std::string& what);
// First column of the first row as text ("" when no row).
Result<std::string> QueryText(sqlite3* db, const std::string& sql, const std::string& what);

// A prepared statement. Bind indices are 1-based, columns 0-based.
class Stmt {
 public:
  Stmt(sqlite3* db, std::string_view sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  const Status& status() const { return status_; }
  void Reset();
  void Bind(int i, std::string_view v);
  void Bind(int i, const std::string& v) { Bind(i, std::string_view(v)); }
  void Bind(int i, const char* v) { Bind(i, std::string_view(v)); }
  void Bind(int i, int64_t v);
  void Bind(int i, double v);
  void BindNull(int i);
  int Step();  // SQLITE_ROW, SQLITE_DONE or an error code
  int64_t ColumnInt(int c) const;
  double ColumnDouble(int c) const;
  std::string ColumnText(int c) const;
  bool IsNull(int c) const;
  Status Error(const std::string& what) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

}  // namespace dyad::sql

#endif  // DYAD_STORE_SQLITE_UTIL_H_
