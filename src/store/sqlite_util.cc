#include "store/sqlite_util.h"

#include <fmt/format.h>

namespace dyad::sql {

Status Exec(sqlite3* db, const std::string& sql, const std::string& what) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    return IoError(fmt::format("{}: {}", what, msg));
  }
  return Status::Ok();
}

Result<int64_t> QueryInt(sqlite3* db, const std::string& sql, const std::string& what) {
  Stmt s(db, sql);
  if (!s.ok()) return IoError(fmt::format("{}: {}", what, s.status().message()));
  int rc = s.Step();
  if (rc == SQLITE_ROW) return s.ColumnInt(0);
  if (rc == SQLITE_DONE) return int64_t{0};
  return s.Error(what);
}

Result<std::string> QueryText(sqlite3* db, const std::string& sql, const std::string& what) {
  Stmt s(db, sql);
  if (!s.ok()) return IoError(fmt::format("{}: {}", what, s.status().message()));
  int rc = s.Step();
  if (rc == SQLITE_ROW) return s.ColumnText(0);
  if (rc == SQLITE_DONE) return std::string();
  return s.Error(what);
}

Stmt::Stmt(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK) {
    status_ = IoError(fmt::format("SQL prepare failed: {}", sqlite3_errmsg(db)));
    stmt_ = nullptr;
  }
}
Stmt::~Stmt() { sqlite3_finalize(stmt_); }
void Stmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}
void Stmt::Bind(int i, std::string_view v) {
  sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}
void Stmt::Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
void Stmt::Bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
void Stmt::BindNull(int i) { sqlite3_bind_null(stmt_, i); }
int Stmt::Step() { return sqlite3_step(stmt_); }
int64_t Stmt::ColumnInt(int c) const { return sqlite3_column_int64(stmt_, c); }
double Stmt::ColumnDouble(int c) const { return sqlite3_column_double(stmt_, c); }
std::string Stmt::ColumnText(int c) const {
  const unsigned char* t = sqlite3_column_text(stmt_, c);
  return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(stmt_, c)) : std::string();
}
bool Stmt::IsNull(int c) const { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
Status Stmt::Error(const std::string& what) const {
  return IoError(fmt::format("{}: {}", what, sqlite3_errmsg(db_)));
}

}  // namespace dyad::sql
