// `dyad gazetteer build|lookup|find`: compile the place index from GeoNames
// data and Dyad's country tables (src/where/geonames_import.h), look a name
// up, or show the places found in a sentence.
#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <string>

#include "base/document.h"
#include "base/file.h"
#include "base/paths.h"
#include "command.h"
#include "text/tokenizer.h"
#include "where/gazetteer.h"
#include "where/geonames_import.h"
#include "where/place_finder.h"

namespace dyad::cli {
namespace {

struct GazOptions {
  std::string cities, countries, admin1, out, index;
  std::vector<std::string> names, context;
  uint32_t alt_min_pop = 5000;
};

int RunBuild(const GazOptions& o) {
  auto t0 = std::chrono::steady_clock::now();
  GazetteerBuilder b;
  GeoNamesImportStats stats;
  GeoNamesImportOptions opt;
  opt.alternate_min_population = o.alt_min_pop;
  Status st = ImportGeoNames(o.cities, o.countries, o.admin1, opt, &b, &stats);
  if (!st.ok()) {
    std::cerr << "dyad gazetteer build: " << st.message() << "\n";
    return kExitLoad;
  }
  std::string bytes = b.Serialize();
  // Check what was written before replacing the old index.
  auto check = Gazetteer::FromBytes(bytes, o.out);
  if (!check.ok()) {
    std::cerr << "dyad gazetteer build: the new index fails its self-test: " << check.status().message() << "\n";
    return kExitSkipped;
  }
  st = WriteFile(o.out, bytes);
  if (!st.ok()) {
    std::cerr << "dyad gazetteer build: " << st.message() << "\n";
    return kExitLoad;
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cerr << fmt::format(
      "dyad gazetteer build: {} places ({} source lines skipped), {} countries ({} without a point), {} admin1 "
      "regions -> {} ({:.1f} MB) in {:.1f} s\n",
      stats.places, stats.skipped_lines, stats.countries, stats.countries_without_point, stats.admin1, o.out,
      bytes.size() / 1e6, s);
  return kExitOk;
}

Result<Gazetteer> Open(const GazOptions& o) {
  return Gazetteer::Load(o.index.empty() ? DataPath("models/gazetteer.bin") : o.index);
}

int RunLookup(const GazOptions& o) {
  auto g = Open(o);
  if (!g.ok()) {
    std::cerr << "dyad gazetteer lookup: " << g.status().message() << "\n";
    return kExitLoad;
  }
  int missing = 0;
  for (const std::string& name : o.names) {
    auto hits = g->Lookup(name);
    if (hits.empty()) ++missing;
    for (const NameHit& h : hits) {
      GazetteerPlace p = g->place(h.place);
      std::cout << fmt::format("{}\t{}\t{:.5f}\t{:.5f}\t{}\t{}\t{}\t{}{}\n", name, p.name, p.lat, p.lon, p.country,
                               p.admin1, p.population, PlaceKindName(p.kind), h.adjective ? "\tadjective" : "");
    }
  }
  return missing ? kExitSkipped : kExitOk;
}

int RunFind(const GazOptions& o) {
  auto g = Open(o);
  if (!g.ok()) {
    std::cerr << "dyad gazetteer find: " << g.status().message() << "\n";
    return kExitLoad;
  }
  PlaceFinder finder(&*g);
  for (const std::string& text : o.names) {
    Document d;
    d.text = text;
    Sentence s;
    s.end = static_cast<uint32_t>(text.size());
    Tokenizer().Tokenize(d.text, 0, s.end, &s.tokens);
    for (const PlaceMention& m : finder.Find(d, s, o.context))
      std::cout << fmt::format("{}\t{}\t{:.5f}\t{:.5f}\t{}\t{}\t{}\n", d.Slice(m.place.span.start, m.place.span.end),
                               m.place.name, m.place.lat, m.place.lon, m.place.country, m.place.admin1,
                               m.locative ? "locative" : "bare");
  }
  return kExitOk;
}

void Setup(CLI::App* sub, int* rc) {
  sub->require_subcommand(1);
  auto o = std::make_shared<GazOptions>();
  CLI::App* build = sub->add_subcommand("build", "compile the place index from GeoNames cities500 and country tables");
  build->add_option("--cities", o->cities, "GeoNames cities500.txt")->required();
  build->add_option("--countries", o->countries, "countries.tsv (tools/gazetteer/countries.py)")->required();
  build->add_option("--admin1", o->admin1, "admin1.tsv (tools/gazetteer/countries.py)");
  build->add_option("--out", o->out, "index to write")->required();
  build->add_option("--alternate-min-population", o->alt_min_pop,
                    "file alternate names only for places at least this populous");
  build->callback([o, rc] { *rc = RunBuild(*o); });
  CLI::App* lookup = sub->add_subcommand("lookup", "print every place filed under each name");
  lookup->add_option("names", o->names, "place names")->required();
  lookup->add_option("--index", o->index, "index (default: models/gazetteer.bin under the data root)");
  lookup->callback([o, rc] { *rc = RunLookup(*o); });
  CLI::App* find = sub->add_subcommand("find", "print the places found in each sentence");
  find->add_option("sentences", o->names, "sentences")->required();
  find->add_option("--index", o->index, "index (default: models/gazetteer.bin under the data root)");
  find->add_option("--context", o->context, "context countries (ISO codes)");
  find->callback([o, rc] { *rc = RunFind(*o); });
}

}  // namespace

DYAD_COMMAND(gazetteer, "gazetteer", "build and query the place index (GeoNames data, CC BY 4.0)", Setup);

}  // namespace dyad::cli
