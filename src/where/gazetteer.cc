#include "where/gazetteer.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>

#include "base/binary_io.h"
#include "base/paths.h"
#include "where/place_key.h"

namespace dyad {
namespace {

constexpr size_t kPlaceRec = 24, kCountryRec = 12, kKeyRec = 12;
constexpr uint32_t kAdjBit = 0x80000000u;
const char* const kSections[] = {"strings", "places", "countries", "keys", "postings", "meta", "selftest"};

template <typename T>
T At(std::string_view s, size_t off) {
  T v;
  std::memcpy(&v, s.data() + off, sizeof(T));
  return v;
}

double Rad(double d) { return d * M_PI / 180.0; }
double Km(double lat1, double lon1, double lat2, double lon2) {
  double a = std::sin(Rad(lat2 - lat1) / 2), b = std::sin(Rad(lon2 - lon1) / 2);
  double h = a * a + std::cos(Rad(lat1)) * std::cos(Rad(lat2)) * b * b;
  return 2 * 6371.0 * std::asin(std::sqrt(std::min(1.0, h)));
}

}  // namespace

const char* PlaceKindName(PlaceKind k) {
  switch (k) {
    case PlaceKind::kPopulated: return "populated";
    case PlaceKind::kAdminSeat: return "admin_seat";
    case PlaceKind::kCapital: return "capital";
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kAdmin1: return "admin1";
  }
  return "?";
}

struct Gazetteer::Storage {
  std::string owned;
  void* map = nullptr;
  size_t map_size = 0;
  std::string_view bytes() const {
    return map ? std::string_view(static_cast<const char*>(map), map_size) : std::string_view(owned);
  }
  ~Storage() {
    if (map) munmap(map, map_size);
  }
};

Result<Gazetteer> Gazetteer::Load(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return NotFound(fmt::format("{}: gazetteer index not found", path));
    return IoError(fmt::format("{}: cannot open gazetteer index: {}", path, std::strerror(errno)));
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return IoError(fmt::format("{}: not a regular file", path));
  }
  auto storage = std::make_shared<Storage>();
  if (st.st_size > 0) {
    void* m = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) {
      ::close(fd);
      return IoError(fmt::format("{}: cannot map gazetteer index: {}", path, std::strerror(errno)));
    }
    storage->map = m;
    storage->map_size = static_cast<size_t>(st.st_size);
  }
  ::close(fd);
  Gazetteer g;
  g.storage_ = std::move(storage);
  g.what_ = path;
  DYAD_RETURN_IF_ERROR(g.Init());
  return g;
}

Result<Gazetteer> Gazetteer::FromBytes(std::string bytes, const std::string& what) {
  auto storage = std::make_shared<Storage>();
  storage->owned = std::move(bytes);
  Gazetteer g;
  g.storage_ = std::move(storage);
  g.what_ = what;
  DYAD_RETURN_IF_ERROR(g.Init());
  return g;
}

Status Gazetteer::Init() {
  auto r = SectionReader::Open(storage_->bytes(), std::string_view(kMagic, 8), kVersion, what_);
  if (!r.ok()) return r.status();
  const SectionReader& sr = *r;
  std::string_view sec[7];
  uint64_t sum = 1469598103934665603ULL;
  for (int i = 0; i < 7; ++i) {
    auto s = sr.Get(kSections[i]);
    if (!s.ok()) return s.status();
    sec[i] = *s;
    sum = Fnv1a64(sec[i], sum);
  }
  auto cs = sr.Get("checksum");
  if (!cs.ok()) return cs.status();
  if (cs->size() != 8 || At<uint64_t>(*cs, 0) != sum)
    return DataLoss(fmt::format("{}: checksum mismatch (corrupt or truncated gazetteer index)", what_));
  strings_ = sec[0];
  places_ = sec[1];
  countries_ = sec[2];
  keys_ = sec[3];
  postings_ = sec[4];
  selftest_ = sec[6];
  if (places_.size() % kPlaceRec || countries_.size() % kCountryRec || keys_.size() % kKeyRec ||
      postings_.size() % 4 || sec[5].size() < 4)
    return DataLoss(fmt::format("{}: section sizes are not whole records", what_));
  num_places_ = static_cast<uint32_t>(places_.size() / kPlaceRec);
  num_countries_ = static_cast<uint32_t>(countries_.size() / kCountryRec);
  num_keys_ = static_cast<uint32_t>(keys_.size() / kKeyRec);
  max_key_words_ = static_cast<int>(std::clamp<uint32_t>(At<uint32_t>(sec[5], 0), 1, 16));
  // Offsets are checked where they are read (StringAt, LookupKey, place), so
  // that loading stays O(1) in the number of records and a damaged file with
  // a matching checksum still never reads outside the mapping.
  return SelfTest();
}

std::string_view Gazetteer::StringAt(uint32_t off) const {
  if (size_t{off} + 2 > strings_.size()) return {};
  return strings_.substr(off + 2, At<uint16_t>(strings_, off));  // substr clamps the length
}

