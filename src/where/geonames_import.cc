#include "where/geonames_import.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <vector>

#include "base/file.h"
#include "where/place_key.h"

namespace dyad {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t p = 0;
  while (true) {
    size_t q = s.find(sep, p);
    out.push_back(s.substr(p, q == std::string_view::npos ? std::string_view::npos : q - p));
    if (q == std::string_view::npos) break;
    p = q + 1;
  }
  return out;
}

template <typename F>
void ForEachLine(std::string_view text, F f) {
  int line = 0;
  size_t p = 0;
  while (p < text.size()) {
    size_t q = text.find('\n', p);
    std::string_view l = text.substr(p, q == std::string_view::npos ? std::string_view::npos : q - p);
    p = q == std::string_view::npos ? text.size() : q + 1;
    ++line;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l.empty() || l[0] == '#') continue;
    if (!f(line, l)) return;
  }
}

bool ParseDouble(std::string_view s, double* v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// Alternate names worth filing: Latin-script (the key is ASCII), no digits,
// not a short all-capitals code ("BGW", "NYC").
bool UsableAlternate(std::string_view name, const std::string& key) {
  if (key.empty() || key.size() < 2) return false;
  for (char c : key)
    if (!((c >= 'a' && c <= 'z') || c == ' ')) return false;
  bool upper = true;
  for (char c : name)
    if (c >= 'a' && c <= 'z') upper = false;
  return !(upper && name.size() <= 5);
}

}  // namespace

