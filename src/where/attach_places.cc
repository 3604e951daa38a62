#include "where/attach_places.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>

namespace dyad {
namespace {

int TokenAt(const Sentence& s, uint32_t start) {
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i)
    if (s.tokens[i].start <= start && start < s.tokens[i].end) return i;
  return -1;
}

bool Parsed(const Sentence& s) {
  for (const Token& t : s.tokens)
    if (t.head < 0) return false;
  return !s.tokens.empty();
}

// The nearest trigger above token i (i included), or -1.
int OwningTrigger(const Sentence& s, int i, const std::vector<char>& is_trigger) {
  const int n = static_cast<int>(s.tokens.size());
  for (int k = i, steps = 0; k >= 0 && k < n && steps <= n; k = s.tokens[k].head - 1, ++steps)
    if (is_trigger[k]) return k;
  return -1;
}

// Smaller is more specific.
int Specificity(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCountry: return 3;
    case PlaceKind::kAdmin1: return 2;
    default: return 1;
  }
}

bool Better(const PlaceMention& a, const PlaceMention& b) {
  if (Specificity(a.kind) != Specificity(b.kind)) return Specificity(a.kind) < Specificity(b.kind);
  if (a.locative != b.locative) return a.locative;
  return a.first_token < b.first_token;
}

std::vector<std::string> ActorCountries(const PlaceFinder& f, const Document& doc) {
  std::set<std::string> out;
  for (const Event& e : doc.events)
    for (const auto* a : {&e.source, &e.target})
      if (*a && (*a)->code.size() >= 3) {
        std::string c = (*a)->code.substr(0, 3);
        if (f.gazetteer()->CountryPlace(c)) out.insert(c);
      }
  return {out.begin(), out.end()};
}

bool IsCodedSentence(const Document& doc, const Sentence& s) {
  return s.paragraph < 0 || s.paragraph >= static_cast<int>(doc.paragraphs.size()) ||
         IsCoded(doc.paragraphs[s.paragraph].role);
}

}  // namespace

std::optional<std::pair<std::string_view, size_t>> DatelinePlaceText(std::string_view p) {
  size_t b = 0;
  while (b < p.size() && (p[b] == ' ' || p[b] == '\t' || p[b] == '\n')) ++b;
  size_t e = b;
  // The place ends at "(" (wire), a dash, or a second comma / a date.
  while (e < p.size() && p[e] != '(' && p[e] != '\n' && p.substr(e, 2) != " -" && p.substr(e, 3) != "\u2014" &&
         p.substr(e, 3) != "\u2013")
    ++e;
  std::string_view t = p.substr(b, e - b);
  // Cut before a part that starts with a digit or a month ("Jan 25").
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                        "sept", "oct", "nov", "dec"};
  size_t cut = t.size(), pos = 0;
  int part = 0;
  while (pos <= t.size()) {
    size_t c = t.find(',', pos);
    std::string_view seg = t.substr(pos, c == std::string_view::npos ? std::string_view::npos : c - pos);
    while (!seg.empty() && seg.front() == ' ') seg.remove_prefix(1);
    bool dateish = !seg.empty() && (std::isdigit(static_cast<unsigned char>(seg[0])) != 0);
    std::string low;
    for (char ch : seg.substr(0, seg.find_first_of(" .")))
      low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
    static const char* const kMonthNames[] = {"january", "february", "march", "april", "may", "june", "july",
                                              "august", "september", "october", "november", "december"};
    for (const char* m : kMonths)
      if (low == m) dateish = true;
    for (const char* m : kMonthNames)
      if (low == m) dateish = true;
    if (dateish || part >= 2) {
      cut = pos == 0 ? 0 : pos - 1;
      break;
    }
    ++part;
    if (c == std::string_view::npos) break;
    pos = c + 1;
  }
  t = t.substr(0, cut);
  while (!t.empty() && (t.back() == ' ' || t.back() == ',')) t.remove_suffix(1);
  // The place is written in capitals (or at least starts with one) and has no digits.
  if (t.empty() || !std::isupper(static_cast<unsigned char>(t[0]))) return std::nullopt;
  for (char ch : t)
    if (std::isdigit(static_cast<unsigned char>(ch))) return std::nullopt;
  return std::make_pair(t, b);
}

