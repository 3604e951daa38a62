// Gazetteer: Dyad's compact place index (places with coordinates, country,
// admin1 and population; every name and alternate name under its PlaceKey).
//
// File format (little-endian, src/base/binary_io.h sections after the magic
// "DYADGAZ1" and format version 1):
//   strings   u16 length + bytes, referenced by offset
//   places    24-byte records: i32 lat*1e6, i32 lon*1e6, u32 population,
//             u32 name offset, u32 admin1 offset, u16 country index, u8 kind, u8 0
//   countries 12-byte records: 2-letter code, 3-letter code, 3 zero bytes,
//             u32 the country's own place id
//   keys      12-byte records sorted by key bytes: u32 key offset,
//             u32 first posting, u32 posting count
//   postings  u32 place id; the high bit marks an adjective ("Iraqi")
//   meta      u32 longest key in words
//   selftest  lines "name<TAB>ISO3<TAB>lat<TAB>lon": Load checks that the
//             top candidate for each name is that place
//   checksum  u64 FNV-1a over the other sections' payloads in order
// Load maps the file (mmap) and checks bounds, checksum and self-test; a bad
// or truncated file gives DataLoss naming the file, never a crash.
//
// Built once, then const and thread-safe.
#ifndef DYAD_WHERE_GAZETTEER_H_
#define DYAD_WHERE_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad {

enum class PlaceKind : uint8_t {
  kPopulated = 0,  // city, town, village
  kAdminSeat = 1,  // seat of an administrative division (GeoNames PPLA*)
  kCapital = 2,    // national capital (PPLC)
  kCountry = 3,
  kAdmin1 = 4,     // first-order division (state, province)
};
const char* PlaceKindName(PlaceKind k);

struct GazetteerPlace {
  uint32_t id = 0;
  std::string_view name;
  double lat = 0, lon = 0;
  uint32_t population = 0;
  PlaceKind kind = PlaceKind::kPopulated;
  std::string_view country;   // ISO 3166-1 alpha-3, "" when unknown
  std::string_view country2;  // alpha-2
  std::string_view admin1;    // GeoNames admin1 code ("TX", "07"), may be ""
};

struct NameHit {
  uint32_t place = 0;
  bool adjective = false;  // the name is an adjective of the place ("Iraqi")
};

class Gazetteer {
 public:
  static constexpr char kMagic[] = "DYADGAZ1";
  static constexpr uint32_t kVersion = 1;

  // Maps and checks the index at `path`.
  static Result<Gazetteer> Load(const std::string& path);
  // Checks an index held in memory (tests, fuzzing); `what` names it in errors.
  static Result<Gazetteer> FromBytes(std::string bytes, const std::string& what);

  uint32_t size() const { return num_places_; }
  GazetteerPlace place(uint32_t id) const;
  // Names filed under the folded key (see PlaceKey), e.g. "tel aviv".
  std::vector<NameHit> LookupKey(std::string_view key) const;
  // Folds `name` first.
  std::vector<NameHit> Lookup(std::string_view name) const;
  // Whether some key continues `key` with more words ("tel" -> "tel aviv"),
  // so that a multiword match is worth extending.
  bool HasLongerKey(std::string_view key) const;
  int max_key_words() const { return max_key_words_; }
  // The country's own place (by alpha-2 or alpha-3 code).
  std::optional<uint32_t> CountryPlace(std::string_view code) const;
  // The most likely place for a name: highest kind (country first), then population.
  std::optional<uint32_t> Best(std::string_view name) const;
  // Runs the self-test stored in the file.
  Status SelfTest() const;
  const std::string& what() const { return what_; }

 private:
  struct Storage;
  Status Init();
  std::string_view StringAt(uint32_t off) const;
  std::string_view KeyAt(uint32_t i) const;

  std::shared_ptr<const Storage> storage_;
  std::string what_;
  std::string_view strings_, places_, countries_, keys_, postings_, selftest_;
  uint32_t num_places_ = 0, num_countries_ = 0, num_keys_ = 0;
  int max_key_words_ = 1;
};

// The index the pipeline loads: $DYAD_GAZETTEER when set, else
// DataPath("models/gazetteer.bin") (built by scripts/build_gazetteer.sh).
std::string DefaultGazetteerPath();

// Collects places and names, then writes the index.
class GazetteerBuilder {
 public:
  // Registers a country; returns its index. Codes must be 2 and 3 letters.
  int AddCountry(std::string_view alpha2, std::string_view alpha3);
  int CountryIndex(std::string_view alpha2_or_3) const;  // -1 when unknown
  uint32_t AddPlace(std::string_view name, double lat, double lon, uint32_t population, PlaceKind kind,
                    int country_index, std::string_view admin1);
  void SetCountryPlace(int country_index, uint32_t place);
  // Files `name` (folded) under `place`; duplicates are dropped.
  void AddName(uint32_t place, std::string_view name, bool adjective = false);
  void AddSelfTest(std::string_view name, std::string_view alpha3, double lat, double lon);
  size_t num_places() const { return places_.size(); }
  // Place fields for the importer.
  double lat(uint32_t p) const { return places_[p].lat; }
  double lon(uint32_t p) const { return places_[p].lon; }
  uint32_t population(uint32_t p) const { return places_[p].population; }
  PlaceKind kind(uint32_t p) const { return places_[p].kind; }
  int country(uint32_t p) const { return places_[p].country; }
  const std::string& name(uint32_t p) const { return places_[p].name; }
  const std::string& admin1(uint32_t p) const { return places_[p].admin1; }
  std::string_view alpha3(int country_index) const { return countries_[country_index].a3; }

  std::string Serialize() const;

 private:
  struct P {
    std::string name, admin1;
    double lat, lon;
    uint32_t population;
    PlaceKind kind;
    int country;
  };
  struct C {
    std::string a2, a3;
    uint32_t place = UINT32_MAX;
  };
  std::vector<P> places_;
  std::vector<C> countries_;
  std::vector<std::pair<std::string, uint32_t>> names_;  // key, place | adjective bit
  std::string selftest_;
};

}  // namespace dyad

#endif  // DYAD_WHERE_GAZETTEER_H_
