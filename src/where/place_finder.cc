#include "where/place_finder.h"

#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>

#include "where/place_key.h"

namespace dyad {
namespace {

using Words = std::set<std::string_view>;

// Words that govern a place: "in Baghdad", "near Mosul", "outside Kyiv".
const Words& LocativePreps() {
  static const Words w = {"in", "near", "outside", "at", "from", "to", "into", "across", "around", "toward",
                          "towards", "through", "throughout", "within", "inside", "along", "via", "off",
                          "beyond", "nearby", "amid", "onto", "out", "past", "en", "reached", "entered",
                          "visited", "visiting", "entering", "arrived", "leaving", "left", "fled"};
  return w;
}

// Nouns that make "<noun> of X" a place phrase ("the city of Fallujah").
const Words& PlaceNouns() {
  static const Words w = {"city", "town", "village", "capital", "province", "region", "district", "governorate",
                          "state", "county", "outskirts", "suburbs", "suburb", "port", "municipality",
                          "neighbourhood", "neighborhood", "centre", "center", "heart", "streets", "area",
                          "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                          "north-east", "north-west", "south-east", "south-west", "part", "parts", "edge",
                          "vicinity", "environs", "settlement", "camp", "border", "island", "hamlet",
                          "republic", "kingdom", "enclave", "territory", "oblast", "prefecture", "department"};
  return w;
}

// Words that may stand between a cue and the name ("in the northern city of").
const Words& Fillers() {
  static const Words w = {"the", "of", "a", "an", "northern", "southern", "eastern", "western", "central",
                          "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
                          "north-western", "south-eastern", "south-western", "rural", "downtown", "coastal",
                          "nearby", "besieged", "occupied", "restive", "embattled", "key", "strategic",
                          "frontline", "front-line", "disputed", "border", "port", "mountainous", "remote",
                          "southern-most", "largest", "second-largest", "small", "big", "major", "ancient",
                          "holy", "old", "northernmost", "southernmost", "far", "upper", "lower", "greater",
                          "mainly", "predominantly", "town", "city"};
  return w;
}

// Titles before a person's name ("President Chad ...", "Mr Jordan").
const Words& Titles() {
  static const Words w = {"mr", "mrs", "ms", "dr", "sir", "president", "minister", "senator", "sen", "rep",
                          "gen", "general", "king", "queen", "prince", "princess", "sheikh", "judge", "coach",
                          "colonel", "col", "lt", "captain", "capt", "pope", "father", "saint", "st", "lord",
                          "lady", "professor", "prof", "governor", "gov", "mayor", "commander", "chief",
                          "secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson"};
  return w;
}

// Common English words (or given names) that are also names of places: they
// count as places only after a locative cue, never at the start of a sentence.
const Words& CommonWords() {
  static const Words w = {
      "of", "police", "mobile", "reading", "bath", "nice", "split", "hope", "orange", "man", "sale", "hit",
      "gap", "mission", "enterprise", "independence", "liberty", "union", "progress", "opportunity", "commerce",
      "industry", "justice", "unity", "victory", "freedom", "paradise", "eden", "university", "college",
      "colony", "buffalo", "deal", "mark", "bar", "best",
      "bad", "male", "lead", "wells", "street", "grand", "center", "central", "general", "security", "friendship",
      "concord", "harmony", "peace", "president", "royal", "media", "normal", "orient", "pride", "reform",
      "republic", "providence", "trinity", "temple", "marathon", "sandwich", "speed", "surprise", "truth",
      "welcome", "wedding", "young", "plenty", "santa", "florence", "charlotte",
      "victoria", "austin", "lincoln", "madison", "jackson", "eugene", "regina", "sydney", "orlando", "kent",
      "chelsea", "aurora", "troy", "salem", "homs", "hama", "bristol", "dallas", "houston", "phoenix", "tyre",
      "sur", "as", "is", "us", "an", "la", "el", "al", "and", "or", "on", "mine", "long", "obama", "trump",
      "putin", "biden", "modi", "assad", "hamas", "taliban", "kurdistan", "islam", "allah", "christ", "god",
      "reuters", "afp", "ap", "xinhua", "cnn", "bbc"};
  return w;
}

// People's names and generic words that are also names of (small) places:
// "to Bush", "from Paul", "in Western papers". Places only with a qualifier
// ("Warren, Michigan").
const Words& QualifiedOnly() {
  static const Words w = {
      "bush", "george", "paul", "richard", "john", "james", "david", "peter", "warren", "wilson", "terry",
      "cox", "sullivan", "bart", "brent", "everett", "weil", "arab", "english", "gas", "bay", "valley",
      "spring", "summer", "winter", "north", "south", "east", "west", "western", "eastern", "northern",
      "southern", "central", "yale", "leon", "martin", "clinton", "franklin", "hamilton", "carter", "kennedy",
      "johnson", "nixon", "reagan", "scott", "grant", "robinson", "rice", "rest", "okay", "nancy", "moro",
      "paradise", "university", "al", "christian", "muslim", "jewish", "catholic", "federal", "national",
      "wall", "park", "church", "home", "mission", "enterprise", "independence", "liberty", "union"};
  return w;
}

// Never places: months, weekdays ("in March"), continents (not in the
// gazetteer, so a town of that name would be wrong) and translated names
// that are English phrases ("White House" is an alternate name of Casablanca).
const Words& NeverPlaces() {
  static const Words w = {"january", "february", "march", "april", "may", "june", "july", "august",
                          "september", "october", "november", "december", "monday", "tuesday", "wednesday",
                          "thursday", "friday", "saturday", "sunday", "asia", "africa", "europe", "oceania",
                          "white house", "the settlement", "the hill", "the valley", "the city", "the capital",
                          "the state", "the island", "the village", "the town", "the port", "the gap"};
  return w;
}

// Country names that are also given names ("Jordan Peterson", "Chad Smith").
const Words& GivenNames() {
  static const Words w = {"jordan", "chad", "georgia", "israel", "india", "kenya", "china", "jamaica",
                          "america", "lebanon", "cuba", "sudan", "niger"};
  return w;
}

// Capitalised only because they start the sentence ("Yesterday Jordan said").
const Words& SentenceStarters() {
  static const Words w = {"the", "in", "on", "at", "yesterday", "today", "meanwhile", "but", "and", "when",
                          "as", "after", "before", "while", "since", "if", "also", "then", "now", "last",
                          "this", "earlier", "later", "separately", "officials", "neighbouring",
                          "neighboring", "both", "so", "with", "for", "from", "by", "during", "under", "a",
                          "an", "all", "only", "even", "still", "however", "instead", "elsewhere", "there"};
  return w;
}

bool IsUpperStart(std::string_view form) {
  if (form.empty()) return false;
  utf8proc_int32_t cp = 0;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(form.data()), static_cast<utf8proc_ssize_t>(form.size()),
                   &cp);
  return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

struct Candidate {
  uint32_t id;
  double score;
};

double BaseScore(const GazetteerPlace& p, bool exact_main_name) {
  double s = std::log10(static_cast<double>(p.population) + 10.0);
  switch (p.kind) {
    case PlaceKind::kCountry: s += 4; break;
    case PlaceKind::kCapital: s += 2; break;
    // Its population sums its towns: a city of the same name ("New York")
    // comes first.
    case PlaceKind::kAdmin1: s -= 1; break;
    case PlaceKind::kAdminSeat: s += 0.5; break;
    default: break;
  }
  if (exact_main_name) s += 1.5;
  return s;
}

}  // namespace

PlaceFinder::PlaceFinder(const Gazetteer* gazetteer) : gaz_(gazetteer) {}

std::vector<PlaceMention> PlaceFinder::Find(const Document& doc, const Sentence& s,
                                            const std::vector<std::string>& context_countries) const {
  std::vector<PlaceMention> out;
  if (!gaz_ || gaz_->size() == 0) return out;
  const auto& toks = s.tokens;
  const int n = static_cast<int>(toks.size());
  std::vector<std::string> key(n), low(n);
  std::vector<char> cap(n), word(n);
  for (int i = 0; i < n; ++i) {
    key[i] = PlaceKey(toks[i].form);
    low[i] = Lower(toks[i].form);
    cap[i] = IsUpperStart(toks[i].form);
    word[i] = !key[i].empty();
  }

  // Context countries: given ones plus countries and adjectives named in the
  // sentence ("the Iraqi city of ...", "Paris, Texas").
  std::set<std::string> ctx;
  for (const auto& c : context_countries) {
    if (c.size() == 3) ctx.insert(c);
    else if (auto p = gaz_->CountryPlace(c)) ctx.insert(std::string(gaz_->place(*p).country));
  }
  std::set<std::pair<std::string, std::string>> ctx_admin1;  // (ISO3, admin1) named in the sentence
  std::vector<char> adjective_tok(n, 0);
  for (int i = 0; i < n; ++i) {
    if (!cap[i]) continue;
    bool all_adj = true, any = false;
    for (const NameHit& h : gaz_->LookupKey(key[i])) {
      GazetteerPlace p = gaz_->place(h.place);
      if (h.adjective) {
        any = true;
        ctx.insert(std::string(p.country));
      } else {
        all_adj = false;
        if (p.kind == PlaceKind::kAdmin1) ctx_admin1.insert({std::string(p.country), std::string(p.admin1)});
      }
    }
    // A country adjective wins over odd alternate names ("Thai").
    if (any) adjective_tok[i] = 1;
    (void)all_adj;
  }

  const int max_words = gaz_->max_key_words();
  // Headline-style capitals: most words written in capitals.
  int caps_words = 0, words_total = 0;
  for (int i = 0; i < n; ++i) {
    if (!word[i]) continue;
    ++words_total;
    bool upper = true;
    for (char ch : toks[i].form)
      if (ch >= 'a' && ch <= 'z') upper = false;
    caps_words += upper;
  }
  const bool sentence_caps = words_total > 0 && caps_words * 2 > words_total;
  int sentence_first_word = 0;
  while (sentence_first_word < n && !word[sentence_first_word]) ++sentence_first_word;

  for (int i = 0; i < n; ++i) {
    if (!cap[i]) continue;
    // Longest gazetteer name starting at token i and ending in a capitalised word.
    std::string k;
    int best_end = -1;
    std::vector<NameHit> best_hits;
    std::string best_key;
    for (int j = i, words = 0; j < n && words < max_words; ++j) {
      if (!word[j]) {
        std::string_view f = toks[j].form;
        if (j == i || !(f == "-" || f == "'" || f == "\u2019")) break;
        continue;
      }
      k += (k.empty() ? "" : " ") + key[j];
      words += static_cast<int>(std::count(key[j].begin(), key[j].end(), ' ')) + 1;
      if (cap[j]) {
        auto hits = gaz_->LookupKey(k);
        std::erase_if(hits, [](const NameHit& h) { return h.adjective; });
        if (!hits.empty()) best_end = j, best_hits = std::move(hits), best_key = k;
      }
      if (!gaz_->HasLongerKey(k)) break;
    }
    if (best_end < 0) continue;
    const int e = best_end;
    // An adjective alone is context, not a place ("Saudi Arabia" is one).
    if (adjective_tok[i] && e == i) continue;

    // Cue: walk left over fillers to a locative word or "<place noun> of".
    bool locative = false;
    std::set<std::string> local_ctx;
    int left = i - 1;
    for (int steps = 0; left >= 0 && steps < 6; --left, ++steps) {
      const std::string& w = low[left];
      if (adjective_tok[left]) {
        for (const NameHit& h : gaz_->LookupKey(key[left])) local_ctx.insert(std::string(gaz_->place(h.place).country));
        continue;
      }
      if (LocativePreps().count(w)) {
        locative = true;
        break;
      }
      if (w == "of" && left > 0 && PlaceNouns().count(low[left - 1])) {
        locative = true;
        // Keep looking left for an adjective ("the Canadian city of London").
        for (int k = left - 2; k >= 0 && k >= left - 5; --k) {
          if (adjective_tok[k]) {
            for (const NameHit& h : gaz_->LookupKey(key[k])) local_ctx.insert(std::string(gaz_->place(h.place).country));
            break;
          }
          if (!Fillers().count(low[k])) break;
        }
        break;
      }
      if (!Fillers().count(w) && !PlaceNouns().count(w)) break;
    }
    const bool initial = i == sentence_first_word;
    const std::string& first_low = low[i];
    // The word before is part of a proper name or a title ("Michael Jordan",
    // "President Chad")?
    bool name_before = false;
    if (i > 0 && !locative) {
      int b = i - 1;
      if (Titles().count(low[b])) name_before = true;
      else if (cap[b] && word[b] && !adjective_tok[b] && !(!out.empty() && out.back().last_token == b) &&
               !(b == sentence_first_word && SentenceStarters().count(low[b])))
        name_before = true;
    }
    // A capitalised word after ("Paris Hilton", "Jordan Peterson", "New York Times").
    bool name_after = false;
    if (e + 1 < n && cap[e + 1] && word[e + 1]) name_after = true;

    // Qualifier ", Texas" / ", Iraq" right after the name.
    int qual_end = -1;
    std::vector<std::pair<std::string, std::string>> quals;  // (ISO3, admin1 or "")
    if (e + 2 < n && toks[e + 1].form == ",") {
      std::string qk;
      for (int j = e + 2; j < n && j < e + 5; ++j) {
        if (!word[j] || !cap[j]) break;
        qk += (qk.empty() ? "" : " ") + key[j];
        std::vector<std::pair<std::string, std::string>> q;
        for (const NameHit& h : gaz_->LookupKey(qk)) {
          GazetteerPlace p = gaz_->place(h.place);
          if (!h.adjective && (p.kind == PlaceKind::kCountry || p.kind == PlaceKind::kAdmin1))
            q.emplace_back(std::string(p.country), p.kind == PlaceKind::kAdmin1 ? std::string(p.admin1) : "");
        }
        if (!q.empty()) qual_end = j, quals = std::move(q);
      }
    }

    // Score candidates.
    Candidate best{0, -1e9};
    bool qualifier_used = false;
    for (const NameHit& h : best_hits) {
      GazetteerPlace p = gaz_->place(h.place);
      bool exact = PlaceKey(p.name) == best_key;
      double sc = BaseScore(p, exact);
      std::string c(p.country);
      if (ctx.count(c)) sc += 3;
      if (local_ctx.count(c)) sc += 4;
      if (ctx_admin1.count({c, std::string(p.admin1)}) && p.kind != PlaceKind::kAdmin1) sc += 4;
      bool q = false;
      for (const auto& [qc, qa] : quals)
        if (p.kind != PlaceKind::kCountry && c == qc && (qa.empty() || qa == p.admin1)) q = true;
      if (q) sc += 10;
      if (sc > best.score) best = {h.place, sc}, qualifier_used = q;
    }
    GazetteerPlace p = gaz_->place(best.id);

    // Accept or reject the mention.
    bool accept;
    const bool big = p.kind == PlaceKind::kCountry || p.kind == PlaceKind::kCapital ||
                     p.kind == PlaceKind::kAdmin1 || p.population >= 100000;
    const bool single = i == e;
    const bool common = CommonWords().count(best_key) > 0;
    (void)first_low;
    // Matched only by an alternate name: small places' alternates are too
    // often people or words ("Richard", "The Settlement").
    const bool alternate_only = PlaceKey(p.name) != best_key;
    // A short all-capital token ("UN", "ENA") is an acronym unless it names a
    // country ("US", "UK") or the whole sentence is in capitals.
    bool acronym = false;
    if (single && toks[i].form.size() <= 4 && !sentence_caps) {
      acronym = true;
      for (char ch : toks[i].form)
        if (!(ch >= 'A' && ch <= 'Z') && ch != '.') acronym = false;
    }
    // Alternate names must belong to a sizeable place and not be short
    // ("Okay", "Rest" and "Maw" are alternates of Asian cities).
    const bool weak_alternate =
        alternate_only && p.kind != PlaceKind::kCountry &&
        (p.population < 100000 || (best_key.size() <= 4 && p.kind != PlaceKind::kCapital) || (!locative && !qualifier_used && p.population < 1000000));
    if (NeverPlaces().count(best_key) || weak_alternate || (acronym && p.kind != PlaceKind::kCountry)) {
      accept = false;
    } else if (QualifiedOnly().count(best_key)) {
      accept = qualifier_used;
    } else if (name_before) {
      accept = false;
    } else if (qualifier_used) {
      accept = true;
    } else if (locative) {
      // "to Cherokee Finance": a small place before a capitalised word is
      // more likely part of another name.
      accept = !(common && initial) && !(name_after && !big);
    } else if (common) {
      accept = false;
    } else if (name_after) {
      // "Paris Hilton", "Jordan Peterson"; a country as a modifier ("Iraq
      // War", "U.S. President") is still a place when it is not a given name.
      accept = p.kind == PlaceKind::kCountry && !GivenNames().count(best_key);
    } else if (initial) {
      accept = p.kind == PlaceKind::kCountry || p.kind == PlaceKind::kCapital || p.population >= 1000000 ||
               (e + 1 < n && toks[e + 1].form == ",");  // dateline style "BAGHDAD, ..."
      accept = accept && big;
    } else {
      accept = big;
    }
    if (!accept) continue;

    PlaceMention m;
    m.gazetteer_id = best.id;
    m.kind = p.kind;
    m.first_token = i;
    m.last_token = qualifier_used ? qual_end : e;
    m.locative = locative;
    m.score = best.score;
    m.place.name = std::string(p.name);
    m.place.lat = p.lat;
    m.place.lon = p.lon;
    m.place.country = std::string(p.country);
    m.place.admin1 = std::string(p.admin1);
    m.place.span = {toks[i].start, toks[m.last_token].end};
    // Head: the token of the name whose parse head lies outside it.
    m.head_token = e;
    bool parsed = true;
    for (int t = i; t <= e; ++t) parsed = parsed && toks[t].head >= 0;
    if (parsed) {
      for (int t = i; t <= e; ++t) {
        int h = toks[t].head - 1;
        if (h < i || h > e) {
          m.head_token = t;
          break;
        }
      }
    }
    out.push_back(std::move(m));
    i = out.back().last_token;
  }
  (void)doc;
  return out;
}

std::optional<PlaceMention> PlaceFinder::FindDateline(std::string_view text, uint32_t offset) const {
  if (!gaz_ || gaz_->size() == 0) return std::nullopt;
  size_t comma = text.find(',');
  std::string_view head = text.substr(0, comma);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  std::vector<std::pair<std::string, std::string>> quals;  // (ISO3, admin1 or "")
  if (comma != std::string_view::npos) {
    std::string_view q = text.substr(comma + 1);
    q = q.substr(0, q.find(','));
    for (const NameHit& h : gaz_->Lookup(q)) {
      GazetteerPlace p = gaz_->place(h.place);
      if (h.adjective) continue;
      if (p.kind == PlaceKind::kCountry) quals.emplace_back(std::string(p.country), "");
      if (p.kind == PlaceKind::kAdmin1) quals.emplace_back(std::string(p.country), std::string(p.admin1));
    }
  }
  std::string key = PlaceKey(head);
  std::optional<PlaceMention> best;
  for (const NameHit& h : gaz_->LookupKey(key)) {
    if (h.adjective) continue;
    GazetteerPlace p = gaz_->place(h.place);
    double sc = BaseScore(p, PlaceKey(p.name) == key);
    for (const auto& [qc, qa] : quals)
      if (p.kind != PlaceKind::kCountry && p.country == qc && (qa.empty() || qa == p.admin1)) {
        sc += 10;
        break;
      }
    if (best && best->score >= sc) continue;
    PlaceMention m;
    m.gazetteer_id = h.place;
    m.kind = p.kind;
    m.score = sc;
    m.locative = true;
    m.place.name = std::string(p.name);
    m.place.lat = p.lat;
    m.place.lon = p.lon;
    m.place.country = std::string(p.country);
    m.place.admin1 = std::string(p.admin1);
    m.place.span = {offset, offset + static_cast<uint32_t>(head.size())};
    best = std::move(m);
  }
  return best;
}

}  // namespace dyad
