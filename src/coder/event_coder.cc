#include "coder/event_coder.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "base/strings.h"
#include "coder/participle_recipient.h"
#include "dict/phrase.h"

namespace dyad {
namespace {

using dict::PatternElement;
using dict::PatternTerm;
using dict::Slot;
using dict::VerbPattern;

// Relations whose subtrees are not part of a verb's own clause.
bool IsClauseBoundary(std::string_view deprel, std::string_view rel) {
  return rel == "nsubj" || rel == "csubj" || rel == "punct" || rel == "parataxis" || rel == "ccomp" ||
         rel == "advcl" || rel == "conj" || rel == "cc" || deprel.ends_with(":relcl") || rel == "discourse" ||
         rel == "vocative" || rel == "dep" || rel == "list" || rel == "reparandum";
}

// Verbs whose object noun is an event done by their subject ("launched strikes").
bool IsSupportVerb(std::string_view lemma) {
  return OneOf(lemma, {"launch", "carry", "conduct", "stage", "mount", "hold", "begin", "start", "resume", "initiate",
                    "continue", "intensify", "escalate", "step", "have", "make", "announce", "order", "plan",
                    "open", "undertake", "perform", "execute", "pursue", "announce", "seek", "offer", "give",
                    "provide", "impose", "issue", "deliver", "extend", "sign", "reach", "host", "attend", "join"});
}

// Verbs whose subject suffers the event named by their object ("faced attacks").
bool IsUndergoVerb(std::string_view lemma) {
  return OneOf(lemma, {"experience", "suffer", "face", "endure", "sustain", "undergo", "witness", "receive", "see",
                    "weather", "come", "absorb", "repel", "repulse"});
}

bool IsIntentVerb(std::string_view lemma) {
  return OneOf(lemma, {"plan", "intend", "poised", "poise", "prepare", "ready", "aim", "seek", "want", "hope", "decide",
                    "pledge", "promise", "vow", "offer", "propose", "consider", "set", "expect", "agree",
                    "wish", "mull", "weigh", "eye", "threaten"});
}

// Verbs that report what their subject says or makes known.
bool IsReportingLemma(std::string_view lemma) {
  return OneOf(lemma, {"say", "announce", "tell", "state", "declare", "pledge", "promise", "vow", "insist", "confirm",
                       "add", "write", "assure", "indicate", "signal"});
}

// The reporting verb whose complement says that v will happen ("said it
// would lift ...": "said"), or -1: v or a verb above it in its clause
// (through xcomp and conj: "would continue to sell") has the auxiliary
// will/would/shall, and that clause is a ccomp.
int AnnouncingVerb(const ParseTree& t, int v, bool need_future = true) {
  bool future = !need_future;
  for (int k = v, steps = 0; k >= 0 && steps < 6; k = t.head(k), ++steps) {
    for (int ch : t.children(k))
      if (t.rel(ch) == "aux" && OneOf(t.lemma_key(ch), {"will", "would", "shall", "'ll"})) future = true;
    std::string_view r = t.rel(k);
    if (r == "ccomp") return future && t.head(k) >= 0 ? t.head(k) : -1;
    if (r != "xcomp" && r != "conj") return -1;
  }
  return -1;
}

bool IsRelcl(std::string_view deprel);

// Does the statement verb v report content of its own beyond a ccomp: a
// that-clause the parser hung elsewhere under it ("said in an address that
// ..."), a small clause ("declared X leader"), or, for verbs that take
// clauses rather than objects ("say", "add", "claim"), a non-actor object
// that is the reported clause misread ("said the drills were a warning").
bool ReportsContent(const ParseTree& t, int v, const SentenceActors& actors) {
  for (int k : t.Subtree(v)) {
    if (k == v) continue;
    std::string_view r = t.rel(k);
    if (r != "acl" && r != "advcl" && r != "ccomp" && r != "csubj" && r != "xcomp") continue;
    if (IsRelcl(t.deprel(k))) continue;
    // Under v itself, through its objects and obliques only: not the
    // complement of another verb ("acknowledged X, emphasizing that ...").
    bool direct = true;
    for (int u = t.head(k); u >= 0 && u != v; u = t.head(u))
      if (!OneOf(t.rel(u), {"obj", "obl", "nmod", "iobj"})) direct = false;
    if (!direct) continue;
    for (int ch : t.children(k))
      if (t.rel(ch) == "mark" && OneOf(t.lemma_key(ch), {"that", "whether", "if"})) return true;
  }
  // A second subject after the verb is the reported clause's, misread as
  // the verb's own ("The U.S. military said warplanes ... struck ...").
  bool before = false, after = false;
  for (int ch : t.children(v))
    if (t.rel(ch) == "nsubj") (ch < v ? before : after) = true;
  if (before && after) return true;
  int obj = t.Child(v, "obj");
  if (obj >= 0 && t.Child(v, "xcomp") > obj) return true;
  if (obj >= 0 && actors.At(obj).empty() && actors.GroupOf(obj) < 0 &&
      OneOf(t.lemma_key(v), {"say", "add", "claim", "report", "insist", "write", "reply", "respond"}))
    return true;
  return false;
}

struct Clause {
  std::vector<int> after;   // tokens after the trigger, text order
  std::vector<int> before;  // tokens before the trigger within its clause, text order
};

// The words above a complement that its patterns may name before it: the
// verb whose complement it is ("indicated it would act": INDICATED; "was
// seen to break": SEEN), or a predicative adjective that takes the
// infinitive and the verb above that ("is inching nearer to accord":
// NEARER, INCHING). Nearest first.
std::vector<int> Governors(const ParseTree& t, int v) {
  std::vector<int> out;
  int h = t.head(v);
  if (h < 0 || h > v) return out;
  std::string_view r = t.rel(v);
  if ((r == "acl" || r == "xcomp") && t.upos(h) == "ADJ" && t.CaseOf(v) == "to") {
    out.push_back(h);
    int g = t.head(h);
    if (g >= 0 && g < h && t.rel(h) == "xcomp" && t.IsVerbal(g)) out.push_back(g);
  } else if ((r == "ccomp" || r == "xcomp") && t.IsVerbal(h)) {
    out.push_back(h);
  }
  return out;
}

// Matches a pattern's elements, in order, against a clause's token sequence.
// Positions are indices into the sequence (which is in text order, except that
// a participle's modified noun leads its `after` sequence as its object).
class PatternMatch {
 public:
  // recipients: ParticipleRecipients of the trigger (heads of `to`-phrases
  // a pattern's "to $T" may reach inside a participle clause).
  // complement: a clausal complement of the trigger whose words count as
  // attached to it (PETRARCH's whole verb phrase), or -1.
  PatternMatch(const ParseTree& t, const SentenceActors& a, const dict::CompiledDictionary& d, int trigger,
               const std::vector<int>& recipients, int complement = -1)
      : t_(t), a_(a), d_(d), trigger_(trigger), complement_(complement), governors_(Governors(t, trigger)),
        recipients_(recipients),
        noun_trigger_(t.upos(trigger) == "NOUN" || t.upos(trigger) == "PROPN") {}

  bool Match(const VerbPattern& p, const Clause& c) {
    forms_only_ = p.forms_only;
    source_ = target_ = -1;
    used_.clear();
    pending_.clear();
    if (!MatchSeq(p.before, 0, c.before, -1, -1)) return false;
    if (p.before_adjacent && !p.before.empty()) {
      if (used_.empty() || *std::max_element(used_.begin(), used_.end()) != trigger_ - 1) return false;
    }
    after_ = true;
    bool ok = MatchSeq(p.after, 0, c.after, -1, trigger_);
    after_ = false;
    return ok;
  }

  int source() const { return source_; }
  int target() const { return target_; }
  const std::vector<int>& used() const { return used_; }

 private:
  // Is h inside an as-phrase the pattern did not name ("condemned the
  // strikes as a violation of Yemen's sovereignty": what the object is taken
  // for, not the target)?
  bool BehindAs(int h) const {
    for (int k = h, steps = 0; k >= 0 && k != trigger_ && steps < 8; k = t_.head(k), ++steps)
      for (int c : t_.children(k))
        if (t_.rel(c) == "case" && t_.form_key(c) == "as" && std::find(used_.begin(), used_.end(), c) == used_.end())
          return true;
    return false;
  }

  // Is h a recipient phrase of a participle clause whose `to` is `to_word`
  // (or, with to_word -1, already matched)?
  bool RecipientVia(int h, int to_word) const {
    if (std::find(recipients_.begin(), recipients_.end(), h) == recipients_.end()) return false;
    for (int c : t_.children(h))
      if (t_.rel(c) == "case" && t_.form_key(c) == "to")
        return to_word >= 0 ? c == to_word : std::find(used_.begin(), used_.end(), c) != used_.end();
    return false;
  }

  bool WordMatches(const PatternTerm& term, int j) const {
    if (!term.word.empty()) return (!forms_only_ && term.word == t_.lemma_key(j)) || term.word == t_.form_key(j);
    if (!term.synset.empty())
      return (!forms_only_ && d_.InSynsetKey(term.synset, t_.lemma_key(j))) ||
             d_.InSynsetKey(term.synset, t_.form_key(j));
    return false;
  }

  // Pattern words must hang (in the parse) off the trigger or off words the
  // pattern already matched, directly or through one intermediate word, so
  // "support force of $T" does not reach "the resurgence of the Islamic State".
  bool IsGovernor(int j) const {
    return j >= 0 && std::find(governors_.begin(), governors_.end(), j) != governors_.end();
  }

  // A preposition, or one the tagger took for an adverb of the noun right
  // after it ("memos not about Bree": about/ADV advmod of Bree).
  bool PrepositionLike(int j) const {
    if (t_.upos(j) == "ADP") return true;
    int h = t_.head(j);
    return t_.upos(j) == "ADV" && t_.rel(j) == "advmod" && h == j + 1 &&
           (t_.upos(h) == "NOUN" || t_.upos(h) == "PROPN");
  }

