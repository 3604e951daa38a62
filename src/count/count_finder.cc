#include "count/count_finder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "base/strings.h"

namespace dyad {
namespace {

int Units(std::string_view w) {
  static const char* kOnes[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                "seventeen", "eighteen", "nineteen"};
  for (int i = 0; i < 20; ++i)
    if (w == kOnes[i]) return i;
  static const char* kTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (int i = 0; i < 8; ++i)
    if (w == kTens[i]) return 20 + 10 * i;
  return -1;
}

double Multiplier(std::string_view w) {
  if (w == "hundred") return 1e2;
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "mln" || w == "m") return 1e6;
  if (w == "billion" || w == "bn") return 1e9;
  return 0;
}

// Vague quantities and the lower bound Dyad records for them.
double VagueValue(std::string_view w) {
  if (w == "dozens") return 24;
  if (w == "scores") return 40;
  if (w == "hundreds") return 200;
  if (w == "thousands") return 2000;
  if (w == "millions") return 2e6;
  return 0;
}

// Words that count people killed or wounded.
Casualty CasualtyWord(std::string_view w) {
  if (OneOf(w, {"killed", "dead", "died", "deaths", "fatalities", "slain", "killing", "kills", "dying", "bodies",
             "executed", "massacred", "perished", "lives"}))
    return Casualty::kKilled;
  if (OneOf(w, {"wounded", "injured", "hurt", "injuring", "wounding", "injuries", "casualties"})) return Casualty::kWounded;
  return Casualty::kNone;
}

// Words skipped between a number and its noun ("2,500 US troops", "150 new attacks").
bool IsModifier(const Token& t, std::string_view lower) {
  if (!t.upos.empty()) return t.upos == "ADJ" || t.upos == "PROPN" || (t.upos == "VERB" && t.xpos == "VBN" && false);
  if (OneOf(lower, {"more", "additional", "other", "new", "further", "extra", "armed", "civilian", "foreign", "local",
                 "unarmed", "suspected", "alleged", "separate", "coordinated", "retaliatory", "deadly"}))
    return true;
  return !t.form.empty() && std::isupper(static_cast<unsigned char>(t.form[0]));
}

bool IsNounLike(const Token& t, std::string_view lower) {
  if (!t.upos.empty()) return t.upos == "NOUN" || (t.upos == "PROPN" && false);
  if (lower.empty() || !std::isalpha(static_cast<unsigned char>(lower[0]))) return false;
  return !OneOf(lower, {"of", "and", "or", "to", "in", "on", "at", "the", "a", "an", "were", "was", "are", "is",
                     "have", "has", "had", "people", "percent", "per", "p.m.", "a.m.", "years", "year"}) ||
         lower == "people";
}

}  // namespace

std::optional<double> ParseNumberWord(std::string_view word) {
  std::string w = AsciiLower(word);
  if (w.empty()) return std::nullopt;
  if (std::isdigit(static_cast<unsigned char>(w[0]))) {
    double v = 0;
    bool seen_dot = false;
    double frac = 0.1;
    int digits_since_comma = -1;
    for (size_t i = 0; i < w.size(); ++i) {
      char c = w[i];
      if (std::isdigit(static_cast<unsigned char>(c))) {
        if (seen_dot) {
          v += (c - '0') * frac;
          frac /= 10;
        } else {
          v = v * 10 + (c - '0');
        }
        if (digits_since_comma >= 0) ++digits_since_comma;
      } else if (c == ',' && !seen_dot) {
        if (digits_since_comma >= 0 && digits_since_comma != 3) return std::nullopt;
        digits_since_comma = 0;
      } else if (c == '.' && !seen_dot && i + 1 < w.size()) {
        if (digits_since_comma >= 0 && digits_since_comma != 3) return std::nullopt;
        seen_dot = true;
        digits_since_comma = -1;
      } else {
        return std::nullopt;
      }
    }
    if (digits_since_comma >= 0 && digits_since_comma != 3) return std::nullopt;
    return v;
  }
  if (int u = Units(w); u >= 0) return u;
  // "twenty-five"
  if (size_t dash = w.find('-'); dash != std::string::npos) {
    int tens = Units(w.substr(0, dash)), ones = Units(w.substr(dash + 1));
    if (tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10) return tens + ones;
  }
  return std::nullopt;
}

