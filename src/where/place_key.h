// PlaceKey: the folded form under which the gazetteer files names and the
// place finder looks them up. Diacritics are stripped, case folded,
// apostrophes dropped and other punctuation ("-", ".", ",", "/") turned into
// word breaks, so "Tel Aviv-Yafo", "TEL AVIV YAFO" and "Tél Aviv Yafo" share
// the key "tel aviv yafo", and the tokens "St." "Louis" give "st louis".
#ifndef DYAD_WHERE_PLACE_KEY_H_
#define DYAD_WHERE_PLACE_KEY_H_

#include <string>
#include <string_view>

namespace dyad {

// The folded key of `name` (may be empty when `name` has no letters or digits).
std::string PlaceKey(std::string_view name);

}  // namespace dyad

#endif  // DYAD_WHERE_PLACE_KEY_H_
