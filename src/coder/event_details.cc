#include "coder/event_details.h"

#include <algorithm>
#include <map>

#include "coder/parse_tree.h"

namespace dyad {
namespace {

int TokenAt(const Sentence& s, uint32_t start) {
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i)
    if (s.tokens[i].start == start) return i;
  return -1;
}

int HeadOfSpan(const ParseTree& t, int b, int e) {
  for (int i = b; i <= e; ++i) {
    int h = t.head(i);
    if (h < b || h > e) return i;
  }
  return e;
}

// Heads as the coder reads them: a by-phrase the parser hung on the active
// verb governing a noun trigger belongs to the noun ("prompting strikes by
// the U.S. ... on Tuesday").
std::vector<int> EffectiveHeads(const ParseTree& t, const std::vector<char>& is_trigger) {
  std::vector<int> head(t.size());
  for (int i = 0; i < t.size(); ++i) head[i] = t.head(i);
  for (int v = 0; v < t.size(); ++v) {
    if (!is_trigger[v] || (t.upos(v) != "NOUN" && t.upos(v) != "PROPN") || t.rel(v) != "obj") continue;
    int h = t.head(v);
    if (h < 0 || t.IsPassive(h)) continue;
    for (int c : t.children(h))
      if (c > v && (t.rel(c) == "obl" || t.rel(c) == "nmod") && t.CaseOf(c) == "by") head[c] = v;
  }
  return head;
}

// The nearest trigger above token i (i itself included); -1 when none, -2
// when another predicate owns it. The walk
// stops at another predicate: a date in "a process initiated last year"
// belongs to "initiated", not to the event the process is part of.
int OwningTrigger(const ParseTree& t, const std::vector<int>& head, int i, const std::vector<char>& is_trigger) {
  for (int k = i, steps = 0; k >= 0 && steps <= t.size(); k = head[k], ++steps) {
    if (is_trigger[k]) return k;
    if (k != i && t.IsVerbal(k)) return -2;  // another predicate's
  }
  return -1;
}

}  // namespace

void AttachEventDetails(const DateFinder& dates, const CountFinder& counts, Document* doc) {
  std::map<int, std::vector<Event*>> by_sentence;
  for (Event& e : doc->events) {
    e.date = doc->published;
    e.event_date = doc->published;
    e.date_source = DateSource::kPublication;
    if (e.sentence_index >= 0 && e.sentence_index < static_cast<int>(doc->sentences.size()))
      by_sentence[e.sentence_index].push_back(&e);
  }
  for (auto& [si, events] : by_sentence) {
    const Sentence& s = doc->sentences[si];
    ParseTree t(s);
    std::vector<char> is_trigger(t.size(), 0);
    std::map<int, std::vector<Event*>> by_trigger;
    for (Event* e : events) {
      int v = TokenAt(s, e->verb.start);
      if (v < 0) continue;
      is_trigger[v] = 1;
      by_trigger[v].push_back(e);
    }
    std::vector<int> heads = EffectiveHeads(t, is_trigger);
    auto dm = dates.Find(*doc, s, doc->published);
    std::vector<TextSpan> date_spans;
    for (const auto& m : dm) {
      date_spans.push_back(m.span);
      int trig = OwningTrigger(t, heads, HeadOfSpan(t, m.first_token, m.last_token), is_trigger);
      // A sentence with one event and one date: the date is the event's even
      // when the parse attaches it elsewhere.
      if (trig == -1 && by_trigger.size() == 1 && dm.size() == 1) trig = by_trigger.begin()->first;
      if (trig < 0) continue;
      for (Event* e : by_trigger[trig]) {
        if (e->date_source != DateSource::kPublication) continue;  // the first date found wins
        e->event_date = m.value;
        e->date_source = m.source;
        e->date_span = m.span;
      }
    }
    for (const auto& c : counts.Find(*doc, s, date_spans)) {
      int anchor = c.unit_token >= 0 ? c.unit_token : c.last_token;
      int trig = OwningTrigger(t, heads, anchor, is_trigger);
      if (trig < 0) continue;
      for (Event* e : by_trigger[trig]) {
        e->counts.push_back(c.count);
        if (c.casualty == Casualty::kKilled) e->fatalities = std::max<int64_t>(e->fatalities.value_or(0), c.count.value);
        if (c.casualty == Casualty::kWounded) e->injuries = std::max<int64_t>(e->injuries.value_or(0), c.count.value);
      }
    }
  }
}

}  // namespace dyad