CountFinder::CountFinder() = default;

std::vector<CountMention> CountFinder::Find(const Document& doc, const Sentence& s,
                                            const std::vector<TextSpan>& exclude) const {
  std::vector<CountMention> out;
  const auto& toks = s.tokens;
  const int n = static_cast<int>(toks.size());
  std::vector<std::string> w(n);
  for (int i = 0; i < n; ++i) w[i] = AsciiLower(toks[i].form);
  auto form = [&](int i) -> std::string_view { return i >= 0 && i < n ? std::string_view(w[i]) : std::string_view(); };
  auto excluded = [&](int i) {
    for (const auto& e : exclude)
      if (toks[i].start < e.end && toks[i].end > e.start) return true;
    return false;
  };

  for (int i = 0; i < n; ++i) {
    if (excluded(i)) continue;
    int first = i, last = i;
    double value = 0;
    std::string qualifier = "exact";
    bool vague = false;
    // --- the number itself --------------------------------------------------
    if (double v = VagueValue(form(i)); v > 0) {
      // "dozens of", "hundreds of", "tens of thousands of"
      value = v;
      vague = true;
      qualifier = "at least";
      if (form(i + 1) == "of" && (form(i + 2) == "thousands" || form(i + 2) == "millions")) {
        value = 10 * VagueValue(form(i + 2));
        last = i + 2;
      }
    } else if (form(i) == "tens" && form(i + 1) == "of" && VagueValue(form(i + 2)) > 0) {
      value = 10 * VagueValue(form(i + 2));
      vague = true;
      qualifier = "at least";
      last = i + 2;
    } else if ((form(i) == "a" || form(i) == "one") && (form(i + 1) == "dozen" || form(i + 1) == "hundred" ||
                                                        form(i + 1) == "thousand")) {
      value = form(i + 1) == "dozen" ? 12 : Multiplier(form(i + 1));
      last = i + 1;
      if (form(i + 1) == "dozen") qualifier = "about";
    } else if (auto v = ParseNumberWord(toks[i].form)) {
      // "Sixty - three" split by the tokenizer.
      if (*v >= 20 && *v < 100 && static_cast<int>(*v) % 10 == 0 && form(i + 1) == "-") {
        if (auto ones = ParseNumberWord(form(i + 2)); ones && *ones >= 1 && *ones <= 9 &&
                                                      !std::isdigit(static_cast<unsigned char>(form(i + 2)[0]))) {
          *v += *ones;
          last = i + 2;
        }
      }
      // Not part of a larger token such as an ordinal, a time or money.
      if (form(i - 1) == "$" || form(i - 1) == "€" || form(i - 1) == "£" || form(i - 1) == "#" ||
          form(i - 1) == "no.")
        continue;
      value = *v;
      if (form(last + 1) == "-") continue;  // "12-14", a range or an identifier
      // "1.2 million", "five hundred", "two thousand"
      while (double m = Multiplier(form(last + 1))) {
        value *= m;
        ++last;
      }
      if (form(last + 1) == "dozen") {
        value *= 12;
        ++last;
      }
      if (OneOf(form(last + 1), {"%", "percent", "per", "p.m.", "a.m.", "pm", "am", "o'clock", "dollars", "euros",
                              "pounds", "km", "kilometres", "kilometers", "miles", "metres", "meters", "kg",
                              "tonnes", "tons", "years", "year", "months", "month", "days", "day", "hours",
                              "hour", "minutes", "weeks", "week", "-", ":", "/", "times"}))
        continue;
      if (form(i - 1) == "-" || form(i - 1) == ":" || form(i - 1) == "/") continue;
    } else {
      continue;
    }
    // --- qualifier before -------------------------------------------------
    std::string_view p1 = form(first - 1), p2 = form(first - 2);
    if (p2 == "at" && p1 == "least") { qualifier = "at least"; first -= 2; }
    else if ((p2 == "more" || p2 == "greater") && p1 == "than") { qualifier = "more than"; first -= 2; }
    else if ((p2 == "fewer" || p2 == "less") && p1 == "than") { qualifier = "less than"; first -= 2; }
    else if (p2 == "up" && p1 == "to") { qualifier = "at most"; first -= 2; }
    else if (p2 == "at" && p1 == "most") { qualifier = "at most"; first -= 2; }
    else if (p2 == "an" && p1 == "estimated") { qualifier = "about"; first -= 2; }
    else if (OneOf(p1, {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "approx.",
                     "estimated", "circa", "over", "upwards", "exceeding", "under"})) {
      qualifier = OneOf(p1, {"over", "upwards", "exceeding"}) ? "more than" : p1 == "under" ? "less than" : "about";
      first -= 1;
    } else if (vague && p1 == "several") {
      first -= 1;
    }
    // --- the unit ---------------------------------------------------------
    int j = last + 1;
    if (vague || form(j) == "of") {
      if (form(j) == "of") ++j;
      if (form(j) == "the") ++j;
    }
    int unit = -1;
    for (int k = j; k < n && k <= j + 3; ++k) {
      if (excluded(k)) break;
      std::string_view lw = form(k);
      if (CasualtyWord(lw) != Casualty::kNone && k == j) { unit = k; break; }
      if (lw == "people" || lw == "persons") { unit = k; break; }
      if (IsNounLike(toks[k], lw) && !(toks[k].upos.empty() && IsModifier(toks[k], lw))) { unit = k; break; }
      if (!IsModifier(toks[k], lw) && lw != "-") break;
    }
    if (unit < 0 && !vague) continue;  // a bare number is not a count
    // Compound nouns: "police officers", "crew members", "aid workers".
    while (unit >= 0 && unit + 1 < n && !excluded(unit + 1) &&
           ((!toks[unit + 1].upos.empty() && toks[unit].upos == "NOUN" && toks[unit + 1].upos == "NOUN") ||
            (toks[unit + 1].upos.empty() &&
             OneOf(form(unit + 1), {"officers", "members", "workers", "personnel", "forces", "troops", "soldiers",
                                 "fighters", "officials", "staff", "guards", "agents", "volunteers"}))))
      ++unit;
    CountMention m;
    m.count.value = static_cast<int64_t>(std::llround(value));
    m.count.qualifier = qualifier;
    m.count.unit = unit >= 0 ? w[unit] : std::string();
    m.first_token = first;
    m.last_token = unit >= 0 ? unit : last;
    m.unit_token = unit;
    m.count.span = {toks[first].start, toks[m.last_token].end};
    // --- killed / wounded ----------------------------------------------------
    Casualty c = unit >= 0 ? CasualtyWord(w[unit]) : Casualty::kNone;
    int after = m.last_token + 1;
    if (c == Casualty::kNone) {
      // "killing 12 civilians", "killed at least 12 people", "wounding 30"
      int k = first - 1;
      if (k >= 0 && CasualtyWord(form(k)) != Casualty::kNone &&
          OneOf(form(k), {"killing", "killed", "wounding", "injuring", "wounded", "injured", "kills"}))
        c = CasualtyWord(form(k));
    }
    if (c == Casualty::kNone) {
      // "12 people were killed", "12 soldiers died", "leaving 5 dead"
      for (int k = after; k < n && k <= after + 3; ++k) {
        if (Casualty cw = CasualtyWord(form(k)); cw != Casualty::kNone) { c = cw; break; }
        if (!OneOf(form(k), {"were", "was", "have", "had", "been", "are", "being", "reportedly", "also", "later",
                          "and"}))
          break;
      }
    }
    if (c != Casualty::kNone && unit >= 0 && CasualtyWord(w[unit]) == Casualty::kNone &&
        !OneOf(w[unit], {"people", "persons", "civilians", "soldiers", "troops", "police", "policemen", "officers",
                      "children", "women", "men", "fighters", "militants", "protesters", "demonstrators",
                      "members", "workers", "journalists", "passengers", "residents", "villagers", "students",
                      "rebels", "insurgents", "gunmen", "attackers", "refugees", "migrants", "personnel",
                      "servicemen", "guards", "worshippers", "pilgrims", "patients", "staff", "others"}))
      c = Casualty::kNone;  // "3 buildings were destroyed and ..." is not a casualty count
    m.casualty = c;
    i = m.last_token;
    out.push_back(std::move(m));
  }
  (void)doc;
  return out;
}

}  // namespace dyad
