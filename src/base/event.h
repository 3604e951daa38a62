// Event: one coded "source -CAMEO-> target" record with its provenance.
#ifndef DYAD_BASE_EVENT_H_
#define DYAD_BASE_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"

namespace dyad {

struct TextSpan {
  uint32_t start = 0, end = 0;  // byte span in Document::text
  bool empty() const { return start == end; }
};

struct ActorRef {
  std::string code;  // "USAGOV", "IRQREB", "IMGMUSISI" ...
  std::string text;  // the words it came from
  TextSpan span;
};

struct Count {
  int64_t value = 0;
  std::string unit;       // "troops", "attacks", "killed", ...
  std::string qualifier;  // "exact", "at least", "about", "more than", "at most"
  TextSpan span;
};

struct Place {
  std::string name;
  double lat = 0, lon = 0;
  std::string country;  // ISO 3166-1 alpha-3
  std::string admin1;
  TextSpan span;
};

enum class DateSource : uint8_t { kExplicit, kRelative, kPublication };
const char* DateSourceName(DateSource s);  // "explicit", "relative", "publication"

struct Event {
  std::string doc_id;
  int sentence_index = -1;  // index into Document::sentences
  std::optional<ActorRef> source, target;
  std::string code;         // CAMEO code, e.g. "0256"
  std::string root;         // "02"
  int quad_class = 0;       // 0..4
  double goldstein = 0;
  std::string plover_event, plover_mode;
  TextSpan verb;
  std::string verb_text;
  std::string pattern;      // id of the matched pattern (dictionary file:line or name)
  std::optional<Date> date; // the article's date

  // when / where / how many (src/when, src/where, counts)
  std::optional<Date> event_date;
  DateSource date_source = DateSource::kPublication;
  TextSpan date_span;
  std::optional<Place> place;
  std::vector<Count> counts;
  std::optional<int64_t> fatalities, injuries;
  int mentions = 1;
};

}  // namespace dyad

#endif  // DYAD_BASE_EVENT_H_
