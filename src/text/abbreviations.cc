#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace dyad::text {
namespace {

using Entry = std::pair<std::string_view, AbbrevKind>;

std::vector<Entry> BuildTable() {
  std::vector<Entry> t;
  auto add = [&](AbbrevKind k, std::initializer_list<std::string_view> words) {
    for (auto w : words) t.emplace_back(w, k);
  };
  // Titles and words that precede a name or noun phrase.
  add(AbbrevKind::kNoEnd,
      {"Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Gen", "Gens",
       "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Pfc", "Adm", "Cmdr", "Cdr", "Brig",
       "Rev", "Hon", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Amb", "Supt", "Insp",
       "Det", "Atty", "Msgr", "Fr", "Sr", "Sra", "Srta", "St", "Ste", "Mt", "Ft", "Rt",
       "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
       "e.g", "i.e", "cf", "vs", "v", "viz", "approx", "ca", "incl", "al", "ft", "Op", "Ref",
       "Sec", "Secs", "Supt", "Rd", "Ave", "Blvd", "Hwy", "Pl", "Sq", "Attn", "Re"});
  // Abbreviations only before a number.
  add(AbbrevKind::kBeforeNumber,
      {"No", "Nos", "Vol", "Vols", "Art", "Arts", "Fig", "Figs", "p", "pp", "Para", "Ch", "Chap",
       "Ex", "Nr", "Tel", "Ext", "ext", "tel", "Sect", "Pt", "Pts", "Ps", "Rs"});
  // Abbreviations that often end a sentence.
  add(AbbrevKind::kMayEnd,
      {"Inc", "Corp", "Co", "Cos", "Ltd", "Llc", "Plc", "Bros", "Jr", "Esq", "etc", "Dept", "Univ",
       "Assn", "Govt", "Mfg", "Intl", "Natl", "Ph.D", "M.D", "B.A", "M.A", "B.S", "M.S", "Ed.D",
       "LL.B", "J.D", "D.D.S", "hr", "hrs", "yr", "yrs", "mo", "mos", "wk", "wks", "min", "mins",
       "sec", "secs", "lb", "lbs", "oz", "est", "max", "misc", "dept", "govt", "Mon", "Tue",
       "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Ala", "Ariz", "Ark", "Calif",
       "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass",
       "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn",
       "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Dak", "Alta", "Ont", "Que", "Sask",
       "Mex", "Bhd", "Pty", "Pte", "Cie", "Ln", "Dist", "a.k.a", "Apt", "Bldg"});
  // Later entries (kMayEnd) lose to earlier ones with the same spelling.
  std::stable_sort(t.begin(), t.end(), [](const Entry& a, const Entry& b) { return a.first < b.first; });
  t.erase(std::unique(t.begin(), t.end(), [](const Entry& a, const Entry& b) { return a.first == b.first; }),
          t.end());
  return t;
}

// The entries in an open-addressing table: every word that ends in a full
// stop is looked up (the tokenizer and the splitter ask for each), and a
// binary search with its string compares was about 3% of ingestion. Keys
// are at most kMaxKey bytes; longer words are no entry without a lookup.
constexpr size_t kMaxKey = 8;
constexpr size_t kSlots = 1024;  // a power of two, under a third full

inline uint32_t KeyHash(std::string_view w) {
  uint32_t h = 2166136261u;
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h ^ (h >> 15);
}

struct HashTable {
  std::array<Entry, kSlots> slots{};  // empty key: a free slot
  HashTable() {
    for (const Entry& e : BuildTable()) {
      if (e.first.empty() || e.first.size() > kMaxKey) std::abort();  // a table entry the lookup cannot find
      size_t i = KeyHash(e.first) & (kSlots - 1);
      while (!slots[i].first.empty()) i = (i + 1) & (kSlots - 1);
      slots[i] = e;
    }
  }
};

const HashTable& Table() {
  static const HashTable table;
  return table;
}

AbbrevKind Find(std::string_view w) {
  if (w.empty() || w.size() > kMaxKey) return AbbrevKind::kNone;
  const auto& slots = Table().slots;
  for (size_t i = KeyHash(w) & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
    const Entry& e = slots[i];
    if (e.first.empty()) return AbbrevKind::kNone;
    if (e.first == w) return e.second;
  }
}

bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

}  // namespace

AbbrevKind ClassifyAbbreviation(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return AbbrevKind::kNone;
  std::string_view stem = word.substr(0, word.size() - 1);
  if (stem.empty() || stem.back() == '.') return AbbrevKind::kNone;
  // Single-letter initial: "J." "W." (and lowercase "a." rarely; not taken).
  if (stem.size() == 1) {
    if (stem[0] >= 'A' && stem[0] <= 'Z') return AbbrevKind::kNoEnd;
    if (stem[0] == 'p' || stem[0] == 'v') return Find(stem);
    return AbbrevKind::kNone;
  }
  AbbrevKind k = Find(stem);
  if (k != AbbrevKind::kNone) return k;
  if (stem[0] >= 'A' && stem[0] <= 'Z' && stem.size() <= 8) {
    char lower[8];
    for (size_t i = 0; i < stem.size(); ++i) lower[i] = stem[i];
    lower[0] = static_cast<char>(lower[0] | 0x20);
    std::string_view l(lower, stem.size());
    k = Find(l);
    // Only lowercase entries match capitalised forms ("Etc." but "no." stays
    // a plain word: "No." is its own entry).
    if (k != AbbrevKind::kNone && l != "no") return k;
  }
  // Dotted letters: "U.S." "a.m." "U.S.A." "D.C.": letter (. letter)+ .
  bool dotted = stem.size() >= 3;
  for (size_t i = 0; dotted && i < stem.size(); ++i) {
    dotted = (i % 2 == 0) ? IsAsciiLetter(stem[i]) : stem[i] == '.';
  }
  if (dotted && stem.size() % 2 == 1) return AbbrevKind::kAcronym;
  return AbbrevKind::kNone;
}

bool IsSentenceStarter(std::string_view w) {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> v = {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
        "Those", "There", "Here", "In", "On", "At", "By", "For", "From", "With", "Without", "But",
        "And", "Or", "So", "Yet", "As", "After", "Before", "When", "While", "If", "Although",
        "Though", "However", "Meanwhile", "Earlier", "Later", "Also", "His", "Her", "Their",
        "Its", "Our", "My", "Your", "Some", "Many", "Most", "Several", "Such", "Other", "Others",
        "Both", "Each", "Every", "No", "Not", "Now", "Then", "Still", "Today", "Yesterday",
        "Last", "Next", "What", "Who", "Why", "How", "Where", "Which", "Under", "Over", "Since",
        "During", "Despite", "According", "Officials", "Police", "But", "Because", "Instead",
        "Thus", "Therefore", "Moreover", "Furthermore", "Nevertheless", "One", "Two", "Three",
        "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can", "Will", "Would", "Should",
        "Could", "May", "Let", "Please", "Thanks", "Thank", "Yes", "Meanwhile", "Until",
        "Unlike", "Like", "Among", "Any", "All", "Only", "Even", "Just", "To", "Of"};
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  }();
  return std::binary_search(words.begin(), words.end(), w);
}

}  // namespace dyad::text