std::string_view Gazetteer::KeyAt(uint32_t i) const { return StringAt(At<uint32_t>(keys_, size_t{i} * kKeyRec)); }

GazetteerPlace Gazetteer::place(uint32_t id) const {
  GazetteerPlace p;
  if (id >= num_places_) return p;
  size_t o = size_t{id} * kPlaceRec;
  p.id = id;
  p.lat = At<int32_t>(places_, o) / 1e6;
  p.lon = At<int32_t>(places_, o + 4) / 1e6;
  p.population = At<uint32_t>(places_, o + 8);
  p.name = StringAt(At<uint32_t>(places_, o + 12));
  p.admin1 = StringAt(At<uint32_t>(places_, o + 16));
  uint16_t ci = At<uint16_t>(places_, o + 20);
  uint8_t kind = static_cast<uint8_t>(places_[o + 22]);
  p.kind = kind <= static_cast<uint8_t>(PlaceKind::kAdmin1) ? static_cast<PlaceKind>(kind) : PlaceKind::kPopulated;
  if (ci < num_countries_) {
    p.country2 = countries_.substr(size_t{ci} * kCountryRec, 2);
    p.country = countries_.substr(size_t{ci} * kCountryRec + 2, 3);
  }
  return p;
}

std::vector<NameHit> Gazetteer::LookupKey(std::string_view key) const {
  std::vector<NameHit> out;
  uint32_t lo = 0, hi = num_keys_;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (KeyAt(mid) < key) lo = mid + 1; else hi = mid;
  }
  if (lo == num_keys_ || KeyAt(lo) != key) return out;
  size_t o = size_t{lo} * kKeyRec;
  uint64_t b = At<uint32_t>(keys_, o + 4), n = At<uint32_t>(keys_, o + 8);
  const uint64_t num_postings = postings_.size() / 4;
  if (b > num_postings) return out;
  n = std::min(n, num_postings - b);
  out.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    uint32_t v = At<uint32_t>(postings_, (b + i) * 4);
    if ((v & ~kAdjBit) < num_places_) out.push_back({v & ~kAdjBit, (v & kAdjBit) != 0});
  }
  return out;
}

std::vector<NameHit> Gazetteer::Lookup(std::string_view name) const { return LookupKey(PlaceKey(name)); }

bool Gazetteer::HasLongerKey(std::string_view key) const {
  std::string probe(key);
  probe.push_back(' ');
  uint32_t lo = 0, hi = num_keys_;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (KeyAt(mid) < std::string_view(probe)) lo = mid + 1; else hi = mid;
  }
  return lo < num_keys_ && KeyAt(lo).substr(0, probe.size()) == probe;
}

std::optional<uint32_t> Gazetteer::CountryPlace(std::string_view code) const {
  for (uint32_t i = 0; i < num_countries_; ++i) {
    size_t o = size_t{i} * kCountryRec;
    bool match = code.size() == 2 ? countries_.substr(o, 2) == code
                 : code.size() == 3 ? countries_.substr(o + 2, 3) == code : false;
    if (match) {
      uint32_t p = At<uint32_t>(countries_, o + 8);
      if (p >= num_places_) return std::nullopt;
      return p;
    }
  }
  return std::nullopt;
}

std::optional<uint32_t> Gazetteer::Best(std::string_view name) const {
  std::optional<uint32_t> best;
  std::pair<int, uint32_t> best_score{-1, 0};
  for (const NameHit& h : Lookup(name)) {
    if (h.adjective) continue;
    GazetteerPlace p = place(h.place);
    int rank = p.kind == PlaceKind::kCountry ? 3 : p.kind == PlaceKind::kCapital ? 2 : 1;
    std::pair<int, uint32_t> s{rank, p.population};
    if (s > best_score) best_score = s, best = h.place;
  }
  return best;
}

Status Gazetteer::SelfTest() const {
  std::string_view rest = selftest_;
  int line = 0;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view l = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line;
    if (l.empty()) continue;
    std::vector<std::string> f;
    size_t p = 0;
    while (true) {
      size_t t = l.find('\t', p);
      f.emplace_back(l.substr(p, t == std::string_view::npos ? std::string_view::npos : t - p));
      if (t == std::string_view::npos) break;
      p = t + 1;
    }
    if (f.size() != 4) return DataLoss(fmt::format("{}: self-test line {} is malformed", what_, line));
    auto best = Best(f[0]);
    double lat = std::strtod(f[2].c_str(), nullptr), lon = std::strtod(f[3].c_str(), nullptr);
    if (!best) return DataLoss(fmt::format("{}: self-test line {}: '{}' not found", what_, line, f[0]));
    GazetteerPlace g = place(*best);
    if (g.country != f[1] || Km(g.lat, g.lon, lat, lon) > 1.0)
      return DataLoss(fmt::format("{}: self-test line {}: '{}' gives {} ({:.4f}, {:.4f}), expected {} ({}, {})",
                                  what_, line, f[0], g.country, g.lat, g.lon, f[1], f[2], f[3]));
  }
  return Status::Ok();
}

