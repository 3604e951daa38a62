// Imports GeoNames populated places (the cities500.txt dump format: 19
// tab-separated columns) plus Dyad's country and admin1 tables into a
// GazetteerBuilder.
//
// countries file: alpha-2 <TAB> alpha-3 <TAB> names (|-separated, first is
//   the display name) <TAB> adjectives (|-separated, may be empty)
// admin1 file (optional): alpha-2 <TAB> GeoNames admin1 code <TAB> names
// A country's point is its capital (GeoNames PPLC), else its most populous
// place; an admin1 region's point is the mean of its places.
#ifndef DYAD_WHERE_GEONAMES_IMPORT_H_
#define DYAD_WHERE_GEONAMES_IMPORT_H_

#include <string>

#include "base/status.h"
#include "where/gazetteer.h"

namespace dyad {

struct GeoNamesImportOptions {
  // Alternate names are filed only for places at least this populous (or
  // capitals and admin seats); the main and ASCII names always are.
  uint32_t alternate_min_population = 5000;
};

struct GeoNamesImportStats {
  int places = 0, skipped_lines = 0, countries = 0, countries_without_point = 0, admin1 = 0;
};

// Reads the three files (admin1_path may be empty) into `b`; errors name the
// file and line.
Status ImportGeoNames(const std::string& cities_path, const std::string& countries_path,
                      const std::string& admin1_path, const GeoNamesImportOptions& opt,
                      GazetteerBuilder* b, GeoNamesImportStats* stats);

}  // namespace dyad

#endif  // DYAD_WHERE_GEONAMES_IMPORT_H_
