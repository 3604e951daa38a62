// AttachPlaces: gives each event of a document its place.
//
// In order: the place phrase whose head hangs (in the dependency parse) under
// the event's trigger and not under another event's trigger (the most
// specific one when several: a town before a province before a country);
// else the sentence's place when it names exactly one (in an unparsed
// sentence with several, the locative place nearest the trigger); else the
// article's main place: the dateline city ("BAGHDAD, Jan 25 (Reuters)"), else
// the most mentioned place.
#ifndef DYAD_WHERE_ATTACH_PLACES_H_
#define DYAD_WHERE_ATTACH_PLACES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"
#include "where/place_finder.h"

namespace dyad {

// Sets Event::place for the events of `doc` (leaves it unset when no place is
// known). Context countries come from the actor codes (their first three
// letters when they are a country code), the dateline and the countries the
// article names.
void AttachPlaces(const PlaceFinder& finder, Document* doc);

// The place part of a dateline paragraph ("BAGHDAD, Jan 25 (Reuters) -" ->
// "BAGHDAD"; "KYIV, Ukraine (AP) —" -> "KYIV, Ukraine"), with its byte
// offset in `paragraph`; nullopt for a date-only line.
std::optional<std::pair<std::string_view, size_t>> DatelinePlaceText(std::string_view paragraph);

// The article's main place (dateline, else most mentioned), or nullopt.
std::optional<PlaceMention> MainPlace(const PlaceFinder& finder, const Document& doc,
                                      const std::vector<std::string>& context_countries);

}  // namespace dyad

#endif  // DYAD_WHERE_ATTACH_PLACES_H_