  bool Attached(int j) const {
    if (j == t_.head(trigger_)) return true;  // a participle's noun
    if (complement_ >= 0 && t_.Dominates(complement_, j)) return true;
    const std::string& u = t_.upos(j);
    if (u == "ADP" || u == "PART" || u == "SCONJ" || u == "DET" || u == "AUX" || u == "CCONJ") return true;
    if (after_ && PrepositionLike(j)) return true;
    auto anchored = [&](int h) {
      return h == trigger_ || std::find(used_.begin(), used_.end(), h) != used_.end();
    };
    int h = t_.head(j);
    // Words before the trigger on the verb (or adjective) whose complement
    // it is, and the governing words themselves.
    if (j < trigger_ && (IsGovernor(j) || IsGovernor(h))) return true;
    if (h < 0) return false;
    if (anchored(h)) return true;
    // Adverbs stacked on the trigger's auxiliary ("most certainly did not").
    if (j < trigger_ && t_.upos(j) == "ADV") {
      int k = h;
      for (int steps = 0; k >= 0 && k != trigger_ && steps < 3 && (t_.upos(k) == "ADV" || t_.upos(k) == "AUX");
           ++steps)
        k = t_.head(k);
      if (k == trigger_) return true;
    }
    // A noun trigger's by-phrase that the parser hung on the governing verb.
    bool noun = t_.upos(trigger_) == "NOUN" || t_.upos(trigger_) == "PROPN";
    if (noun && h == t_.head(trigger_) && t_.CaseOf(j) == "by") return true;
    int g = t_.head(h);
    return g >= 0 && anchored(g) && (t_.rel(h) != "obl" || anchored(h));
  }

  // Index of the last sequence entry at or after q that lies inside the actor phrase of `head`.
  size_t EndOfGroup(const std::vector<int>& seq, size_t q, int head) const {
    int last = head;
    for (const auto& m : a_.At(head)) last = std::max(last, m.end - 1);
    while (q + 1 < seq.size() && seq[q + 1] > seq[q] && seq[q + 1] <= last) ++q;
    return q;
  }

  // Matches the words of a multiword synset alternative starting at seq[q];
  // returns the index of its last word or -1.
  long MatchPhraseAt(const std::vector<std::string>& ph, const std::vector<int>& seq, size_t q) const {
    size_t k = q;
    for (size_t w = 0; w < ph.size(); ++w) {
      while (k < seq.size() && t_.form_key(seq[k]) == "-") ++k;
      if (k >= seq.size()) return -1;
      if (w > 0 && seq[k] != seq[k - 1] + 1 && t_.form_key(seq[k - 1]) != "-") return -1;
      if ((forms_only_ || ph[w] != t_.lemma_key(seq[k])) && ph[w] != t_.form_key(seq[k])) return -1;
      ++k;
    }
    return static_cast<long>(k) - 1;
  }

  bool MatchSeq(const std::vector<PatternElement>& els, size_t k, const std::vector<int>& seq, long pos, int prev_tok) {
    if (k == els.size()) {
      // Premodifiers matched ahead of their noun need the noun matched too.
      if (!after_) return true;
      for (int h : pending_)
        if (std::find(used_.begin(), used_.end(), h) == used_.end()) return false;
      return true;
    }
    const PatternElement& el = els[k];
    auto rest = [&](long end, int last_tok) { return MatchSeq(els, k + 1, seq, end, last_tok); };
    if (el.kind != PatternElement::Kind::kPrep) return Enumerate(el.words, 0, seq, pos, prev_tok, rest);
    for (size_t q = static_cast<size_t>(pos + 1); q < seq.size(); ++q) {
      int j = seq[q];
      if (el.prep.joined && prev_tok >= 0 && j != prev_tok + 1) break;
      if (!WordMatches(el.prep, j)) continue;
      // The phrase the preposition marks hangs off the pattern's words, or is
      // a participle clause's recipient ("a letter presented by X to Y").
      // A particle hangs off the trigger itself ("laid down their arms",
      // "called off the strike").
      if (t_.head(j) >= 0 && t_.head(j) != trigger_ && !Attached(t_.head(j)) && !RecipientVia(t_.head(j), j))
        continue;
      // A preposition right after a verb ("call on $T", "call for ...") is
      // the verb's own: its phrase hangs off the verb, not off a noun
      // further on ("called the accession an encroachment on Russia's
      // security" is no "call on").
      if (after_ && k == 0 && !noun_trigger_ && t_.head(j) >= 0 && t_.head(j) != trigger_ &&
          t_.head(t_.head(j)) != trigger_ && !RecipientVia(t_.head(j), j) && t_.head(trigger_) != t_.head(j))
        continue;
      size_t used = used_.size();
      used_.push_back(j);
      // A pattern ending in a bare preposition ("... FROM") names its
      // phrase's actor as the target.
      int save_t = target_;
      if (el.words.empty() && target_ < 0 && t_.head(j) >= 0) {
        int np = t_.head(j);
        if (a_.At(np).empty() && a_.GroupOf(np) >= 0) np = a_.GroupOf(np);
        if (!a_.At(np).empty()) target_ = np;
      }
      if (Enumerate(el.words, 0, seq, static_cast<long>(q), j, rest)) return true;
      target_ = save_t;
      used_.resize(used);
    }
    return false;
  }

  template <typename F>
  bool Enumerate(const std::vector<PatternTerm>& terms, size_t k, const std::vector<int>& seq, long pos, int prev_tok,
                 const F& then) {
    if (k == terms.size()) return then(pos, prev_tok);
    const PatternTerm& term = terms[k];
    if (term.slot == Slot::kAny) {
      // PETRARCH's '^' skips the next noun phrase: an actor there is passed
      // over, not taken for a slot after it ("* IFTAR IN ^ +": "in X with
      // Y" is Y's). Without a phrase to skip it skips nothing.
      for (size_t q = static_cast<size_t>(pos + 1); q < seq.size(); ++q) {
        int j = seq[q];
        int h = !a_.At(j).empty() ? j : a_.GroupOf(j);
        if (h < 0 || a_.At(h).empty()) {
          if (t_.upos(j) == "NOUN" || t_.upos(j) == "PROPN" || t_.upos(j) == "PRON") break;  // another phrase first
          continue;
        }
        size_t end = EndOfGroup(seq, q, h);
        if (Enumerate(terms, k + 1, seq, static_cast<long>(end), seq[end], then)) return true;
        break;
      }
      return Enumerate(terms, k + 1, seq, pos, prev_tok, then);
    }
    for (size_t q = static_cast<size_t>(pos + 1); q < seq.size(); ++q) {
      int j = seq[q];
      if (term.joined && prev_tok >= 0 && j != prev_tok + 1) break;
      if (term.slot == Slot::kSource || term.slot == Slot::kTarget || term.slot == Slot::kCompound) {
        int h = j;
        if (a_.At(h).empty()) {
          int g = a_.GroupOf(j);
          if (g < 0 || a_.At(g).empty()) continue;
          h = g;
        }
        // A noun with no actor of its own stands for its of-phrase's ("with
        // the leaders of X": X), as a PETRARCH noun phrase does.
        auto of_phrase = [&](int a) {
          int u = t_.head(a);
          return t_.rel(a) == "nmod" && t_.CaseOf(a) == "of" && u >= 0 && a_.At(u).empty() && a_.GroupOf(u) < 0 &&
                 Attached(u);
        };
        if (!Attached(h) && !(term.slot == Slot::kTarget && RecipientVia(h, -1)) && !of_phrase(h)) continue;
        if (term.slot == Slot::kTarget && BehindAs(h)) continue;
        int save_s = source_, save_t = target_;
        if (term.slot == Slot::kSource) source_ = h;
        else target_ = h;
        size_t used = used_.size();
        used_.push_back(h);
        size_t end = EndOfGroup(seq, q, h);
        if (Enumerate(terms, k + 1, seq, static_cast<long>(end), seq[end], then)) return true;
        used_.resize(used);
        source_ = save_s;
        target_ = save_t;
        continue;
      }
      if (!term.synset.empty()) {
        if (const auto* phrases = d_.SynsetPhrases(term.synset)) {
          for (const auto& ph : *phrases) {
            if (ph.size() < 2) continue;
            long end = MatchPhraseAt(ph, seq, q);
            if (end < 0) continue;
            size_t used = used_.size();
            for (long r = static_cast<long>(q); r <= end; ++r) used_.push_back(seq[r]);
            if (Enumerate(terms, k + 1, seq, end, seq[end], then)) return true;
            used_.resize(used);
          }
        }
      }
      if (!WordMatches(term, j)) continue;
      // A premodifier of an oblique's noun ("call on the international
      // community"): attached through its noun, which the pattern must match
      // after it.
      size_t pending = pending_.size();
      if (!Attached(j)) {
        int h = t_.head(j);
        if (!(h > j && OneOf(t_.rel(j), {"amod", "compound", "nummod"}) && Attached(h))) continue;
        pending_.push_back(h);
      }
      size_t used = used_.size();
      used_.push_back(j);
      // A preposition the pattern names after the verb ("* MEMOS FROM")
      // marks the target's phrase unless a slot names another.
      int save_t = target_;
      if (after_ && target_ < 0 && PrepositionLike(j) && t_.head(j) >= 0) {
        int np = t_.head(j);
        if (a_.At(np).empty() && a_.GroupOf(np) >= 0) np = a_.GroupOf(np);
        if (!a_.At(np).empty()) target_ = np;
      }
      if (Enumerate(terms, k + 1, seq, static_cast<long>(q), j, then)) return true;
      target_ = save_t;
      used_.resize(used);
      pending_.resize(pending);
    }
    return false;
  }