std::optional<PlaceMention> MainPlace(const PlaceFinder& finder, const Document& doc,
                                      const std::vector<std::string>& context_countries) {
  for (const Paragraph& p : doc.paragraphs) {
    if (p.role != Role::kDateline) continue;
    auto t = DatelinePlaceText(doc.Slice(p.start, p.end));
    if (!t) continue;
    if (auto m = finder.FindDateline(t->first, p.start + static_cast<uint32_t>(t->second))) return m;
  }
  std::map<uint32_t, std::pair<int, PlaceMention>> counts;
  for (const Sentence& s : doc.sentences) {
    if (!IsCodedSentence(doc, s)) continue;
    for (auto& m : finder.Find(doc, s, context_countries)) {
      auto it = counts.find(m.gazetteer_id);
      if (it == counts.end()) counts.emplace(m.gazetteer_id, std::make_pair(1, std::move(m)));
      else ++it->second.first;
    }
  }
  const PlaceMention* best = nullptr;
  int best_n = 0;
  for (const auto& [id, cm] : counts) {
    const auto& [n, m] = cm;
    if (!best || n > best_n ||
        (n == best_n && (Specificity(m.kind) < Specificity(best->kind) ||
                         (Specificity(m.kind) == Specificity(best->kind) && m.place.span.start < best->place.span.start))))
      best = &m, best_n = n;
  }
  if (!best) return std::nullopt;
  return *best;
}

void AttachPlaces(const PlaceFinder& finder, Document* doc) {
  if (!finder.gazetteer() || finder.gazetteer()->size() == 0) return;
  std::vector<std::string> ctx = ActorCountries(finder, *doc);

  // Dateline country and the countries the article names widen the context.
  std::set<std::string> ctx_set(ctx.begin(), ctx.end());
  std::map<int, std::vector<PlaceMention>> found;
  for (int si = 0; si < static_cast<int>(doc->sentences.size()); ++si) {
    const Sentence& s = doc->sentences[si];
    if (!IsCodedSentence(*doc, s)) continue;
    for (const auto& m : finder.Find(*doc, s, ctx)) ctx_set.insert(m.place.country);
  }
  std::optional<PlaceMention> main_place = MainPlace(finder, *doc, ctx);
  if (main_place) ctx_set.insert(main_place->place.country);
  std::vector<std::string> doc_ctx(ctx_set.begin(), ctx_set.end());

  std::map<int, std::vector<Event*>> by_sentence;
  for (Event& e : doc->events)
    if (e.sentence_index >= 0 && e.sentence_index < static_cast<int>(doc->sentences.size()))
      by_sentence[e.sentence_index].push_back(&e);
  for (auto& [si, events] : by_sentence) {
    const Sentence& s = doc->sentences[si];
    auto mentions = finder.Find(*doc, s, doc_ctx);
    const int n = static_cast<int>(s.tokens.size());
    std::vector<char> is_trigger(n, 0);
    std::map<int, std::vector<Event*>> by_trigger;
    for (Event* e : events) {
      int v = TokenAt(s, e->verb.start);
      if (v < 0) continue;
      is_trigger[v] = 1;
      by_trigger[v].push_back(e);
    }
    // 1. Places under their event's trigger.
    if (Parsed(s)) {
      std::map<int, const PlaceMention*> owned;
      for (const auto& m : mentions) {
        int trig = OwningTrigger(s, m.head_token, is_trigger);
        if (trig < 0) continue;
        auto it = owned.find(trig);
        if (it == owned.end() || Better(m, *it->second)) owned[trig] = &m;
      }
      for (const auto& [trig, m] : owned)
        for (Event* e : by_trigger[trig]) e->place = m->place;
    }
    // 2. The sentence's one place, or the locative place nearest the trigger.
    std::set<uint32_t> distinct;
    for (const auto& m : mentions) distinct.insert(m.gazetteer_id);
    for (Event* e : events) {
      if (e->place) continue;
      if (distinct.size() == 1) {
        e->place = mentions.front().place;
        continue;
      }
      int v = TokenAt(s, e->verb.start);
      const PlaceMention* near = nullptr;
      if (v >= 0 && !Parsed(s)) {
        for (const auto& m : mentions) {
          if (!m.locative) continue;
          if (!near || std::abs(m.first_token - v) < std::abs(near->first_token - v)) near = &m;
        }
      }
      if (near) e->place = near->place;
    }
    // 3. The article's main place.
    for (Event* e : events)
      if (!e->place && main_place) e->place = main_place->place;
  }
}

}  // namespace dyad