std::string DefaultGazetteerPath() {
  if (const char* env = std::getenv("DYAD_GAZETTEER"); env && *env) return env;
  return DataPath("models/gazetteer.bin");
}

// ---------------------------------------------------------------------------

int GazetteerBuilder::AddCountry(std::string_view alpha2, std::string_view alpha3) {
  int i = CountryIndex(alpha2);
  if (i >= 0) return i;
  countries_.push_back({std::string(alpha2), std::string(alpha3), UINT32_MAX});
  return static_cast<int>(countries_.size()) - 1;
}

int GazetteerBuilder::CountryIndex(std::string_view code) const {
  for (size_t i = 0; i < countries_.size(); ++i)
    if (countries_[i].a2 == code || countries_[i].a3 == code) return static_cast<int>(i);
  return -1;
}

uint32_t GazetteerBuilder::AddPlace(std::string_view name, double lat, double lon, uint32_t population,
                                    PlaceKind kind, int country_index, std::string_view admin1) {
  places_.push_back({std::string(name.substr(0, 0xFFFF)), std::string(admin1.substr(0, 0xFFFF)), lat, lon,
                     population, kind, country_index});
  return static_cast<uint32_t>(places_.size() - 1);
}

void GazetteerBuilder::SetCountryPlace(int country_index, uint32_t place) {
  if (country_index >= 0 && country_index < static_cast<int>(countries_.size()))
    countries_[country_index].place = place;
}

void GazetteerBuilder::AddName(uint32_t place, std::string_view name, bool adjective) {
  std::string key = PlaceKey(name);
  if (key.empty() || key.size() > 0xFFFF) return;
  names_.emplace_back(std::move(key), place | (adjective ? kAdjBit : 0));
}

void GazetteerBuilder::AddSelfTest(std::string_view name, std::string_view alpha3, double lat, double lon) {
  selftest_ += fmt::format("{}\t{}\t{:.6f}\t{:.6f}\n", name, alpha3, lat, lon);
}

std::string GazetteerBuilder::Serialize() const {
  ByteWriter strings, places, countries, keys, postings, meta;
  std::map<std::string, uint32_t, std::less<>> interned;
  auto intern = [&](std::string_view s) {
    auto it = interned.find(s);
    if (it != interned.end()) return it->second;
    uint32_t off = static_cast<uint32_t>(strings.data().size());
    strings.Put<uint16_t>(static_cast<uint16_t>(s.size()));
    strings.PutBytes(s);
    interned.emplace(std::string(s), off);
    return off;
  };
  for (const P& p : places_) {
    places.Put<int32_t>(static_cast<int32_t>(std::lround(p.lat * 1e6)));
    places.Put<int32_t>(static_cast<int32_t>(std::lround(p.lon * 1e6)));
    places.Put<uint32_t>(p.population);
    places.Put<uint32_t>(intern(p.name));
    places.Put<uint32_t>(intern(p.admin1));
    places.Put<uint16_t>(p.country < 0 ? 0xFFFF : static_cast<uint16_t>(p.country));
    places.Put<uint8_t>(static_cast<uint8_t>(p.kind));
    places.Put<uint8_t>(0);
  }
  for (const C& c : countries_) {
    std::string a2 = (c.a2 + "  ").substr(0, 2), a3 = (c.a3 + "   ").substr(0, 3);
    countries.PutBytes(a2);
    countries.PutBytes(a3);
    countries.PutBytes(std::string(3, '\0'));
    countries.Put<uint32_t>(c.place);
  }
  auto names = names_;
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  uint32_t max_words = 1;
  for (size_t i = 0; i < names.size();) {
    size_t j = i;
    while (j < names.size() && names[j].first == names[i].first) ++j;
    keys.Put<uint32_t>(intern(names[i].first));
    keys.Put<uint32_t>(static_cast<uint32_t>(postings.data().size() / 4));
    keys.Put<uint32_t>(static_cast<uint32_t>(j - i));
    for (size_t k = i; k < j; ++k) postings.Put<uint32_t>(names[k].second);
    max_words = std::max<uint32_t>(max_words, 1 + std::count(names[i].first.begin(), names[i].first.end(), ' '));
    i = j;
  }
  meta.Put<uint32_t>(std::min<uint32_t>(max_words, 16));
  SectionWriter w(std::string_view(Gazetteer::kMagic, 8), Gazetteer::kVersion);
  const std::string* payloads[] = {&strings.data(), &places.data(), &countries.data(), &keys.data(),
                                   &postings.data(), &meta.data(), &selftest_};
  uint64_t sum = 1469598103934665603ULL;
  for (int i = 0; i < 7; ++i) {
    w.Add(kSections[i], *payloads[i]);
    sum = Fnv1a64(*payloads[i], sum);
  }
  ByteWriter c;
  c.Put<uint64_t>(sum);
  w.Add("checksum", c.data());
  return w.data();
}

}  // namespace dyad
