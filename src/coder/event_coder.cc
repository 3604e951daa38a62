#include "coder/event_coder.h"

#include <algorithm>
#include <set>

#include "dict/phrase.h"

namespace dyad {
namespace {

using dict::PatternElement;
using dict::PatternTerm;
using dict::Slot;
using dict::VerbPattern;

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Relations whose subtrees are not part of a verb's own clause.
bool IsClauseBoundary(std::string_view deprel, std::string_view rel) {
  return rel == "nsubj" || rel == "csubj" || rel == "punct" || rel == "parataxis" || rel == "ccomp" ||
         rel == "advcl" || rel == "conj" || rel == "cc" || deprel == "acl:relcl" || rel == "discourse" ||
         rel == "vocative" || rel == "dep" || rel == "list" || rel == "reparandum";
}

// Verbs whose object noun is an event done by their subject ("launched strikes").
bool IsSupportVerb(std::string_view lemma) {
  return In(lemma, {"launch", "carry", "conduct", "stage", "mount", "hold", "begin", "start", "resume", "initiate",
                    "continue", "intensify", "escalate", "step", "have", "make", "announce", "order", "plan",
                    "open", "undertake", "perform", "execute", "pursue", "announce", "seek", "offer", "give",
                    "provide", "impose", "issue", "deliver", "extend", "sign", "reach", "host", "attend", "join"});
}

// Verbs whose subject suffers the event named by their object ("faced attacks").
bool IsUndergoVerb(std::string_view lemma) {
  return In(lemma, {"experience", "suffer", "face", "endure", "sustain", "undergo", "witness", "receive", "see",
                    "weather", "come", "absorb", "repel", "repulse"});
}

bool IsIntentVerb(std::string_view lemma) {
  return In(lemma, {"plan", "intend", "poised", "prepare", "ready", "aim", "seek", "want", "hope", "decide",
                    "pledge", "promise", "vow", "offer", "propose", "consider", "set", "expect", "agree",
                    "wish", "mull", "weigh", "eye", "threaten"});
}

struct Clause {
  std::vector<int> after;   // tokens after the trigger, text order
  std::vector<int> before;  // tokens before the trigger within its clause, text order
};

class PatternMatch {
 public:
  PatternMatch(const ParseTree& t, const SentenceActors& a, const dict::CompiledDictionary& d, int trigger)
      : t_(t), a_(a), d_(d), trigger_(trigger) {}

  bool Match(const VerbPattern& p, const Clause& c) {
    source_ = target_ = -1;
    used_.clear();
    // Words before the trigger: matched right to left, ending before it.
    if (!MatchSeq(p.before, 0, c.before, -1, /*limit=*/trigger_)) return false;
    if (p.before_adjacent && !p.before.empty()) {
      if (used_.empty() || *std::max_element(used_.begin(), used_.end()) != trigger_ - 1) return false;
    }
    return MatchSeq(p.after, 0, c.after, trigger_, t_.size());
  }

  int source() const { return source_; }
  int target() const { return target_; }
  const std::vector<int>& used() const { return used_; }

 private:
  bool WordMatches(const PatternTerm& term, int j) const {
    if (!term.word.empty()) return term.word == t_.lemma_key(j) || term.word == t_.form_key(j);
    if (!term.synset.empty()) return d_.InSynset(term.synset, t_.lemma_key(j)) || d_.InSynset(term.synset, t_.form_key(j));
    return false;
  }

  int MatchPhraseAt(const std::vector<std::string>& ph, int j, int limit) const {
    int q = j;
    for (const auto& w : ph) {
      if (q >= limit || q >= t_.size()) return -1;
      while (q < limit && q < t_.size() && t_.form_key(q) == "-") ++q;
      if (q >= limit || q >= t_.size()) return -1;
      if (w != t_.lemma_key(q) && w != t_.form_key(q)) return -1;
      ++q;
    }
    return q - 1;
  }

  int LastOfGroup(int head) const {
    int last = head;
    for (const auto& m : a_.At(head)) last = std::max(last, m.end - 1);
    return last;
  }