  const ParseTree& t_;
  const SentenceActors& a_;
  const dict::CompiledDictionary& d_;
  int trigger_;
  int complement_;
  std::vector<int> governors_;  // Governors(trigger): words above a complement its patterns may name
  const std::vector<int>& recipients_;
  bool noun_trigger_;
  bool forms_only_ = false;  // the pattern's words match written forms only (PETRARCH)
  int source_ = -1, target_ = -1;
  bool after_ = false;  // matching the words after the trigger
  std::vector<int> used_;
  std::vector<int> pending_;  // nouns of premodifiers matched before them
};

// Can a compound subject with no other party do this to each other ("X and
// Y met", "signed a truce", "clashed")? Consultation, cooperation, aid,
// yielding and fighting can; statements, demands, criticism, threats,
// protests and coercion are about someone else ("X and Y condemned the
// launch" is not X condemning Y).
bool MutualWhenUnaddressed(std::string_view code) {
  if (code.size() < 2) return false;
  std::string_view root = code.substr(0, 2);
  return OneOf(root, {"03", "04", "05", "06", "07", "08", "19", "20"});
}

// A pattern's code codes an event when it has a digit ("064", "174K");
// "---" blocks the verb, and "+++" or "xxy" are placeholders.
bool IsEventCode(std::string_view code) {
  return std::any_of(code.begin(), code.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// Can the pattern match at all? Every literal word it names must be among
// the clause's words (lemma or form) on its side of the trigger; a cheap test
// before the full match, which enumerates positions.
bool LiteralsPresent(const VerbPattern& p, const ParseTree& t, const std::vector<int>& before,
                     const std::vector<int>& after) {
  auto side = [&](const std::vector<PatternElement>& els, const std::vector<int>& seq) {
    auto has = [&](const std::string& w) {
      for (int j : seq)
        if ((!p.forms_only && t.lemma_key(j) == w) || t.form_key(j) == w) return true;
      return false;
    };
    for (const PatternElement& el : els) {
      if (el.kind == PatternElement::Kind::kPrep && !el.prep.word.empty() && !has(el.prep.word)) return false;
      for (const PatternTerm& term : el.words)
        if (!term.word.empty() && !has(term.word)) return false;
    }
    return true;
  };
  return side(p.before, before) && side(p.after, after);
}

// Agreements and ceasefires, whose parties a later mediation is between:
// signing a formal agreement (057), declaring a ceasefire (0871).
bool IsPactCode(std::string_view code) { return code == "057" || code == "0871"; }

bool IsRelcl(std::string_view deprel) {
  return deprel.size() >= 6 && deprel.compare(deprel.size() - 6, 6, ":relcl") == 0;
}

// "A court ordered Gershkovich held in custody": a past participle (or the
// tagger's past tense) that complements a verb after its object, with no
// subject, object or "to" of its own, says what is done to the object.
bool PassiveSmallClause(const ParseTree& t, int v) {
  int h = t.head(v);
  if (h < 0 || t.rel(v) != "xcomp" || (t.xpos(v) != "VBN" && t.xpos(v) != "VBD")) return false;
  int obj = t.Child(h, "obj");
  if (obj < 0 || obj > v || t.Child(v, "obj") >= 0 || t.Child(v, "nsubj") >= 0) return false;
  for (int ch : t.children(v))
    if (t.rel(ch) == "mark") return false;
  return true;
}

// A gerund clause introduced by a preposition, with no subject of its own
// ("after leaving Eriador", "by closing the border"), or a verb conjoined
// to one: a prepositional phrase in a constituency parse (PP over S).
bool PrepositionalGerund(const ParseTree& t, int v) {
  int k = v;
  while (t.rel(k) == "conj" && t.head(k) >= 0 && t.IsVerbal(t.head(k))) k = t.head(k);
  if (t.xpos(k) != "VBG" || (t.rel(k) != "advcl" && t.rel(k) != "acl") || t.Child(k, "nsubj") >= 0) return false;
  for (int ch : t.children(k))
    if ((t.rel(ch) == "mark" || t.rel(ch) == "case") && ch < k &&
        OneOf(t.lemma_key(ch), {"after", "before", "since", "by", "on", "upon", "without", "despite", "for", "from",
                                "of", "in", "through", "with", "against", "about", "over", "besides"}))
      return true;
  return false;
}

void AddSubtree(const ParseTree& t, int root, std::vector<int>* out) {
  std::vector<int> stack{root};
  while (!stack.empty()) {
    int k = stack.back();
    stack.pop_back();
    out->push_back(k);
    for (int ch : t.children(k))
      if (t.rel(ch) != "punct" && !IsRelcl(t.deprel(ch)) && t.rel(ch) != "parataxis") stack.push_back(ch);
  }
}

// A finite clause the parser read as a noun phrase: the sentence's root is a
// noun whose "participle" takes an object of its own ("Russian police
// arrested Russian students"). The noun is the verb's subject.
bool IsRootClauseNoun(const ParseTree& t, int v) {
  int h = t.head(v);
  return h >= 0 && t.head(h) < 0 && t.rel(v) == "acl" && !IsRelcl(t.deprel(v)) && t.Child(v, "obj") >= 0 &&
         t.CaseOf(v).empty() && (t.upos(h) == "NOUN" || t.upos(h) == "PROPN");
}

// Collects the clause of trigger v.
Clause ClauseOf(const ParseTree& t, int v) {
  Clause c;
  std::vector<int> toks;
  for (int ch : t.children(v))
    if (!IsClauseBoundary(t.deprel(ch), t.rel(ch)) && !IsRelcl(t.deprel(ch))) AddSubtree(t, ch, &toks);
  // A gerund after a preposition is the verb's complement, not a clause of
  // its own ("looked forward to working together", "warned of attacking").
  for (int ch : t.children(v))
    if (ch > v && t.rel(ch) == "advcl" && !IsRelcl(t.deprel(ch)) && t.xpos(ch) == "VBG" &&
        OneOf(t.CaseOf(ch), {"to", "of", "for", "about", "on", "from", "against", "with", "in"}))
      AddSubtree(t, ch, &toks);
  // So is a finite verb's purpose infinitive, for patterns that spell it
  // out ("went on strike to demand the resignation of ...": UD hangs "to
  // demand" on the verb as advcl, not on "strike"). Not a participle's ("a
  // mission led by Kenya to help the police" is no "lead ... to $T").
  if (OneOf(t.xpos(v), {"VBD", "VBZ", "VBP"}))
    for (int ch : t.children(v))
      if (ch > v && t.rel(ch) == "advcl" && !IsRelcl(t.deprel(ch)) && t.xpos(ch) == "VB" && t.CaseOf(ch) == "to")
        AddSubtree(t, ch, &toks);
  // A by-phrase attached to the active verb that governs a noun trigger
  // belongs to the noun ("prompting strikes by the U.S.").
  int h = t.head(v);
  bool noun = t.upos(v) == "NOUN" || t.upos(v) == "PROPN";
  if (noun && h >= 0 && t.rel(v) == "obj" && !t.IsPassive(h))
    for (int ch : t.children(h))
      if (ch > v && (t.rel(ch) == "obl" || t.rel(ch) == "nmod") && t.CaseOf(ch) == "by") AddSubtree(t, ch, &toks);
  std::sort(toks.begin(), toks.end());
  toks.erase(std::unique(toks.begin(), toks.end()), toks.end());
  for (int k : toks) (k > v ? c.after : c.before).push_back(k);
  // A participle modifying a noun ("a letter presented by X to Y"): the noun is its object.
  if (h >= 0 && t.rel(v) == "acl" && t.xpos(v) == "VBN" && !IsRootClauseNoun(t, v))
    c.after.insert(c.after.begin(), h);
  // Words before the trigger also include its subject's phrase, and the
  // verb whose complement it is ("indicated it would act": INDICATED WOULD *),
  // or the adjective that takes it ("inching nearer to accord").
  for (int ch : t.children(v))
    if (t.rel(ch) == "nsubj")
      for (int k : t.Subtree(ch)) c.before.push_back(k);
  // With them come their auxiliaries and adverbs ("won't try to clash") and
  // the subject that controls the complement ("X was seen to break in",
  // "X will be hosting Y to celebrate": + HOSTING *).
  // (Not the subject above a ccomp: "X said Y would attack" is Y's act.)
  for (int g : Governors(t, v)) {
    c.before.push_back(g);
    for (int ch : t.children(g))
      if (ch < g && (t.rel(ch) == "aux" || t.rel(ch) == "advmod" || t.rel(ch) == "cop" ||
                     (t.rel(ch) == "nsubj" && t.rel(v) != "ccomp")))
        for (int k : t.Subtree(ch)) c.before.push_back(k);
  }
  std::sort(c.before.begin(), c.before.end());
  c.before.erase(std::unique(c.before.begin(), c.before.end()), c.before.end());
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
    : dict_(dict), cameo_(cameo), options_(options), actors_(dict, options.first_actor_of_phrase, options.possessive_pronoun_actors) {}

void DropCarrierStatements(std::vector<Event>* events, size_t first);

void EventCoder::Code(Document* doc) const {
  // Story-level discards stop the whole document.
  for (const auto& s : doc->sentences)
    for (const auto& d : dict_.MatchDiscards(dict::KeysOfTokens(s.tokens)))
      if (d.story) return;
  ActorContext ctx;
  // A name written in full anywhere in the story licenses its surname
  // everywhere, the headline included ("Yoon and Kishida meet" above "South
  // Korean President Yoon Suk Yeol ...").
  for (const auto& s : doc->sentences)
    for (const auto& m : dict_.MatchActors(dict::KeysOfTokens(s.tokens), doc->published))
      if (!m.weak && !m.code.empty()) ctx.seen_entries.insert(m.entry);
  for (int i = 0; i < static_cast<int>(doc->sentences.size()); ++i) {
    const Sentence& s = doc->sentences[i];
    if (!options_.code_all_roles) {
      if (s.paragraph < 0 || s.paragraph >= static_cast<int>(doc->paragraphs.size())) continue;
      if (!IsCoded(doc->paragraphs[s.paragraph].role)) continue;
    }
    size_t first = doc->events.size();
    CodeSentence(*doc, i, &ctx, &doc->events);
    DropCarrierStatements(&doc->events, first);
  }
}

// A statement in the sense of docs/coder.md ("Statements"): a 01x code other
// than claiming (015) or denying (016) responsibility, which are acts of
// their own ("Al-Shabaab claimed responsibility for the attack and said it
// had targeted the ministry" codes the claim beside the attack).
namespace {
bool IsStatementCode(std::string_view code) {
  return code.rfind("01", 0) == 0 && code.rfind("015", 0) != 0 && code.rfind("016", 0) != 0;
}
}  // namespace

void DropCarrierStatements(std::vector<Event>* events, size_t first) {
  // "X said Y attacked Z": the report carries the event it reports. A bare
  // statement (01x, no target) is dropped when the same sentence gives its
  // source another event from another word.
  std::vector<bool> drop(events->size(), false);
  for (size_t i = first; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    if (e.target || !IsStatementCode(e.code) || !e.source) continue;
    for (size_t j = first; j < events->size(); ++j) {
      const Event& o = (*events)[j];
      if (j == i || !o.source || o.code.rfind("01", 0) == 0) continue;
      if (o.verb.start != e.verb.start && o.source->code == e.source->code) drop[i] = true;
    }
  }
  size_t w = first;
  for (size_t i = first; i < events->size(); ++i)
    if (!drop[i]) {
      if (w != i) (*events)[w] = std::move((*events)[i]);
      ++w;
    }
  events->resize(w);
}

void EventCoder::CodeSentence(const Document& doc, int si, ActorContext* ctx, std::vector<Event>* out) const {
  const Sentence& s = doc.sentences[si];
  if (s.tokens.empty()) return;
  dict::TokenKeys keys = dict::KeysOfTokens(s.tokens);
  for (const auto& d : dict_.MatchDiscards(keys))
    if (!d.story) return;
  ParseTree t(s);
  dict::TokenKeys lemmas = dict::KeysOfLemmas(s.tokens);
  SentenceActors actors = actors_.Find(t, s, doc.published, ctx, keys, lemmas);
  const int n = t.size();
  static const bool debug = std::getenv("DYAD_CODER_DEBUG") != nullptr;
  if (debug) {
    for (int i = 0; i < n; ++i) {
      std::string as;
      for (const auto& m : actors.At(i)) as += " " + m.code;
      std::fprintf(stderr, "%d\t%s\t%s\t%s\t%d\t%s\t%s\n", i, s.tokens[i].form.c_str(), t.lemma_key(i).c_str(),
                   t.upos(i).c_str(), t.head(i), t.deprel(i).c_str(), as.c_str());
    }
  }

  struct Candidate {
    int trigger;
    std::string code, reverse_code, pattern;
    bool recip = false;
    int source = -1, target = -1;
    std::vector<int> used;
    bool by_default = false;  // the verb alone: its default code, or a pattern of no other words
    Clause clause;            // the trigger's clause
    std::vector<int> recipients;  // ParticipleRecipients of the trigger
    bool negated_reject = false;  // a negated act of cooperation, coded 120
    int verb_part = -1;           // the multiword verb's own word, parsed as the trigger's object
  };
  std::vector<Candidate> cands;
  std::set<int> consumed;  // triggers whose words a governing pattern used
  std::map<int, int> consumer;  // a consumed trigger -> the trigger whose pattern used it

  auto subject_of = [&](int v, auto&& self, int depth) -> int {
    if (v < 0 || depth > 6) return -1;
    if (t.IsPassive(v)) {
      auto by_agent = [&](int c) {
        return t.deprel(c) == "obl:agent" || ((t.rel(c) == "obl" || t.rel(c) == "nmod") && t.CaseOf(c) == "by");
      };
      for (int c : t.children(v))
        if (by_agent(c)) return c;
      // A by-phrase the parser hung on an adverb of the verb ("opposed earlier by X").
      for (int c : t.children(v))
        if (t.rel(c) == "advmod")
          for (int g : t.children(c))
            if (by_agent(g)) return g;
      // Raising: "X is poised/expected/set to ..." -- X is the doer of the complement.
      if (t.Child(v, "xcomp") >= 0) return t.Child(v, "nsubj:pass");
      // PETRARCH reads an agentless passive by position: "X was criticized
      // over its dispute with Y" is X's (CoderOptions::agentless_passive_subjects).
      if (options_.agentless_passive_subjects) return t.Child(v, "nsubj:pass");
      return -1;
    }
    // "the attacks are unlikely": copular predicates carry the subject
    // themselves. Of two subjects (a noun phrase the parser split), the one
    // next to the verb heads the phrase.
    int subj = -1;
    for (int c : t.children(v))
      if (t.rel(c) == "nsubj" && (subj < 0 || (c < v && c > subj))) subj = c;
    if (subj >= 0) return subj;
    // No subject in the parse: an unmarked actor phrase hung on the verb
    // before it stands in for it (an unknown name tagged as an adverb).
    for (int c : t.children(v)) {
      if (c > v) break;
      std::string_view cr = t.rel(c);
      if (!actors.At(c).empty() && t.CaseOf(c).empty() &&
          (cr == "advmod" || cr == "dep" || cr == "obl" || cr == "nmod" || cr == "compound" || cr == "amod"))
        return c;
    }
    std::string_view r = t.rel(v);
    int h = t.head(v);
    if (h < 0) return -1;
    if (r == "xcomp") {
      // "ordered X held in custody": a participle after the object is a
      // passive small clause, done by the subject above to the object.
      if (PassiveSmallClause(t, v)) return self(h, self, depth + 1);
      int obj = t.Child(h, "obj");
      if (obj >= 0 && !actors.At(obj).empty()) return obj;  // object control: "prompted X to advocate"
      if (t.IsPassive(h) && t.Child(h, "nsubj:pass") >= 0) return t.Child(h, "nsubj:pass");  // "X was asked to"
      return self(h, self, depth + 1);
    }
    if (r == "conj") return self(h, self, depth + 1);
    // "X is inching nearer to accord with Y", "X is ready to talk": the
    // infinitive of a predicative adjective is done by the adjective's subject.
    if ((r == "acl" || r == "xcomp") && t.upos(h) == "ADJ" && t.CaseOf(v) == "to") return self(h, self, depth + 1);
    // A complement's subject the parser took for the object of the verb
    // above ("indicated it should have acted").
    if (r == "ccomp") {
      int obj = t.Child(h, "obj");
      if (obj >= 0 && obj < v && h < obj) return obj;
    }
    if (r == "advcl" && t.CaseOf(v) == "to") {
      // "prompted X to advocate" with the infinitive read as an adverbial
      // clause: still object control.
      int obj = t.Child(h, "obj");
      if (obj >= 0 && obj < v && !actors.At(obj).empty()) return obj;
    }
    // "added companies to a blacklist for supporting X": a reason clause's
    // doer is the object, not the subject, of the verb above.
    if (r == "advcl" && t.xpos(v) == "VBG" && t.CaseOf(v) == "for") {
      int obj = t.Child(h, "obj");
      return obj >= 0 && !actors.At(obj).empty() ? obj : -1;
    }
    if (r == "advcl" && (t.xpos(v) == "VBG" || t.xpos(v) == "VBN" || t.CaseOf(v) == "to")) return self(h, self, depth + 1);
    if (r == "acl" && t.xpos(v) == "VBG") return h;
    // A clause the parser hung on its subject noun ("two days after his
    // troops detained the president": "detained" as a modifier of
    // "troops"): a finite verb or a participle with an actor as its object
    // and no by-agent is done by the noun.
    if (r == "acl" && !IsRelcl(t.deprel(v)) && t.Child(v, "obj") >= 0 && !actors.At(t.Child(v, "obj")).empty() &&
        (t.xpos(v) == "VBD" || t.xpos(v) == "VBZ" || t.xpos(v) == "VBP" || (t.xpos(v) == "VBN" && !t.IsPassive(v)))) {
      bool by = false;
      for (int ch : t.children(v))
        if ((t.rel(ch) == "obl" || t.rel(ch) == "nmod") && t.CaseOf(ch) == "by") by = true;
      if (!by) return h;
    }
    if (IsRootClauseNoun(t, v)) return h;
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
    bool nounish = t.upos(v) == "NOUN" || t.upos(v) == "PROPN";
    bool verbal = t.IsVerbal(v) || (t.upos(v) == "ADJ" && t.Child(v, "xcomp") >= 0);
    if (!nounish && !verbal) continue;
    std::vector<int> entries;
    auto add = [&](const std::vector<int>& es) {
      for (int e : es)
        if (std::find(entries.begin(), entries.end(), e) == entries.end()) entries.push_back(e);
    };
    add(dict_.VerbsForLemma(t.lemma_key(v)));
    add(dict_.VerbsForForm(t.form_key(v)));
    // Multiword verbs ("pull out", "wire tap") count only where their other words stand.
    // (Looked up only when the token's own entries include one, or its keys
    // differ from the tree's: otherwise there is none.)
    auto first_key = [](const dict::TokenKeys& k, int tok) -> std::string_view {
      size_t i = static_cast<size_t>(tok) < k.first_key.size() ? k.first_key[tok] : k.keys.size();
      return i < k.keys.size() && k.token[i] == static_cast<uint32_t>(tok) ? std::string_view(k.keys[i])
                                                                              : std::string_view();
    };
    bool any_multi = std::any_of(entries.begin(), entries.end(), [&](int e) {
      return !dict_.verb(e).before.empty() || !dict_.verb(e).after.empty();
    });
    std::vector<int> multi;
    if (any_multi || first_key(keys, v) != t.form_key(v) || first_key(lemmas, v) != t.lemma_key(v))
      multi = dict_.MultiwordVerbsAt(keys, lemmas, static_cast<uint32_t>(v));
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](int e) {
                                   const auto& ve = dict_.verb(e);
                                   return (!ve.before.empty() || !ve.after.empty()) &&
                                          std::find(multi.begin(), multi.end(), e) == multi.end();
                                 }),
                  entries.end());
    add(multi);
    // "will not wire tap the links": the parser made the multiword verb's
    // first word the verb and its verb word ("tap") a noun object of it.
    // The verb is the phrase, triggered here; the noun's dependents are the
    // verb's.
    int verb_part = -1;
    if (verbal && v + 1 < n && !t.IsVerbal(v + 1) && t.head(v + 1) == v &&
        (t.rel(v + 1) == "obj" || t.rel(v + 1) == "compound")) {
      for (int e : dict_.MultiwordVerbsAt(keys, lemmas, static_cast<uint32_t>(v + 1))) {
        const auto& ve = dict_.verb(e);
        if (ve.before.size() == 1 && ve.after.empty() && ve.before[0] == t.form_key(v)) {
          add({e});
          verb_part = v + 1;
        }
      }
    }
    if (entries.empty()) continue;
    // An entry written as this very form ("LEFT" beside "LEAVE") comes first:
    // its default code is the one that applies.
    std::stable_partition(entries.begin(), entries.end(),
                          [&](int e) { return dict_.verb(e).lemma == t.form_key(v); });
    Clause clause = ClauseOf(t, v);
    const std::vector<int> recipients = ParticipleRecipients(t, v);
    Candidate best;
    int best_spec = -1;
    bool matched = false;
    PatternMatch pm(t, actors, dict_, v, recipients);  // Match() starts afresh for each pattern
    for (int e : entries) {
      const dict::VerbEntry& entry = dict_.verb(e);
      if (entry.noun != nounish) continue;
      if (!entry.noun && !verbal) continue;
      for (const VerbPattern* p : dict_.PatternsForVerb(e)) {
        if (p->noun != entry.noun) continue;
        if (!IsEventCode(p->code)) continue;  // "+++", "xxy": placeholders that code nothing
        // Most specific first: once one matched, the rest of the block are no better.
        if (best_spec >= 0 && p->Specificity() <= best_spec) break;
        if (!LiteralsPresent(*p, t, clause.before, clause.after)) continue;
        if (!pm.Match(*p, clause)) continue;
        const int spec = p->Specificity();
        // A pattern of the verb alone says no more than a default code.
        bool bare = p->before.empty() && p->after.empty();
        best = Candidate{v, p->code, p->reverse_code, p->Id(), p->recip, pm.source(), pm.target(), pm.used(), bare};
        best_spec = spec;
        matched = true;
      }
      if (!matched) {
        const std::string& dc = dict_.DefaultCode(e);
        if (!dc.empty() && dc != "---" && best_spec < 0) {
          best = Candidate{v, dc, dict_.DefaultReverseCode(e), entry.loc.ToString(), false, -1, -1, {}, true};
          best_spec = 0;
        }
      }
    }
    // PETRARCH matches a pattern's words over the whole verb phrase, its
    // complement clause included ("allowed that Y isn't a really pleasant
    // place": * REALLY_PLEASANT). When nothing matched in the verb's own
    // clause, its PETRARCH patterns may reach into a clausal complement.
    if (!matched && !nounish) {
      int comp = -1;
      for (int ch : t.children(v))
        if (ch > v && t.rel(ch) == "ccomp") comp = ch;
      if (comp >= 0) {
        Clause wide = clause;
        for (int k : t.Subtree(comp))
          if (k > v) wide.after.push_back(k);
        std::sort(wide.after.begin(), wide.after.end());
        wide.after.erase(std::unique(wide.after.begin(), wide.after.end()), wide.after.end());
        int wide_spec = -1;
        PatternMatch wide_pm(t, actors, dict_, v, recipients, comp);
        for (int e : entries) {
          const dict::VerbEntry& entry = dict_.verb(e);
          if (entry.noun) continue;
          for (const VerbPattern* p : dict_.PatternsForVerb(e)) {
            if (!p->whole_phrase || p->noun || !IsEventCode(p->code) || p->after.empty()) continue;
            if (wide_spec >= 0 && p->Specificity() <= wide_spec) break;
            if (!LiteralsPresent(*p, t, wide.before, wide.after)) continue;
            if (!wide_pm.Match(*p, wide)) continue;
            best = Candidate{v, p->code, p->reverse_code, p->Id(), p->recip, wide_pm.source(), wide_pm.target(),
                             wide_pm.used(), false};
            wide_spec = p->Specificity();
            best_spec = wide_spec;
            matched = true;
          }
        }
      }
    }
    if (best_spec < 0 || best.code.empty() || best.code == "---") continue;
    // What someone is accused, suspected or charged of ("firms accused of
    // helping Moscow") is the accusation's content, not an event.
    if (!nounish && t.head(v) >= 0 && (t.rel(v) == "advcl" || t.rel(v) == "xcomp" || t.rel(v) == "acl") &&
        OneOf(t.CaseOf(v), {"of", "with"}) &&
        OneOf(t.lemma_key(t.head(v)), {"accuse", "suspect", "charge", "convict", "blame", "indict"}))
      continue;
    // Negated triggers code nothing ("did not attack", "no withdrawal"),
    // unless the pattern itself spells out the negation ("will not * over").
    if (t.IsNegated(v)) {
      bool spelled = false;
      for (int ch : t.children(v))
        if (OneOf(t.lemma_key(ch), {"not", "never", "n't", "no"}) &&
            std::find(best.used.begin(), best.used.end(), ch) != best.used.end())
          spelled = true;
      if (!spelled) {
        // Analysts read a negated act of cooperation as a rejection ("Moscow
        // did not recognise the court's jurisdiction": 12).
        const std::string_view root = std::string_view(best.code).substr(0, 2);
        // Not visiting or not meeting (04) is no rejection; nor is one of
        // nobody in particular (see the target check below).
        if (!options_.negated_cooperation_rejects || nounish || root < "03" || root > "08" || root == "04") continue;
        best.code = "120";
        best.reverse_code.clear();
        best.recip = false;
        best.negated_reject = true;
      }
    }
    if (debug)
      std::fprintf(stderr, "candidate %d %s code %s pattern %s src %d tgt %d\n", v, tok.form.c_str(), best.code.c_str(),
                   best.pattern.c_str(), best.source, best.target);
    for (int u : best.used) {
      if (u == v || u < 0 || u >= n) continue;
      // Two triggers whose patterns use each other ("the agreement, brokered
      // by X": "&AGREEMENT brokered by $S" and "broker &AGREEMENT") are one
      // event: the first keeps it, rather than each silencing the other.
      auto by = consumer.find(v);
      if (by != consumer.end() && by->second == u) continue;
      consumed.insert(u);
      consumer.emplace(u, v);
    }
    best.clause = std::move(clause);
    best.recipients = recipients;
    best.verb_part = verb_part;
    cands.push_back(std::move(best));
  }

  // The source of a candidate: its $S slot, else the subject (see above).
  auto source_of = [&](const Candidate& c) -> int {
    const int v = c.trigger;
    const bool noun = t.upos(v) == "NOUN" || t.upos(v) == "PROPN";
    int src = resolve_head(c.source);
    if (src >= 0) return src;
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
        // PETRARCH reads a participle without a by-agent by position, as it
        // reads an agentless passive: "a Kestrian envoy believed linked to
        // X" is the envoy's (CoderOptions::agentless_passive_subjects).
        if (src < 0 && options_.agentless_passive_subjects && !IsRelcl(t.deprel(v)))
          src = resolve_head(t.head(v));
      }
    }
    return src;
  };

