// PlaceFinder: place names in a tokenized sentence ("in Baghdad", "near
// Mosul", "southern Iraq", "the Iraqi city of Fallujah", "outside Kyiv",
// "in the north of Syria", "Tel Aviv", "Paris, Texas"), looked up in the
// gazetteer and disambiguated by context countries, nearby names and
// population.
//
// Works on tokens alone (capitalisation, locative cue words); the parse is
// only used for the mention's head. Bare mentions without a cue must be a
// country, a capital or a big place; words that are also common English words
// or given names ("Mobile", "Reading", "Jordan" before a surname) need a cue.
//
// Built once; Find is const and thread-safe.
#ifndef DYAD_WHERE_PLACE_FINDER_H_
#define DYAD_WHERE_PLACE_FINDER_H_

#include <string>
#include <vector>

#include "base/document.h"
#include "where/gazetteer.h"

namespace dyad {

struct PlaceMention {
  Place place;              // name (gazetteer's), lat, lon, ISO3 country, admin1, span of the name
  uint32_t gazetteer_id = 0;
  PlaceKind kind = PlaceKind::kPopulated;
  int first_token = 0, last_token = 0;  // inclusive, in the sentence
  int head_token = 0;       // the name's head in the parse (last token when unparsed)
  bool locative = false;    // a locative cue ("in", "near", "city of") governs it
  double score = 0;         // disambiguation score of the chosen place
};

class PlaceFinder {
 public:
  // `gazetteer` must outlive the finder; nullptr gives a finder that finds nothing.
  explicit PlaceFinder(const Gazetteer* gazetteer);

  // Places in `s`. `context_countries` (ISO3 or ISO2) favour candidates in
  // those countries (the actors' and the article's).
  std::vector<PlaceMention> Find(const Document& doc, const Sentence& s,
                                 const std::vector<std::string>& context_countries = {}) const;

  // The place named by a dateline ("BAGHDAD", "KYIV, Ukraine"), if any.
  std::optional<PlaceMention> FindDateline(std::string_view dateline_place, uint32_t offset) const;

  const Gazetteer* gazetteer() const { return gaz_; }

 private:
  const Gazetteer* gaz_;
};

}  // namespace dyad

#endif  // DYAD_WHERE_PLACE_FINDER_H_
