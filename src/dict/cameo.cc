#include "dict/cameo.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <mutex>

#include "base/file.h"
#include "base/paths.h"
#include "dict/text_util.h"

namespace dyad::dict {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t t = s.find('\t', start);
    out.push_back(s.substr(start, t == std::string_view::npos ? t : t - start));
    if (t == std::string_view::npos) break;
    start = t + 1;
  }
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

Result<CameoTable> CameoTable::Parse(std::string_view tsv, const std::string& file) {
  CameoTable t;
  LineSplitter lines(tsv);
  std::string_view line;
  while (lines.Next(&line)) {
    const int n = lines.line_number();
    if (Trim(line).empty() || StartsWith(line, "#")) continue;
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() != 7)
      return DataLoss(fmt::format("{}:{}: expected 7 tab-separated columns (code root quad goldstein "
                                  "plover_event plover_mode name), got {}",
                                  file, n, f.size()));
    CameoCode c;
    c.code = std::string(f[0]);
    c.root = std::string(f[1]);
    if (!AllDigits(c.code) || c.code.size() < 2 || c.code.size() > 4)
      return DataLoss(fmt::format("{}:{}: bad CAMEO code '{}'", file, n, Clip(f[0])));
    if (c.root.size() != 2 || c.code.compare(0, 2, c.root) != 0)
      return DataLoss(fmt::format("{}:{}: root '{}' is not the first two digits of {}", file, n,
                                  Clip(f[1]), c.code));
    if (f[2].size() != 1 || f[2][0] < '0' || f[2][0] > '4')
      return DataLoss(fmt::format("{}:{}: quad class must be 0..4, got '{}'", file, n, Clip(f[2])));
    c.quad_class = f[2][0] - '0';
    if (!f[3].empty()) {
      try {
        size_t used = 0;
        c.goldstein = std::stod(std::string(f[3]), &used);
        if (used != f[3].size()) throw std::invalid_argument("trailing");
        c.has_goldstein = true;
      } catch (const std::exception&) {
        return DataLoss(fmt::format("{}:{}: bad Goldstein weight '{}'", file, n, Clip(f[3])));
      }
      if (c.goldstein < -10 || c.goldstein > 10)
        return DataLoss(fmt::format("{}:{}: Goldstein weight {} outside -10..10", file, n, c.goldstein));
    }
    c.plover_event = std::string(f[4]);
    c.plover_mode = std::string(f[5]);
    c.name = std::string(f[6]);
    if (t.index_.count(c.code))
      return DataLoss(fmt::format("{}:{}: duplicate code {}", file, n, c.code));
    t.index_[c.code] = t.codes_.size();
    t.codes_.push_back(std::move(c));
  }
  if (t.codes_.empty()) return DataLoss(fmt::format("{}: no CAMEO codes", file));
  return t;
}

Result<CameoTable> CameoTable::Load(const std::string& path) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

namespace {
struct DefaultHolder {
  std::once_flag once;
  std::optional<CameoTable> table;
  Status status;
};
DefaultHolder& Holder() {
  static DefaultHolder h;
  return h;
}
void LoadDefault() {
  DefaultHolder& h = Holder();
  std::call_once(h.once, [&h] {
    Result<CameoTable> t = CameoTable::Load(DataPath("kb/cameo.tsv"));
    if (t.ok()) h.table = std::move(t.value());
    else h.status = t.status();
  });
}
}  // namespace

const CameoTable* CameoTable::Default() {
  LoadDefault();
  return Holder().table ? &*Holder().table : nullptr;
}

Status CameoTable::DefaultStatus() {
  LoadDefault();
  return Holder().status;
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &codes_[it->second];
}

std::string CameoTable::Root(std::string_view code) const {
  const CameoCode* c = Find(code);
  return c ? c->root : "";
}

}  // namespace dyad::dict