  // Do phrases a and b name the same actors (a pronoun for its antecedent)?
  auto same_actors = [&](int a, int b) {
    if (a < 0 || b < 0 || actors.At(a).empty() || actors.At(b).empty()) return false;
    for (const auto& m : actors.At(a))
      for (const auto& o : actors.At(b))
        if (m.code != o.code) return false;
    return true;
  };

  const size_t first_event = out->size();
  std::vector<char> bare;  // per event appended here: a default code without a target
  std::vector<char> from_report;  // per event appended here: a statement aimed at its reported clause's actor
  std::map<int, int> consult_target;  // a consultation verb -> its target's head
  std::vector<std::pair<int, int>> acted_on;  // (source, target) heads of the events so far
  std::vector<std::string> pacts_here;  // the parties of this sentence's agreements and ceasefires
  auto root_of = [](const std::string& code) { return std::string_view(code).substr(0, 2); };
  // "Wang said Washington must stop suppressing China's development",
  // "X said Y must withdraw": a statement whose reported clause says what
  // another actor must do is a demand (100) of that actor, and what the
  // clause says is demanded, not done (docs/coder.md, "Must").
  std::vector<int> demanded;  // reported clauses that are demands
  for (Candidate& c : cands) {
    const int v = c.trigger;
    if (c.code != "010" || consumed.count(v) || t.upos(v) == "NOUN" || t.upos(v) == "PROPN") continue;
    int comp = t.Child(v, "ccomp");
    if (comp < 0) continue;
    bool must = false;
    for (int ch : t.children(comp))
      if (t.rel(ch) == "aux" && t.lemma_key(ch) == "must") must = true;
    int who = t.Child(comp, "nsubj");
    int subj = resolve_head(who);
    int src = source_of(c);
    if (!must || subj < 0 || src < 0 || actors.At(subj).empty() || actors.At(src).empty() || same_actors(subj, src))
      continue;
    const std::string& sc = actors.At(src)[0].code;
    const std::string& oc = actors.At(subj)[0].code;
    // Not one's own side: "Netanyahu said Israel must ..." is no demand of Israel.
    if (oc == sc || (oc.size() == 3 && sc.rfind(oc, 0) == 0) || (sc.size() == 3 && oc.rfind(sc, 0) == 0)) continue;
    c.code = "100";
    c.reverse_code.clear();
    c.recip = false;
    c.target = who;
    demanded.push_back(comp);
  }
  // "Kilicdaroglu said the election had been unfair", "X said the ruling was
  // null and void": a statement whose reported clause is a predication with
  // an evaluative predicate of the kb's `judge` entries is the speaker's
  // judgment (its code), aimed at the actor the clause's subject names, or
  // its owner ("the court's warrant"), or none (docs/coder.md, "Judgments").
  const auto& judgments = dict_.model().verbs.judgments;
  for (Candidate& c : cands) {
    const int v = c.trigger;
    if (judgments.empty() || !options_.reported_judgments) break;
    if (c.code != "010" || consumed.count(v) || t.upos(v) == "NOUN" || t.upos(v) == "PROPN") continue;
    // The statement's own addressee ("told the council that the mission had
    // failed"): a judgment is still the speaker's; it is aimed at the
    // clause's subject, or else at the addressee it was said to.
    const int addressee = c.target;
    const int comp = t.Child(v, "ccomp");
    if (comp < 0) continue;
    if (std::any_of(demanded.begin(), demanded.end(), [&](int d) { return d == comp; })) continue;
    // The clause's predicates: its head and the heads conjoined to it ("would
    // not change the situation and would only lead to more deaths").
    std::vector<int> heads{comp};
    for (int ch : t.children(comp))
      if (t.rel(ch) == "conj" && (t.IsVerbal(ch) || t.upos(ch) == "ADJ")) heads.push_back(ch);
    const dict::Judgment* found = nullptr;
    int who = -1;
    for (int h : heads) {
      // A negated predicate ("was not unfair") judges nothing this lexicon knows.
      bool negated = false;
      for (int ch : t.children(h)) {
        const std::string& l = t.lemma_key(ch);
        if ((t.rel(ch) == "advmod" || t.rel(ch) == "neg" || t.rel(ch) == "det") &&
            (l == "not" || l == "never" || l == "n't"))
          negated = true;
      }
      if (negated) continue;
      who = t.Child(h, "nsubj");
      if (who < 0) who = t.Child(comp, "nsubj");
      // The predicate: the words under h outside its subject and outside any
      // clause nested in it; a phrase must include h itself.
      auto in_predicate = [&](int k) {
        if (k < 0 || k >= n || !t.Dominates(h, k)) return false;
        if (who >= 0 && t.Dominates(who, k)) return false;
        for (int a = k; a >= 0 && a != h; a = t.head(a))
          if (t.rel(a) == "ccomp" || t.rel(a) == "advcl" || t.rel(a) == "acl" || t.rel(a) == "parataxis")
            return false;
        return true;
      };
      // A phrase's words in order, inside the predicate, one of them h; a
      // determiner or modifier of a later phrase word may stand between two
      // of them ("pay price" in "would pay an even steeper price").
      auto skippable = [&](int k) {
        const std::string_view r = t.rel(k);
        return in_predicate(k) && t.head(k) > k &&
               (r == "det" || r == "amod" || r == "advmod" || r == "nummod");
      };
      auto match_at = [&](const std::vector<std::string>& phrase, int b) {
        bool has_h = false;
        int k = b;
        for (size_t i = 0; i < phrase.size(); ++i) {
          if (i > 0) {
            int limit = k + 4;
            while (k < n && k < limit && t.lemma_key(k) != phrase[i] && skippable(k)) ++k;
          }
          if (k >= n || !in_predicate(k) || t.lemma_key(k) != phrase[i]) return false;
          has_h |= k == h;
          ++k;
        }
        return has_h;
      };
      for (const dict::Judgment& j : judgments) {
        for (const auto& phrase : j.phrases) {
          const int len = static_cast<int>(phrase.size());
          for (int b = std::max(0, h - len - 4); b <= h && !found; ++b)
            if (t.lemma_key(b) == phrase[0] && match_at(phrase, b)) found = &j;
          if (found) break;
        }
        if (found) break;
      }
      if (found) break;
    }
    if (!found) continue;
    int src = source_of(c);
    if (src < 0 || actors.At(src).empty()) continue;
    int tgt = resolve_head(who);
    if (tgt < 0 && who >= 0) {
      for (int ch : t.children(who))
        if ((t.rel(ch) == "nmod" || t.rel(ch) == "amod" || t.rel(ch) == "compound") && resolve_head(ch) >= 0) {
          tgt = resolve_head(ch);
          break;
        }
    }
    if (tgt < 0 && addressee >= 0) {
      int a = resolve_head(addressee);
      if (a >= 0 && !actors.At(a).empty() && actors.At(a)[0].code.rfind("---", 0) != 0) tgt = a;
    }
    // One's own words about oneself ("Israel said its response was justified").
    if (tgt >= 0 && same_actors(tgt, src)) continue;
    c.code = found->code;
    c.pattern = found->loc.ToString();  // the event's provenance: the judge line
    c.reverse_code.clear();
    c.recip = false;
    c.target = tgt;
  }
  for (Candidate& c : cands) {
    int v = c.trigger;
    if (consumed.count(v)) continue;
    if (!options_.prepositional_gerund_events && PrepositionalGerund(t, v)) continue;
    if (std::any_of(demanded.begin(), demanded.end(), [&](int comp) { return t.Dominates(comp, v); })) continue;
    const Token& tok = s.tokens[v];
    bool noun = t.upos(v) == "NOUN" || t.upos(v) == "PROPN";
    // Source.
    int src = source_of(c);
    // A role word without a country modifying another noun names no actor
    // ("military exercises", "the military takeover").
    auto role_modifier = [&](int h) {
      // The role word is a modifier of h, or h itself modifies a noun ("army drills").
      bool modifying = (t.rel(h) == "amod" || t.rel(h) == "compound") && t.head(h) >= 0 &&
                       actors.At(t.head(h)).empty();
      for (const auto& m : actors.At(h))
        if (m.code.rfind("---", 0) != 0 || (m.begin <= h && h < m.end && !modifying)) return false;
      return !actors.At(h).empty();
    };
    // Target.
    int tgt = resolve_head(c.target);
    if (tgt >= 0 && role_modifier(tgt)) {
      tgt = -1;
      c.target = -1;
    }
    // A slot that caught the source itself (the by-agent of a passive) names
    // no target: look for the target as if the pattern had no slot.
    if (tgt >= 0 && tgt == src) {
      tgt = -1;
      c.target = -1;
    }
    // A pattern that finds the source elsewhere ("experienced attacks by $S")
    // makes the subject the target.
    if (tgt < 0 && c.source >= 0 && !noun) {
      int subj = resolve_head(t.Child(v, "nsubj"));
      if (subj >= 0 && subj != src) tgt = subj;
    }
    if (tgt < 0 && c.target < 0) {
      if (!noun) {
        bool passive_subject_source = false;
        if (t.IsPassive(v)) {
          tgt = resolve_head(t.Child(v, "nsubj:pass"));
          // PETRARCH's agentless passive: its subject is the source.
          if (tgt >= 0 && tgt == src) {
            tgt = -1;
            passive_subject_source = true;
          }
        }
        if (!t.IsPassive(v) || passive_subject_source) {
          tgt = c.verb_part >= 0 ? -1 : resolve_head(t.Child(v, "obj"));
          if (tgt < 0) tgt = resolve_head(t.Child(v, "iobj"));
        }
        if (tgt >= 0 && role_modifier(tgt)) tgt = -1;
        if (tgt < 0 && t.rel(v) == "acl" && t.xpos(v) == "VBN" && resolve_head(t.head(v)) != src)
          tgt = resolve_head(t.head(v));
        if (tgt < 0 && PassiveSmallClause(t, v)) tgt = resolve_head(t.Child(t.head(v), "obj"));
        if (tgt < 0) {
          // The first actor of the verb phrase: an object or oblique of the
          // verb, or inside their noun phrases ("restored ties with X",
          // "condemned an attack by X"), never inside another clause.
          // A to-infinitive of the verb that follows its object, an event
          // noun or thing with no actor and no owner ("signed an accord to
          // supply X"; not "approve its bid to join X", whose infinitive is
          // the owner's).
          auto purpose_of_object = [&](int a) {
            int obj = t.Child(v, "obj");
            int mark = t.Child(a, "mark");
            return t.head(a) == v && t.rel(a) == "advcl" && obj >= 0 && obj < a && actors.At(obj).empty() &&
                   actors.GroupOf(obj) < 0 && t.Child(obj, "nmod:poss") < 0 && mark >= 0 &&
                   t.lemma_key(mark) == "to" && t.IsVerbal(a);
          };
          auto in_vp = [&](int h) {
            int nmods = 0, acls = 0;
            for (int k = h, steps = 0; k >= 0 && steps < 8; k = t.head(k), ++steps) {
              int up = t.head(k);
              std::string_view r = t.rel(k);
              // A country named in an in-phrase is where it happened ("signed
              // a ceasefire in the Saudi city of Jeddah"), not whom it was
              // done to (unless the pattern says "in $T").
              if (k == h && !options_.locative_targets && (r == "obl" || r == "nmod") && t.CaseOf(k) == "in" &&
                  actors.At(h)[0].code.size() == 3)
                return false;
              // An as-phrase says what the object is taken for ("condemned
              // the strikes as a violation of Yemen's sovereignty"): no target.
              if ((r == "obl" || r == "nmod") && t.CaseOf(k) == "as") return false;
              // A phrase of time or cause ("in response to the death of X",
              // "after talks with X", "amid tension with X") says when or why,
              // not whom the act is aimed at.
              if (up == v && r == "obl" && !options_.time_phrase_targets &&
                  (OneOf(t.CaseOf(k), {"after", "before", "following", "amid", "despite", "since", "during"}) ||
                   (t.CaseOf(k) == "in" && t.lemma_key(k) == "response")))
                return false;
              if (up == v && k == c.verb_part) return false;
              if (up == v || (up >= 0 && up == c.verb_part))
                return r == "obj" || r == "obl" || r == "iobj" ||
                       (r == "xcomp" && k != h &&
                        (t.upos(k) == "ADJ" || t.upos(k) == "ADV" ||
                         (t.xpos(k) == "VBN" && std::find(c.used.begin(), c.used.end(), k) != c.used.end()))) ||
                       (r == "advcl" && k != h && purpose_of_object(k));
              if (r == "nmod") {
                // Two noun-phrase steps besides of-phrases ("resumption of
                // ties between X", "shells near a vessel from X"), and not a
                // topic ("talks regarding X").
                std::string_view cs = t.CaseOf(k);
                if (OneOf(cs, {"regarding", "about", "concerning", "amid", "despite", "including", "like", "than",
                               "over"}))
                  return false;
                if (cs != "of" && ++nmods > 2) return false;
              } else if ((r == "obj" || r == "obl") && up >= 0 && t.rel(up) == "acl" && !IsRelcl(t.deprel(up))) {
                // The object of a participle or infinitive modifying the
                // object: "roads leading into X", "an accord to supply X".
              } else if ((r == "obj" || r == "iobj") && k == h && up >= 0 && t.head(up) == v && t.rel(up) == "advcl" &&
                         purpose_of_object(up)) {
                // The object of an infinitive that says what the verb's
                // object is for: "signed an accord on Thursday to supply X
                // with wheat" (the parser's advcl of "signed").
              } else if ((r == "obj" || r == "obl") && up >= 0 && t.head(up) == v && t.rel(up) == "xcomp" &&
                         (t.upos(up) == "ADJ" || t.upos(up) == "ADV")) {
                // A secondary predicate of the verb: "marched close to the
                // border with X", "moved nearer to X".
              } else if ((r == "obj" || r == "obl") && up >= 0 && t.head(up) == v && t.rel(up) == "xcomp" &&
                         t.xpos(up) == "VBN" && std::find(c.used.begin(), c.used.end(), up) != c.used.end()) {
                // The object of a complement verb the pattern names ("*
                // LINKED": "an envoy believed linked to X").
              } else if (r == "acl" && !IsRelcl(t.deprel(k))) {
                if (++acls > 1) return false;
              } else if (!(r == "compound" || r == "conj" || r == "appos" || r == "flat" || r == "amod")) {
                return false;
              }
            }
            return false;
          };
          // Not the source again ("renewing his license in X": "his" is the
          // source), nor another member of the source's own coordination
          // ("talks mediated by Qatar, Egypt and the United States").
          auto conj_top = [&](int h) {
            while (h >= 0 && t.rel(h) == "conj" && t.head(h) >= 0) h = t.head(h);
            return h;
          };
          // Nor the source's own state ("Peskov called the accession an
          // encroachment on Russia's security": Russia is Peskov's side).
          auto own_state = [&](int h) {
            if (src < 0 || actors.At(src).empty() || actors.At(h).empty()) return false;
            for (const auto& m : actors.At(h))
              for (const auto& o : actors.At(src))
                if (!(m.code.size() == 3 && o.code == m.code + "GOV") && !(o.code.size() == 3 && m.code == o.code + "GOV"))
                  return false;
            return true;
          };
          auto same_as_source = [&](int h) {
            return same_actors(h, src) || own_state(h) || (src >= 0 && conj_top(h) == conj_top(src));
          };
          // A participle clause's recipient ("through a letter presented by
          // X to Y") before anything else; its by-agent X is the messenger.
          for (int r : c.recipients) {
            int h = resolve_head(r);
            if (tgt < 0 && h >= 0 && h != src && !same_as_source(h)) tgt = h;
          }
          std::vector<int> reach = c.clause.after;
          for (int a : t.children(v))
            if (purpose_of_object(a) ||
                (t.rel(a) == "xcomp" && t.xpos(a) == "VBN" && std::find(c.used.begin(), c.used.end(), a) != c.used.end()))
              for (int k : t.Subtree(a)) reach.push_back(k);
          for (int j : reach) {
            if (tgt >= 0) break;
            int h = resolve_head(j);
            if (h >= 0 && h != src && in_vp(h) && !same_as_source(h) && !role_modifier(h)) {
              tgt = h;
              break;
            }
          }
        }
      } else {
        for (int ch : t.children(v))
          if ((t.rel(ch) == "nmod") && OneOf(t.CaseOf(ch), {"on", "against", "with", "of", "to", "at", "in"}) &&
              resolve_head(ch) >= 0 && resolve_head(ch) != src) {
            tgt = resolve_head(ch);
            break;
          }
        if (tgt < 0 && t.head(v) >= 0 && t.rel(v) == "obj" && IsUndergoVerb(t.lemma_key(t.head(v))))
          tgt = resolve_head(subject_of(t.head(v), subject_of, 0));
      }
    }
    // "Biden signed an aid package that includes $61 billion for Ukraine":
    // the beneficiary of aid (07) may be named in a relative clause that
    // describes its object (a for- or to-phrase there), when the verb
    // phrase names no one.
    if (tgt < 0 && c.target < 0 && !noun && root_of(c.code) == "07") {
      int obj = t.Child(v, "obj");
      for (int r : obj >= 0 ? t.children(obj) : std::vector<int>{}) {
        if (!IsRelcl(t.deprel(r)) || tgt >= 0) continue;
        for (int k : t.Subtree(r)) {
          std::string_view kr = t.rel(k);
          if ((kr != "nmod" && kr != "obl") || !OneOf(t.CaseOf(k), {"for", "to"})) continue;
          // Not inside a clause nested deeper in the relative clause.
          bool nested = false;
          for (int u = t.head(k); u >= 0 && u != r; u = t.head(u))
            if (OneOf(t.rel(u), {"ccomp", "advcl", "acl", "xcomp", "csubj", "parataxis"})) nested = true;
          int h = resolve_head(k);
          if (!nested && h >= 0 && h != src && !same_actors(h, src)) {
            tgt = h;
            break;
          }
        }
      }
    }
    // "Thousands rallied in Sanaa to denounce the United States and Israel":
    // the purpose of a protest (14) names whom it is against, and is the
    // protest's, not an event of its own (docs/coder.md, "Protests and
    // their purpose").
    if (tgt < 0 && c.target < 0 && !noun && root_of(c.code) == "14") {
      for (int ch : t.children(v)) {
        if (t.rel(ch) != "advcl" || t.Child(ch, "mark") < 0 || t.lemma_key(t.Child(ch, "mark")) != "to") continue;
        bool candidate = std::any_of(cands.begin(), cands.end(), [&](const Candidate& o) { return o.trigger == ch; });
        int o = resolve_head(t.Child(ch, "obj"));
        if (candidate && !consumed.count(ch) && o >= 0 && o != src && !same_actors(o, src)) {
          tgt = o;
          consumed.insert(ch);
        }
        break;
      }
    }
    // A mediation of a pact or of talks ("the agreement, brokered by X",
    // "talks mediated by X, with the support of Y") is between the pact's
    // parties: those of this sentence's or else the story's last agreement
    // or ceasefire, never an actor the fallback finds in the verb phrase
    // (docs/coder.md, "Mediated pacts").
    std::vector<ActorMention> pact_targets;
    const int mediated = c.code == "045" && c.target < 0 ? (noun ? v : (t.rel(v) == "acl" && t.xpos(v) == "VBN" ? t.head(v) : -1)) : -1;
    if (mediated >= 0 && (t.upos(mediated) == "NOUN" || t.upos(mediated) == "PROPN")) {
      tgt = -1;
      const std::vector<std::string>& parties = !pacts_here.empty() ? pacts_here : ctx->pact_parties;
      std::vector<ActorMention> mediators = src >= 0 ? actors.Compound(t, src) : std::vector<ActorMention>{};
      for (const std::string& p : parties) {
        bool mediator = std::any_of(mediators.begin(), mediators.end(), [&](const ActorMention& m) { return m.code == p; });
        if (mediator) continue;
        ActorMention m;
        m.code = p;
        m.head = mediated;
        m.begin = mediated;
        m.end = mediated + 1;
        m.referred = true;
        pact_targets.push_back(std::move(m));
      }
    }
    // A generic statement (010: "said", "told") is addressed to its target;
    // an addressee without a country ("told reporters") or of the speaker's
    // own country names nobody the statement is about: the complement may.
    const bool statement = c.code == "010" && !noun;
    bool reported_target = false;  // a statement's target taken from its reported clause
    std::string src_country = src >= 0 && !actors.At(src).empty() ? CountryOf(actors.At(src)[0].code) : "";
    auto uninformative = [&](int h) {
      if (h < 0 || actors.At(h).empty()) return true;
      bool generic = true, own = !src_country.empty();
      for (const auto& m : actors.At(h)) {
        if (m.code.rfind("---", 0) != 0) generic = false;
        if (CountryOf(m.code) != src_country) own = false;
      }
      return generic || own;
    };
    if (statement && tgt >= 0 && uninformative(tgt)) {
      tgt = -1;
      c.target = -1;
    }
    // A verb whose clausal complement codes nothing of its own ("X said he
    // was satisfied with Y", "X allowed that Y is no place to visit"): the
    // complement's first actor other than the source is the target (for a
    // statement, the first one with a country other than the speaker's).
    if (tgt < 0 && !noun && c.target < 0) {
      int comp = t.Child(v, "ccomp");
      if (comp >= 0) {
        std::vector<int> sub = t.Subtree(comp);
        bool coded = std::any_of(cands.begin(), cands.end(), [&](const Candidate& o) {
          return &o != &c && !consumed.count(o.trigger) && t.Dominates(comp, o.trigger) && source_of(o) >= 0;
        });
        std::string src_code = src >= 0 && !actors.At(src).empty() ? actors.At(src)[0].code : "";
        // The reported clause's subject does what was said; the statement is
        // not addressed to it ("X said Y would comply": not X to Y).
        int said_subject = statement ? resolve_head(t.Child(comp, "nsubj")) : -1;
        // Nor to the subject of any clause inside it, nor to an actor of a
        // clause nested deeper ("said there were grounds to believe that X
        // bore ...", "said he had been involved in a plan to target X"): the
        // report is about the reported clause's own words.
        auto nested_or_subject = [&](int h) {
          for (int k = h; k >= 0 && k != comp; k = t.head(k)) {
            std::string_view r = t.rel(k);
            if ((k == h && r == "nsubj") || r == "csubj" || r == "ccomp" || r == "advcl" || r == "acl" || r == "xcomp" ||
                r == "parataxis")
              return true;
          }
          return false;
        };
        for (size_t q = 0; q < sub.size() && !coded && tgt < 0; ++q) {
          int h = resolve_head(sub[q]);
          if (h >= 0 && h != src && !actors.At(h).empty() && actors.At(h)[0].code != src_code &&
              !(statement && (uninformative(h) || h == said_subject || same_actors(h, said_subject) ||
                              nested_or_subject(h)))) {
            tgt = h;
            if (statement) reported_target = true;
          }
        }
      }
    }
    // "retaliatory strikes" and "in retaliation": aimed at the attackers just named.
    if (tgt < 0 && noun) {
      bool retaliatory = false;
      for (int ch : t.children(v))
        if (OneOf(t.lemma_key(ch), {"retaliatory", "reprisal", "retaliation", "counter"})) retaliatory = true;
      if (retaliatory)
        for (const Candidate& o : cands)
          if (&o != &c && o.trigger < v && !consumed.count(o.trigger)) {
            int os = resolve_head(o.source);
            if (os < 0 && t.upos(o.trigger) == "NOUN")
              for (int ch : t.children(o.trigger))
                if (t.rel(ch) == "nmod" && t.CaseOf(ch) == "by") os = resolve_head(ch);
            if (os >= 0 && os != src) tgt = os;
          }
    }
    // "called for Bazoum's release", "demanded the immediate release of its
    // reporter": the one whose release is asked for is held by someone else;
    // the demand or appeal (1053, 0253) is addressed to the holder, not to
    // the person held (docs/coder.md, "Release of the held").
    if (tgt >= 0 && (c.code.rfind("1053", 0) == 0 || c.code.rfind("0253", 0) == 0)) {
      auto release_noun = [&](int k) {
        return k >= 0 && (t.upos(k) == "NOUN") &&
               OneOf(t.lemma_key(k), {"release", "freedom", "freeing", "return", "repatriation", "handover"});
      };
      bool held = release_noun(tgt);
      for (int k = tgt, steps = 0; !held && k >= 0 && steps < 3; k = t.head(k), ++steps) {
        std::string_view r = t.rel(k);
        if (t.deprel(k) == "nmod:poss" || (r == "nmod" && t.CaseOf(k) == "of")) held = release_noun(t.head(k));
        else if (!(r == "conj" || r == "appos" || r == "flat" || r == "compound")) break;
      }
      if (held) {
        tgt = -1;
        c.target = -1;
      }
    }
    // "Blinken spoke by phone with Lavrov and called for ...": an appeal or
    // demand with no target of its own, conjoined to a consultation of the
    // same subject, is addressed to the one consulted.
    if (tgt < 0 && !noun && t.rel(v) == "conj" && (c.code.rfind("02", 0) == 0 || c.code.rfind("10", 0) == 0)) {
      auto it = consult_target.find(t.head(v));
      if (it != consult_target.end() && it->second != src) tgt = it->second;
    }
    // "congratulated Erdogan and said he looked forward to working
    // together": a joint act its source does "together" with no one named
    // is done with the one the source has just acted on in the sentence.
    if (tgt < 0 && !noun && MutualWhenUnaddressed(c.code) && src >= 0) {
      bool together = false;
      for (int k : c.used)
        if (k >= 0 && k < n && OneOf(t.lemma_key(k), {"together", "jointly"})) together = true;
      for (int k : c.clause.after)
        if (t.rel(k) == "advmod" && OneOf(t.lemma_key(k), {"together", "jointly"})) together = true;
      if (together)
        for (auto it = acted_on.rbegin(); it != acted_on.rend() && tgt < 0; ++it)
          if (same_actors(it->first, src) && !same_actors(it->second, src)) tgt = it->second;
    }
    if (debug) std::fprintf(stderr, "resolved %d %s code %s src %d tgt %d\n", v, tok.form.c_str(), c.code.c_str(), src, tgt);
    if (src >= 0 && tgt >= 0) acted_on.emplace_back(src, tgt);
    if (root_of(c.code) == "04" && tgt >= 0 && !noun) consult_target[v] = tgt;
    if (src < 0) continue;
    if (tgt < 0 && c.negated_reject) continue;
    // A statement with no one to address or be about is an event only when
    // it is all there is: its reported clause names no actor ("X said the
    // weather was fine"). A clause about actors ("X said Moscow would not
    // comply", "attacks killed 100, the president said") is what was said:
    // its own words code it, or nothing does; the saying adds no event.
    if (statement && tgt < 0) {
      if (!options_.code_untargeted_statements) continue;
      std::vector<int> reported;
      for (int ch : t.children(v))
        if (t.rel(ch) == "ccomp") AddSubtree(t, ch, &reported);
      if (t.rel(v) == "parataxis" && t.head(v) >= 0) {
        std::vector<int> main;
        AddSubtree(t, t.head(v), &main);
        for (int k : main)
          if (!t.Dominates(v, k)) reported.push_back(k);
      }
      bool about_actors = std::any_of(reported.begin(), reported.end(), [&](int k) {
        int h = resolve_head(k);
        return h >= 0 && h != src;
      });
      if (about_actors) continue;
      // Analysts code what was said, not the saying: a report of a clause
      // ("X said the election had been unfair") adds no event of its own.
      if (!options_.code_reporting_statements && (!reported.empty() || ReportsContent(t, v, actors))) continue;
    }

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
    // Announced intent: "X said it would lift the restrictions", "X announced
    // that they will cooperate with Y". An act the speaker's own side says it
    // will do, in the reported clause of a statement, is the intent to do it
    // (docs/coder.md, "Announced intent").
    bool announced = false;  // the speaker's side's alone: no reverse event
    if (!noun && code == c.code) {
      std::string ic = IntentCode(code);
      if (!ic.empty() && ic != code) {
        int rep = AnnouncingVerb(t, v);
        if (rep >= 0) {
          int speaker = -1;
          for (const Candidate& o : cands)
            if (o.trigger == rep && o.code.rfind("01", 0) == 0) speaker = source_of(o);
          if (speaker < 0 && IsReportingLemma(t.lemma_key(rep))) speaker = resolve_head(subject_of(rep, subject_of, 0));
          if (speaker >= 0 && !actors.At(speaker).empty() && !actors.At(src).empty()) {
            std::string sc = CountryOf(actors.At(speaker)[0].code);
            bool own = same_actors(speaker, src) || (!sc.empty() && sc == CountryOf(actors.At(src)[0].code));
            if (own) {
              code = ic;
              announced = true;
              // The promise or threat is the speaker's: "Netanyahu said
              // Israel would resume ..." is Netanyahu's (the more specific
              // actor of the same side).
              src = speaker;
            }
          }
        }
      }
    }
    // Codes outside CAMEO (a user's own "902", "174K") are kept as written.
    if (!IsEventCode(code)) continue;

    std::vector<ActorMention> sources = actors.Compound(t, src);
    // "Evil Mordor, the awful Fornost, and good Gondor welcomed ...": a
    // list subject the parser broke up, its first item made the root noun
    // (the rest in apposition) and the verb a conjunct of it with only the
    // last item as its subject. The items before are subjects too.
    {
      int k = v;
      while (!noun && t.rel(k) == "conj" && t.head(k) >= 0 && t.IsVerbal(t.head(k))) k = t.head(k);
      int subj = t.Child(k, "nsubj");
      int h = t.head(k);
      if (!noun && t.rel(k) == "conj" && h >= 0 && t.head(h) < 0 && subj >= 0 && h < subj &&
          resolve_head(subj) == src && (t.upos(h) == "NOUN" || t.upos(h) == "PROPN") && !actors.At(h).empty() &&
          t.Child(k, "cc") >= 0 && t.Child(k, "cc") < subj) {
        auto add = [&](int m) {
          for (const ActorMention& a : actors.Compound(t, m))
            if (std::none_of(sources.begin(), sources.end(), [&](const ActorMention& o) { return o.code == a.code; }))
              sources.push_back(a);
        };
        add(h);
        for (int ch : t.children(h))
          if (ch < subj && t.rel(ch) == "appos" && !actors.At(ch).empty()) add(ch);
      }
    }
    std::vector<ActorMention> targets = tgt >= 0 ? actors.Compound(t, tgt) : std::vector<ActorMention>{};
    if (!pact_targets.empty()) targets = pact_targets;
    // A compound subject whose "target" only names its own members'
    // countries ("Yoon and Kishida hold a Japan-South Korea summit") has no
    // other party: its members pair as below.
    if (sources.size() >= 2 && !targets.empty() &&
        std::all_of(targets.begin(), targets.end(), [&](const ActorMention& m) {
          return m.code.size() == 3 && std::any_of(sources.begin(), sources.end(), [&](const ActorMention& a) {
                   return CountryOf(a.code) == m.code;
                 });
        }))
      targets.clear();
    // "called on the world to send doctors to treat the injured", "gives the
    // peacekeepers until December to withdraw": a to-infinitive of purpose
    // or of an object's obligation (advcl, and its conjuncts) says what the
    // act above is for or asks of someone, not what was done. Without a
    // target it is no event of its own (docs/coder.md, "Purpose
    // infinitives"); an intent verb's complement (xcomp) is unaffected.
    bool purpose = false;
    if (!noun && !options_.purpose_events && code == c.code) {
      int k = v;
      while (t.rel(k) == "conj" && t.head(k) >= 0) k = t.head(k);
      if (t.rel(k) == "advcl")
        for (int ch : t.children(k))
          if (t.rel(ch) == "mark" && t.lemma_key(ch) == "to") purpose = true;
    }
    auto emit = [&](const ActorMention& a, const ActorMention* b, const std::string& ecode) {
      if (b && a.code == b->code) return;
      // A country and its own government are one actor, the state: no event
      // between them ("Yoon ... hold a Japan-South Korea summit": not
      // KORGOV with KOR). Its army, police or opposition are other actors.
      // A bare role given the story's country ("condemned the attack on the
      // embassy", in a story about France) was only a guess: the event stays,
      // without that target.
      auto state_of = [](const std::string& state, const std::string& gov) {
        return state.size() == 3 && gov.size() == 6 && gov.compare(0, 3, state) == 0 && gov.compare(3, 3, "GOV") == 0;
      };
      if (b && (state_of(a.code, b->code) || state_of(b->code, a.code))) {
        if (b->referred) b = nullptr;
        else return;
      }
      // A target of no country or group ("released 24 women", "thanked
      // voters") names nobody a dataset can use: the event has no target.
      if (b && !options_.generic_targets && b->code.rfind("---", 0) == 0) b = nullptr;
      if (!b && (purpose || !options_.allow_missing_target)) return;
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
      if (b && IsPactCode(ecode))
        for (const std::string* p : {&a.code, &b->code})
          if (std::find(pacts_here.begin(), pacts_here.end(), *p) == pacts_here.end()) pacts_here.push_back(*p);
      out->push_back(std::move(e));
      bare.push_back(c.by_default && !b);
      from_report.push_back(reported_target && b);
    };
    // Cooperation between the members of a compound subject ("the United
    // States and Iraq are poised to initiate discussions") is mutual.
    // So is anything a compound subject does with no other party named
    // ("X and Y postponed their meeting"), as PETRARCH codes it.
    // "Blinken said the two countries had agreed to ...": a joint act the
    // speaker reports of their own side and another is the speaker's, with
    // the other (docs/coder.md, "Announced intent").
    if (targets.empty() && sources.size() >= 2 && MutualWhenUnaddressed(code) && !noun) {
      int rep = AnnouncingVerb(t, v, /*need_future=*/false);
      int speaker = -1, addressee = -1;
      for (const Candidate& o : cands)
        if (rep >= 0 && o.trigger == rep && o.code.rfind("01", 0) == 0) {
          speaker = source_of(o);
          addressee = resolve_head(o.target);
        }
      if (speaker >= 0 && !actors.At(speaker).empty()) {
        const ActorMention& sp = actors.At(speaker)[0];
        std::string sc = CountryOf(sp.code);
        bool own = false;
        for (const auto& a : sources) own |= !sc.empty() && CountryOf(a.code) == sc;
        if (own) {
          // The other side is the one addressed when it is of that country
          // ("Xi told Blinken that the two sides had reached agreement":
          // Blinken, USAGOV, rather than USA).
          const ActorMention* to = addressee >= 0 && !actors.At(addressee).empty() ? &actors.At(addressee)[0] : nullptr;
          for (const auto& a : sources)
            if (CountryOf(a.code) != sc)
              targets.push_back(to && CountryOf(to->code) == CountryOf(a.code) ? *to : a);
          sources.assign(1, sp);
        }
      }
    }
    if (targets.empty()) {
      if (sources.size() >= 2 && MutualWhenUnaddressed(code)) {
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
          if (announced || !options_.reciprocal_events) continue;
          if (c.recip) emit(b, &a, code);
          if (!c.reverse_code.empty() && c.reverse_code != "---") emit(b, &a, c.reverse_code);
        }
    }
  }
  // A verb's bare default ("X said", with nothing to say it to) adds nothing
  // to a sentence that codes a dyadic event: it is dropped.
  bool dyadic = false;
  for (size_t k = first_event; k < out->size(); ++k) dyadic |= (*out)[k].target.has_value();
  // A statement aimed at an actor of its reported clause stands for what
  // was said; when its source does something else in the sentence ("urged
  // Beijing to show restraint and said ... with China"), that event is
  // what the analyst codes, and the statement is dropped.
  std::vector<char> drop(out->size() - first_event, 0);
  for (size_t k = first_event; k < out->size(); ++k) {
    drop[k - first_event] = dyadic && bare[k - first_event];
    if (!from_report[k - first_event]) continue;
    const Event& e = (*out)[k];
    for (size_t j = first_event; j < out->size(); ++j)
      if (j != k && (*out)[j].code.rfind("01", 0) != 0 && (*out)[j].verb.start != e.verb.start &&
          (*out)[j].source->code == e.source->code)
        drop[k - first_event] = 1;
  }
  {
    size_t w = first_event;
    for (size_t k = first_event; k < out->size(); ++k)
      if (!drop[k - first_event]) {
        if (w != k) (*out)[w] = std::move((*out)[k]);
        ++w;
      }
    out->resize(w);
  }
  if (!pacts_here.empty()) ctx->pact_parties = std::move(pacts_here);
}

}  // namespace dyad