  bool MatchSeq(const std::vector<PatternElement>& els, size_t k, const std::vector<int>& seq, int pos, int limit) {
    if (k == els.size()) return true;
    const PatternElement& el = els[k];
    switch (el.kind) {
      case PatternElement::Kind::kWord:
      case PatternElement::Kind::kPhrase: {
        // Try each way the terms can match, then the rest of the elements.
        return MatchElementThen(el.words, els, k, seq, pos, limit);
      }
      case PatternElement::Kind::kPrep: {
        for (int j : seq) {
          if (j <= pos || j >= limit) continue;
          if (el.prep.joined && pos >= 0 && j != pos + 1) break;
          if (!WordMatches(el.prep, j)) continue;
          size_t used = used_.size();
          used_.push_back(j);
          if (MatchElementThen(el.words, els, k, seq, j, limit)) return true;
          used_.resize(used);
        }
        return false;
      }
    }
    return false;
  }

  // Matches `terms` after pos, then elements k+1.. after the last matched token.
  bool MatchElementThen(const std::vector<PatternTerm>& terms, const std::vector<PatternElement>& els, size_t k,
                        const std::vector<int>& seq, int pos, int limit) {
    return Enumerate(terms, 0, seq, pos, limit, [&](int end) { return MatchSeq(els, k + 1, seq, end, limit); });
  }

  template <typename F>
  bool Enumerate(const std::vector<PatternTerm>& terms, size_t k, const std::vector<int>& seq, int pos, int limit,
                 const F& then) {
    if (k == terms.size()) return then(pos);
    const PatternTerm& term = terms[k];
    if (term.slot == Slot::kAny) return Enumerate(terms, k + 1, seq, pos, limit, then);
    for (int j : seq) {
      if (j <= pos || j >= limit) continue;
      if (term.joined && pos >= 0 && j != pos + 1) break;
      if (term.slot == Slot::kSource || term.slot == Slot::kTarget || term.slot == Slot::kCompound) {
        int h = j;
        if (a_.At(h).empty()) {
          int g = a_.GroupOf(j);
          if (g < 0 || a_.At(g).empty()) continue;
          h = g;
        }
        int save_s = source_, save_t = target_;
        if (term.slot == Slot::kSource) source_ = h;
        else target_ = h;
        size_t used = used_.size();
        used_.push_back(h);
        if (Enumerate(terms, k + 1, seq, std::max(j, LastOfGroup(h)), limit, then)) return true;
        used_.resize(used);
        source_ = save_s;
        target_ = save_t;
        continue;
      }
      if (!term.synset.empty()) {
        if (const auto* phrases = d_.SynsetPhrases(term.synset)) {
          for (const auto& ph : *phrases) {
            if (ph.size() < 2) continue;
            int end = MatchPhraseAt(ph, j, limit);
            if (end < 0) continue;
            size_t used = used_.size();
            for (int q = j; q <= end; ++q) used_.push_back(q);
            if (Enumerate(terms, k + 1, seq, end, limit, then)) return true;
            used_.resize(used);
          }
        }
      }
      if (!WordMatches(term, j)) continue;
      size_t used = used_.size();
      used_.push_back(j);
      if (Enumerate(terms, k + 1, seq, j, limit, then)) return true;
      used_.resize(used);
    }
    return false;
  }