Status ImportGeoNames(const std::string& cities_path, const std::string& countries_path,
                      const std::string& admin1_path, const GeoNamesImportOptions& opt,
                      GazetteerBuilder* b, GeoNamesImportStats* stats) {
  *stats = {};
  auto countries = ReadFile(countries_path);
  if (!countries.ok()) return countries.status();
  struct CountryRow {
    int index;
    std::vector<std::string> names, adjectives;
  };
  std::vector<CountryRow> rows;
  Status st;
  ForEachLine(*countries, [&](int line, std::string_view l) {
    auto f = Split(l, '\t');
    if (f.size() < 3 || f[0].size() != 2 || f[1].size() != 3 || f[2].empty()) {
      st = InvalidArgument(fmt::format("{}:{}: expected alpha-2, alpha-3, names[, adjectives]", countries_path, line));
      return false;
    }
    CountryRow r{b->AddCountry(f[0], f[1]), {}, {}};
    for (auto n : Split(f[2], '|')) if (!n.empty()) r.names.emplace_back(n);
    if (f.size() > 3)
      for (auto n : Split(f[3], '|')) if (!n.empty()) r.adjectives.emplace_back(n);
    rows.push_back(std::move(r));
    return true;
  });
  DYAD_RETURN_IF_ERROR(st);

  auto cities = ReadFile(cities_path);
  if (!cities.ok()) return cities.status();
  ForEachLine(*cities, [&](int line, std::string_view l) {
    auto f = Split(l, '\t');
    double lat, lon;
    if (f.size() < 15 || !ParseDouble(f[4], &lat) || !ParseDouble(f[5], &lon) || lat < -90 || lat > 90 ||
        lon < -180 || lon > 180 || f[1].empty()) {
      st = InvalidArgument(fmt::format("{}:{}: not a GeoNames record (19 tab-separated fields with latitude "
                                       "and longitude in columns 5 and 6)", cities_path, line));
      return false;
    }
    std::string_view fcode = f[7];
    if (fcode == "PPLH" || fcode == "PPLQ" || fcode == "PPLW" || fcode == "PPLCH") {
      ++stats->skipped_lines;
      return true;
    }
    uint64_t pop = 0;
    std::from_chars(f[14].data(), f[14].data() + f[14].size(), pop);
    PlaceKind kind = fcode == "PPLC" ? PlaceKind::kCapital
                     : fcode.substr(0, 4) == "PPLA" ? PlaceKind::kAdminSeat : PlaceKind::kPopulated;
    int ci = b->CountryIndex(f[8]);
    uint32_t id = b->AddPlace(f[1], lat, lon, static_cast<uint32_t>(std::min<uint64_t>(pop, UINT32_MAX)), kind,
                              ci, f[10]);
    b->AddName(id, f[1]);
    b->AddName(id, f[2]);
    if (pop >= opt.alternate_min_population || kind != PlaceKind::kPopulated) {
      for (auto a : Split(f[3], ',')) {
        std::string key = PlaceKey(a);
        if (UsableAlternate(a, key)) b->AddName(id, a);
      }
    }
    ++stats->places;
    return true;
  });
  DYAD_RETURN_IF_ERROR(st);

  // Country points and sizes.
  size_t n_cities = b->num_places();
  std::map<int, uint32_t> capital, biggest;
  std::map<int, uint64_t> total;
  std::map<std::pair<int, std::string>, std::vector<uint32_t>> by_admin1;
  for (uint32_t p = 0; p < n_cities; ++p) {
    int c = b->country(p);
    if (c < 0) continue;
    total[c] += b->population(p);
    if (b->kind(p) == PlaceKind::kCapital && (!capital.count(c) || b->population(p) > b->population(capital[c])))
      capital[c] = p;
    if (!biggest.count(c) || b->population(p) > b->population(biggest[c])) biggest[c] = p;
    if (!b->admin1(p).empty()) by_admin1[{c, b->admin1(p)}].push_back(p);
  }
  std::vector<std::pair<std::string, uint32_t>> selftest_candidates;
  std::set<std::string> country_keys;
  for (const CountryRow& r : rows)
    for (const auto& n : r.names) country_keys.insert(PlaceKey(n));
  for (const CountryRow& r : rows) {
    ++stats->countries;
    auto it = capital.count(r.index) ? capital.find(r.index) : biggest.find(r.index);
    if (it == biggest.end()) {
      ++stats->countries_without_point;
      continue;
    }
    uint32_t at = it->second;
    uint32_t id = b->AddPlace(r.names[0], b->lat(at), b->lon(at),
                              static_cast<uint32_t>(std::min<uint64_t>(total[r.index], UINT32_MAX)),
                              PlaceKind::kCountry, r.index, "");
    b->SetCountryPlace(r.index, id);
    for (const auto& n : r.names) b->AddName(id, n);
    for (const auto& a : r.adjectives) b->AddName(id, a, /*adjective=*/true);
    b->AddSelfTest(r.names[0], b->alpha3(r.index), b->lat(at), b->lon(at));
    if (capital.count(r.index) && !country_keys.count(PlaceKey(b->name(at))))
      selftest_candidates.emplace_back(b->name(at), at);
  }
  // The most populous capitals check the city records too.
  std::sort(selftest_candidates.begin(), selftest_candidates.end(),
            [&](const auto& x, const auto& y) { return b->population(x.second) > b->population(y.second); });
  for (size_t i = 0; i < selftest_candidates.size() && i < 10; ++i) {
    uint32_t p = selftest_candidates[i].second;
    b->AddSelfTest(b->name(p), b->alpha3(b->country(p)), b->lat(p), b->lon(p));
  }

  if (!admin1_path.empty()) {
    auto admin1 = ReadFile(admin1_path);
    if (!admin1.ok()) return admin1.status();
    ForEachLine(*admin1, [&](int line, std::string_view l) {
      auto f = Split(l, '\t');
      if (f.size() < 3 || f[2].empty()) {
        st = InvalidArgument(fmt::format("{}:{}: expected alpha-2, admin1 code, names", admin1_path, line));
        return false;
      }
      int c = b->CountryIndex(f[0]);
      auto it = by_admin1.find({c, std::string(f[1])});
      if (c < 0 || it == by_admin1.end()) return true;  // no places to locate it by
      double lat = 0, lon = 0;
      uint64_t pop = 0;
      for (uint32_t p : it->second) lat += b->lat(p), lon += b->lon(p), pop += b->population(p);
      lat /= it->second.size();
      lon /= it->second.size();
      auto names = Split(f[2], '|');
      uint32_t id = b->AddPlace(names[0], lat, lon, static_cast<uint32_t>(std::min<uint64_t>(pop, UINT32_MAX)),
                                PlaceKind::kAdmin1, c, f[1]);
      for (auto n : names) if (!n.empty()) b->AddName(id, n);
      ++stats->admin1;
      return true;
    });
    DYAD_RETURN_IF_ERROR(st);
  }
  return Status::Ok();
}

}  // namespace dyad
