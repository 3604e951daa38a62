#include "filter_options.h"

#include <fmt/format.h>

#include <cstdlib>

namespace dyad::cli {

void FilterOptions::Add(CLI::App* app) {
  app->add_option("--db", db, "event database (SQLite)")->capture_default_str();
  app->add_option("--from", from, "first event date, YYYY-MM-DD (inclusive)");
  app->add_option("--to", to, "last event date, YYYY-MM-DD (inclusive)");
  app->add_option("--source", source, "source actor: exact code or prefix with * (IRQ*)");
  app->add_option("--target", target, "target actor: exact code or prefix with * (USA*)");
  app->add_option("--code", code, "CAMEO code: exact (190), root (19) or prefix (19*)");
  app->add_option("--country", country, "ISO 3166-1 alpha-3 of the event's place");
  app->add_option("--near", near, "LAT,LON,KM: events placed within KM of a point");
}

Result<EventFilter> FilterOptions::ToFilter() const {
  EventFilter f;
  if (!from.empty()) {
    f.from = Date::Parse(from);
    if (!f.from) return InvalidArgument(fmt::format("--from: '{}' is not a date (YYYY-MM-DD)", from));
  }
  if (!to.empty()) {
    f.to = Date::Parse(to);
    if (!f.to) return InvalidArgument(fmt::format("--to: '{}' is not a date (YYYY-MM-DD)", to));
  }
  f.source = source;
  f.target = target;
  f.code = code;
  f.country = country;
  if (!near.empty()) {
    double v[3];
    const char* p = near.c_str();
    for (int i = 0; i < 3; ++i) {
      char* end;
      v[i] = std::strtod(p, &end);
      if (end == p || (i < 2 && *end != ',') || (i == 2 && *end != '\0'))
        return InvalidArgument(fmt::format("--near: '{}' is not LAT,LON,KM", near));
      p = end + 1;
    }
    if (v[0] < -90 || v[0] > 90 || v[1] < -180 || v[1] > 180 || v[2] <= 0)
      return InvalidArgument(fmt::format("--near: '{}' is out of range", near));
    f.near_lat = v[0];
    f.near_lon = v[1];
    f.near_km = v[2];
  }
  return f;
}

}  // namespace dyad::cli