  const ParseTree& t_;
  const SentenceActors& a_;
  const dict::CompiledDictionary& d_;
  int trigger_;
  int source_ = -1, target_ = -1;
  std::vector<int> used_;
};

// Collects the clause of trigger v.
Clause ClauseOf(const ParseTree& t, int v) {
  Clause c;
  std::vector<int> stack;
  std::vector<int> toks;
  for (int ch : t.children(v))
    if (!IsClauseBoundary(t.deprel(ch), t.rel(ch))) stack.push_back(ch);
  while (!stack.empty()) {
    int k = stack.back();
    stack.pop_back();
    toks.push_back(k);
    for (int ch : t.children(k))
      if (t.rel(ch) != "punct" && t.deprel(ch) != "acl:relcl" && t.rel(ch) != "parataxis") stack.push_back(ch);
  }
  std::sort(toks.begin(), toks.end());
  for (int k : toks) (k > v ? c.after : c.before).push_back(k);
  // Words before the trigger also include its subject's phrase.
  for (int ch : t.children(v))
    if (t.rel(ch) == "nsubj")
      for (int k : t.Subtree(ch)) c.before.push_back(k);
  std::sort(c.before.begin(), c.before.end());
  return c;
}

}  // namespace

std::string IntentCode(const std::string& code) {
  if (code.size() < 2) return "";
  std::string root = code.substr(0, 2);
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") return "031";
  if (root == "07") return "033";
  if (root == "08") return code.rfind("086", 0) == 0 || code.rfind("087", 0) == 0 ? "037" : "035";
  if (root == "09") return "030";
  if (root == "03" || root == "13") return code;
  if (root == "15" || root == "17") return "137";
  if (root == "18" || root == "19" || root == "20") return "138";
  if (root == "16") return "131";
  return "";
}

EventCoder::EventCoder(const dict::CompiledDictionary& dict, const dict::CameoTable* cameo, CoderOptions options)
    : dict_(dict), cameo_(cameo), options_(options), actors_(dict) {}

void EventCoder::Code(Document* doc) const {
  // Story-level discards stop the whole document.
  for (const auto& s : doc->sentences)
    for (const auto& d : dict_.MatchDiscards(dict::KeysOfTokens(s.tokens)))
      if (d.story) return;
  ActorContext ctx;
  for (int i = 0; i < static_cast<int>(doc->sentences.size()); ++i) {
    const Sentence& s = doc->sentences[i];
    if (!options_.code_all_roles) {
      if (s.paragraph < 0 || s.paragraph >= static_cast<int>(doc->paragraphs.size())) continue;
      if (!IsCoded(doc->paragraphs[s.paragraph].role)) continue;
    }
    CodeSentence(*doc, i, &ctx, &doc->events);
  }
}

void EventCoder::CodeSentence(const Document& doc, int si, ActorContext* ctx, std::vector<Event>* out) const {
  const Sentence& s = doc.sentences[si];
  if (s.tokens.empty()) return;
  dict::TokenKeys keys = dict::KeysOfTokens(s.tokens);
  for (const auto& d : dict_.MatchDiscards(keys))
    if (!d.story) return;
  ParseTree t(s);
  SentenceActors actors = actors_.Find(t, s, doc.published, ctx);
  dict::TokenKeys lemmas = dict::KeysOfLemmas(s.tokens);
  const int n = t.size();

  struct Candidate {
    int trigger;
    std::string code, reverse_code, pattern;
    bool recip = false;
    int source = -1, target = -1;
    std::vector<int> used;
  };
  std::vector<Candidate> cands;
  std::set<int> consumed;  // triggers whose words a governing pattern used

  auto subject_of = [&](int v, auto&& self, int depth) -> int {
    if (v < 0 || depth > 6) return -1;
    if (t.IsPassive(v)) {
      for (int c : t.children(v))
        if (t.deprel(c) == "obl:agent" || ((t.rel(c) == "obl" || t.rel(c) == "nmod") && t.CaseOf(c) == "by"))
          return c;
      return -1;
    }
    for (int c : t.children(v))
      if (t.rel(c) == "nsubj") {
        // "the attacks are unlikely": copular predicates carry the subject themselves.
        return c;
      }
    std::string_view r = t.rel(v);
    int h = t.head(v);
    if (h < 0) return -1;
    if (r == "xcomp") {
      int obj = t.Child(h, "obj");
      if (obj >= 0 && !actors.At(obj).empty()) return obj;  // object control: "prompted X to advocate"
      return self(h, self, depth + 1);
    }
    if (r == "conj") return self(h, self, depth + 1);
    if (r == "advcl" && (t.xpos(v) == "VBG" || t.xpos(v) == "VBN" || t.CaseOf(v) == "to")) return self(h, self, depth + 1);
    if (r == "acl" && t.xpos(v) == "VBG") return h;
    return -1;
  };
  auto resolve_head = [&](int j) -> int {
    if (j < 0) return -1;
    if (!actors.At(j).empty()) return j;
    int g = actors.GroupOf(j);
    if (g >= 0 && !actors.At(g).empty()) return g;
    // "the ambassadors of Arnor": an of-phrase under a role noun.
    return -1;
  };

  for (int v = 0; v < n; ++v) {
    const Token& tok = s.tokens[v];
    bool nounish = tok.upos == "NOUN" || tok.upos == "PROPN";
    bool verbal = t.IsVerbal(v) || (tok.upos == "ADJ" && t.Child(v, "xcomp") >= 0) ||
                  (tok.upos == "AUX" && false);
    if (!nounish && !verbal) continue;
    std::vector<int> entries;
    auto add = [&](const std::vector<int>& es) {
      for (int e : es)
        if (std::find(entries.begin(), entries.end(), e) == entries.end()) entries.push_back(e);
    };
    add(dict_.VerbsForLemma(t.lemma_key(v)));
    add(dict_.VerbsForForm(t.form_key(v)));
    // Multiword verbs ("pull out", "wire tap") count only where their other words stand.
    std::vector<int> multi = dict_.MultiwordVerbsAt(keys, lemmas, static_cast<uint32_t>(v));
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](int e) {
                                   const auto& ve = dict_.verb(e);
                                   return (!ve.before.empty() || !ve.after.empty()) &&
                                          std::find(multi.begin(), multi.end(), e) == multi.end();
                                 }),
                  entries.end());
    add(multi);
    if (entries.empty()) continue;
    Clause clause = ClauseOf(t, v);
    Candidate best;
    int best_spec = -1;
    bool matched = false;
    for (int e : entries) {
      const dict::VerbEntry& entry = dict_.verb(e);
      if (entry.noun != nounish) continue;
      if (!entry.noun && !verbal) continue;
      for (const VerbPattern* p : dict_.PatternsForVerb(e)) {
        if (p->noun != entry.noun) continue;
        int spec = p->Specificity();
        if (spec <= best_spec) continue;
        PatternMatch pm(t, actors, dict_, v);
        if (!pm.Match(*p, clause)) continue;
        best = Candidate{v, p->code, p->reverse_code, p->Id(), p->recip, pm.source(), pm.target(), pm.used()};
        best_spec = spec;
        matched = true;
      }
      if (!matched) {
        const std::string& dc = dict_.DefaultCode(e);
        if (!dc.empty() && dc != "---" && best_spec < 0) {
          best = Candidate{v, dc, "", entry.loc.ToString(), false, -1, -1, {}};
          best_spec = 0;
        }
      }
    }
    if (best_spec < 0 || best.code.empty() || best.code == "---") continue;
    // Negated triggers code nothing ("did not attack", "no withdrawal").
    if (t.IsNegated(v)) continue;
    for (int u : best.used)
      if (u != v && u >= 0 && u < n) consumed.insert(u);
    cands.push_back(std::move(best));
  }

  for (Candidate& c : cands) {
    int v = c.trigger;
    if (consumed.count(v)) continue;
    const Token& tok = s.tokens[v];
    bool noun = tok.upos == "NOUN" || tok.upos == "PROPN";
    // Source.
    int src = resolve_head(c.source);
    if (src < 0) {
      if (noun) {
        for (int ch : t.children(v))
          if (t.deprel(ch) == "nmod:poss" || ((t.rel(ch) == "nmod") && t.CaseOf(ch) == "by")) src = resolve_head(ch);
        if (src < 0 && t.head(v) >= 0 && t.rel(v) == "obj" && IsSupportVerb(t.lemma_key(t.head(v))))
          src = resolve_head(subject_of(t.head(v), subject_of, 0));
      } else {
        src = resolve_head(subject_of(v, subject_of, 0));
        if (src < 0 && t.rel(v) == "acl" && t.xpos(v) == "VBN") {
          for (int ch : t.children(v))
            if ((t.rel(ch) == "obl" || t.rel(ch) == "nmod") && t.CaseOf(ch) == "by") src = resolve_head(ch);
        }
      }
    }
    // Target.
    int tgt = resolve_head(c.target);
    if (tgt < 0 && c.target < 0) {
      if (!noun) {
        if (t.IsPassive(v)) {
          tgt = resolve_head(t.Child(v, "nsubj:pass"));
        } else {
          tgt = resolve_head(t.Child(v, "obj"));
          if (tgt < 0) tgt = resolve_head(t.Child(v, "iobj"));
        }
        if (tgt < 0 && t.rel(v) == "acl" && t.xpos(v) == "VBN") tgt = resolve_head(t.head(v));
        if (tgt < 0) {
          for (int j : ClauseOf(t, v).after) {
            int h = resolve_head(j);
            if (h >= 0 && h != src) {
              tgt = h;
              break;
            }
          }
        }
      } else {
        for (int ch : t.children(v))
          if ((t.rel(ch) == "nmod") && In(t.CaseOf(ch), {"on", "against", "with", "of", "to", "at", "in"}) &&
              resolve_head(ch) >= 0 && resolve_head(ch) != src) {
            tgt = resolve_head(ch);
            break;
          }
        if (tgt < 0 && t.head(v) >= 0 && t.rel(v) == "obj" && IsUndergoVerb(t.lemma_key(t.head(v))))
          tgt = resolve_head(subject_of(t.head(v), subject_of, 0));
      }
    }
    // "retaliatory strikes" and "in retaliation": aimed at the attackers just named.
    if (tgt < 0 && noun) {
      bool retaliatory = false;
      for (int ch : t.children(v))
        if (In(t.lemma_key(ch), {"retaliatory", "reprisal", "retaliation", "counter"})) retaliatory = true;
      if (retaliatory)
        for (const Candidate& o : cands)
          if (&o != &c && o.trigger < v && !consumed.count(o.trigger)) {
            int os = resolve_head(o.source);
            const Token& ot = s.tokens[o.trigger];
            if (os < 0 && (ot.upos == "NOUN"))
              for (int ch : t.children(o.trigger))
                if (t.rel(ch) == "nmod" && t.CaseOf(ch) == "by") os = resolve_head(ch);
            if (os >= 0 && os != src) tgt = os;
          }
    }
    if (src < 0) continue;
    if (tgt < 0 && !options_.allow_missing_target) continue;

    // Intent: "poised to initiate talks", "plans to attack".
    std::string code = c.code;
    if (!noun && t.rel(v) == "xcomp" && t.head(v) >= 0 && IsIntentVerb(t.lemma_key(t.head(v)))) {
      std::string ic = IntentCode(code);
      if (!ic.empty()) code = ic;
    } else if (noun && t.rel(v) == "obj" && t.head(v) >= 0) {
      int g = t.head(v);
      if (t.rel(g) == "xcomp" && t.head(g) >= 0 && IsIntentVerb(t.lemma_key(t.head(g)))) {
        std::string ic = IntentCode(code);
        if (!ic.empty()) code = ic;
      }
    }
    if (cameo_ && !cameo_->IsValid(code)) continue;

    std::vector<ActorMention> sources = actors.Compound(t, src);
    std::vector<ActorMention> targets = tgt >= 0 ? actors.Compound(t, tgt) : std::vector<ActorMention>{};
    auto emit = [&](const ActorMention& a, const ActorMention* b, const std::string& ecode) {
      if (b && a.code == b->code) return;
      Event e;
      e.doc_id = doc.id;
      e.sentence_index = si;
      auto ref = [&](const ActorMention& m) {
        ActorRef r;
        r.code = m.code;
        int bt = std::max(0, m.begin), et = std::min(n, std::max(m.end, bt + 1));
        r.span = {s.tokens[bt].start, s.tokens[et - 1].end};
        r.text = std::string(doc.Slice(r.span.start, r.span.end));
        return r;
      };
      e.source = ref(a);
      if (b) e.target = ref(*b);
      e.code = ecode;
      if (cameo_) {
        if (const auto* cc = cameo_->Find(ecode)) {
          e.root = cc->root;
          e.quad_class = cc->quad_class;
          e.goldstein = cc->goldstein;
          e.plover_event = cc->plover_event;
          e.plover_mode = cc->plover_mode;
        }
      }
      if (e.root.empty()) e.root = ecode.substr(0, 2);
      e.verb = {tok.start, tok.end};
      e.verb_text = std::string(doc.Slice(tok.start, tok.end));
      e.pattern = c.pattern;
      e.date = doc.published;
      for (const Event& o : *out)
        if (o.sentence_index == si && o.code == e.code && o.source->code == e.source->code &&
            (o.target ? o.target->code : "") == (e.target ? e.target->code : ""))
          return;  // the same event twice in one sentence
      out->push_back(std::move(e));
    };
    if (targets.empty()) {
      if (c.recip && sources.size() >= 2) {
        for (const auto& a : sources)
          for (const auto& b : sources)
            if (a.code != b.code) emit(a, &b, code);
      } else {
        for (const auto& a : sources) emit(a, nullptr, code);
      }
    } else {
      for (const auto& a : sources)
        for (const auto& b : targets) {
          emit(a, &b, code);
          if (c.recip) emit(b, &a, code);
          if (!c.reverse_code.empty() && c.reverse_code != "---") emit(b, &a, c.reverse_code);
        }
    }
  }
}

}  // namespace dyad
