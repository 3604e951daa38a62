// Readers for PETRARCH-2 / TABARI dictionaries (verbs, actors, agents,
// discards) into Dyad's model. The formats are described in PETRARCH's
// dictionaries.rst; the quirks of the real files (XML comment lines, stray
// brackets, 6- and 8-digit dates, lower-case codes) are accepted, and what
// cannot be understood becomes a warning or error naming file and line.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include "dict/phrase.h"
#include "dict/reader.h"
#include "dict/text_util.h"

namespace dyad::dict {
namespace {

// Removes a '#' comment. Returns the comment text in *comment.
std::string_view StripHash(std::string_view s, std::string* comment = nullptr) {
  const size_t h = s.find('#');
  if (h == std::string_view::npos) return s;
  if (comment) *comment = std::string(Trim(s.substr(h + 1)));
  return s.substr(0, h);
}

// Lines starting with '<' are (one-line XML) comments in PETRARCH files.
bool IsXmlComment(std::string_view t) { return StartsWith(t, "<"); }

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// "ABC_DEF_" -> "ABC DEF" (underscores are word separators; a final '_' only
// stopped stemming in TABARI).
std::string PhraseText(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '_') ? ' ' : c;
  return std::string(Trim(out));
}

// Calls entry(line_number, raw_line, trimmed_line) for every line of `text`
// that is not blank or a comment (an XML tag line or a '#' line).
template <typename F>
void ForEachEntryLine(std::string_view text, F&& entry) {
  LineSplitter lines(text);
  std::string_view raw;
  while (lines.Next(&raw)) {
    std::string_view t = Trim(raw);
    if (t.empty() || IsXmlComment(t) || StartsWith(t, "#")) continue;
    entry(lines.line_number(), raw, t);
  }
}

class Base {
 public:
  Base(const std::string& file, std::vector<Issue>* issues) : file_(file), issues_(issues) {}

 protected:
  SourceLoc Loc() const { return {file_, line_}; }
  void Error(std::string m) { issues_->push_back({Issue::Severity::kError, Loc(), std::move(m)}); }
  void Warn(std::string m) { issues_->push_back({Issue::Severity::kWarning, Loc(), std::move(m)}); }

  std::string file_;
  std::vector<Issue>* issues_;
  int line_ = 0;
};

// ------------------------------------------------------------------- verbs

class VerbsReader : Base {
 public:
  VerbsReader(const std::string& file, Dictionary* dict, std::vector<Issue>* issues)
      : Base(file, issues), dict_(dict) {}

  void Read(std::string_view text) {
    ForEachEntryLine(text, [&](int line, std::string_view, std::string_view t) {
      line_ = line;
      if (StartsWith(t, "---")) {
        StartBlock(t);
      } else if (StartsWith(t, "&")) {
        StartSynset(t);
      } else if (StartsWith(t, "~")) {
        ParseTransform(t);
        synset_ = -1;
      } else if (StartsWith(t, "-")) {
        synset_ = -1;
        ParsePattern(t);
      } else if (StartsWith(t, "+") && synset_ >= 0) {
        AddSynsetMember(t);
      } else {
        synset_ = -1;
        ParseVerbLine(t);
      }
    });
  }

 private:
  void StartBlock(std::string_view t) {
    synset_ = -1;
    std::string_view body = Trim(StripHash(t));
    // "--- NAME [CODE] ---"
    body.remove_prefix(3);
    if (body.size() >= 3 && body.substr(body.size() - 3) == "---") body.remove_suffix(3);
    body = Trim(body);
    VerbBlock b;
    b.loc = Loc();
    const size_t lb = body.find('[');
    if (lb != std::string_view::npos) {
      const size_t rb = body.find(']', lb);
      if (rb == std::string_view::npos) {
        Error(fmt::format("verb block header without ']': '{}'", Clip(t)));
        b.code = "---";
      } else {
        SplitCode(Trim(body.substr(lb + 1, rb - lb - 1)), &b.code, &b.reverse_code);
        if (b.code.empty()) b.code = "---";
      }
      body = Trim(body.substr(0, lb));
    }
    b.name = PhraseText(body);
    if (b.name.empty()) Warn("verb block without a name");
    block_ = static_cast<int>(dict_->verbs.blocks.size());
    dict_->verbs.blocks.push_back(std::move(b));
  }

  // "023" / "013:012" / ":173" -> code and reverse code.
  void SplitCode(std::string_view c, std::string* code, std::string* reverse) {
    const size_t colon = c.find(':');
    if (colon == std::string_view::npos) {
      *code = Upper(Trim(c));
      return;
    }
    *code = Upper(Trim(c.substr(0, colon)));
    if (reverse) *reverse = Upper(Trim(c.substr(colon + 1)));
    if (code->empty()) *code = "---";
  }

  void StartSynset(std::string_view t) {
    std::string_view name = Trim(StripHash(t));
    name.remove_prefix(1);
    std::vector<std::string_view> f = SplitWs(name);
    if (f.empty()) {
      Error("synset without a name after '&'");
      synset_ = -1;
      return;
    }
    if (f.size() > 1) Warn(fmt::format("text after synset name ignored: '{}'", Clip(name)));
    std::string n = Upper(f[0]);
    plural_ = true;
    if (!n.empty() && n.back() == '_') {
      n.pop_back();  // '&NAME_': no plurals for any member
      plural_ = false;
    }
    Synset s;
    s.name = n;
    s.loc = Loc();
    synset_ = static_cast<int>(dict_->verbs.synsets.size());
    dict_->verbs.synsets.push_back(std::move(s));
  }

  void AddSynsetMember(std::string_view t) {
    std::string_view m = Trim(StripHash(t).substr(1));
    if (m.empty()) {
      Warn("empty synset member");
      return;
    }
    bool plural = plural_;
    if (m.back() == '_') {
      plural = false;
      m.remove_suffix(1);
    }
    std::vector<PatternTerm> phrase;
    for (std::string_view w : SplitWs(m)) {
      bool first = true;
      for (std::string_view part : SplitUnderscore(w)) {
        if (part.empty()) continue;
        PatternTerm term;
        if (StartsWith(part, "&")) term.synset = Upper(part.substr(1));
        else if (part == "$" || part == "+" || part == "%" || part == "^") {
          Warn(fmt::format("slot '{}' in synset member ignored", part));
          continue;
        } else {
          std::vector<std::string> keys = SplitPhrase(part);
          if (keys.empty()) continue;
          for (size_t k = 0; k < keys.size(); ++k) {
            PatternTerm kt;
            kt.word = keys[k];
            kt.joined = !phrase.empty() && (k > 0 || !first || true);
            phrase.push_back(std::move(kt));
          }
          first = false;
          continue;
        }
        term.joined = !phrase.empty();
        phrase.push_back(std::move(term));
        first = false;
      }
    }
    if (phrase.empty()) {
      Warn(fmt::format("synset member '{}' has no words", Clip(m)));
      return;
    }
    Synset& s = dict_->verbs.synsets[synset_];
    s.phrases.push_back(phrase);
    if (plural && phrase.back().synset.empty()) {
      std::vector<PatternTerm> pl = phrase;
      pl.back().word = RegularPlural(pl.back().word);
      s.phrases.push_back(std::move(pl));
    }
  }

  static std::vector<std::string_view> SplitUnderscore(std::string_view w) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (true) {
      size_t u = w.find('_', start);
      out.push_back(w.substr(start, u == std::string_view::npos ? u : u - start));
      if (u == std::string_view::npos) break;
      start = u + 1;
    }
    return out;
  }

  // A verb line: "WORD {FORMS} [CODE]", "+BREAK_DOWN {+BROKE_DOWN ...}",
  // "WIRE_+TAP {WIRE_+TAPS ...}".
  void ParseVerbLine(std::string_view t) {
    if (block_ < 0) {
      Error(fmt::format("verb '{}' before any '--- NAME [code] ---' block header", Clip(t)));
      return;
    }
    std::string_view body = Trim(StripHash(t));
    if (body.empty()) return;
    std::string code, reverse;
    const size_t lb = body.find('[');
    if (lb != std::string_view::npos) {
      const size_t rb = body.find(']', lb);
      if (rb == std::string_view::npos) {
        Error(fmt::format("verb code without ']': '{}'", Clip(t)));
        return;
      }
      SplitCode(body.substr(lb + 1, rb - lb - 1), &code, &reverse);
      body = Trim(body.substr(0, lb));
    }
    std::vector<std::string> forms;
    bool explicit_forms = false;
    const size_t lc = body.find('{');
    if (lc != std::string_view::npos) {
      const size_t rc = body.find('}', lc);
      if (rc == std::string_view::npos) {
        Error(fmt::format("verb forms without '}}': '{}'", Clip(t)));
        return;
      }
      explicit_forms = true;
      for (std::string_view f : SplitWs(body.substr(lc + 1, rc - lc - 1))) {
        VerbEntry tmp;
        if (ParseVerbWords(f, &tmp)) forms.push_back(tmp.lemma);
      }
      body = Trim(body.substr(0, lc));
    }
    std::vector<std::string_view> words = SplitWs(body);
    std::string joined;  // "LASH OUT" written with a blank: read as LASH_OUT
    if (words.size() > 1) {
      for (std::string_view w : words) joined += (joined.empty() ? "" : "_") + std::string(w);
      Warn(fmt::format("verb phrase '{}' written with blanks; read as '{}'", Clip(body), joined));
      words.assign(1, joined);
    }
    if (words.empty()) return;
    VerbEntry e;
    if (!ParseVerbWords(words[0], &e)) {
      Error(fmt::format("cannot read verb '{}'", Clip(words[0])));
      return;
    }
    if (StartsWith(words[0], "+") || words[0].find("_+") != std::string_view::npos ||
        e.before.empty() == false || e.after.empty() == false) {
      // multiword verb: forms as given (or regular forms of the '+' word)
    }
    if (explicit_forms) {
      e.forms.push_back(e.lemma);
      for (std::string& f : forms)
        if (std::find(e.forms.begin(), e.forms.end(), f) == e.forms.end()) e.forms.push_back(f);
    } else {
      e.forms = RegularVerbForms(e.lemma);
    }
    e.code = code;
    e.reverse_code = reverse;
    e.block = block_;
    e.loc = Loc();
    dict_->verbs.blocks[block_].verbs.push_back(static_cast<int>(dict_->verbs.entries.size()));
    dict_->verbs.entries.push_back(std::move(e));
  }

  // "BREAK", "+BREAK_DOWN", "WIRE_+TAP": verb word marked by '+' (or the only
  // word); other words go to before/after.
  static bool ParseVerbWords(std::string_view w, VerbEntry* e) {
    std::vector<std::string_view> parts = SplitUnderscore(w);
    int verb = -1;
    for (size_t i = 0; i < parts.size(); ++i)
      if (StartsWith(parts[i], "+")) {
        verb = static_cast<int>(i);
        break;
      }
    if (verb < 0) {
      // No '+': a single word (a trailing '_' is allowed).
      int nonempty = 0;
      for (size_t i = 0; i < parts.size(); ++i)
        if (!parts[i].empty()) {
          ++nonempty;
          verb = static_cast<int>(i);
        }
      if (nonempty != 1) {
        // "BREAK_DOWN" without '+': take the first word as the verb.
        verb = -1;
        for (size_t i = 0; i < parts.size(); ++i)
          if (!parts[i].empty()) {
            verb = static_cast<int>(i);
            break;
          }
        if (verb < 0) return false;
      }
    }
    for (size_t i = 0; i < parts.size(); ++i) {
      std::string_view p = parts[i];
      if (StartsWith(p, "+")) p.remove_prefix(1);
      if (p.empty()) continue;
      std::vector<std::string> keys = SplitPhrase(p);
      if (keys.empty()) continue;
      if (static_cast<int>(i) < verb) {
        for (auto& k : keys) e->before.push_back(k);
      } else if (static_cast<int>(i) == verb) {
        e->lemma = keys[0];
        for (size_t k = 1; k < keys.size(); ++k) e->after.push_back(keys[k]);
      } else {
        for (auto& k : keys) e->after.push_back(k);
      }
    }
    return !e->lemma.empty();
  }

  // Tokens of a pattern: words (with '_' joins), '*', slots, '{', '}', '(', ')'.
  struct Tok {
    std::string text;
    bool joined = false;  // joined to the previous token with '_'
  };
  static std::vector<Tok> Lex(std::string_view s) {
    std::vector<Tok> out;
    std::string cur;
    bool cur_joined = false, next_joined = false;
    auto flush = [&] {
      if (!cur.empty()) out.push_back({cur, cur_joined});
      cur.clear();
    };
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (IsBlank(c)) {
        flush();
        next_joined = false;
      } else if (c == '_') {
        flush();
        next_joined = true;
      } else if (c == '*' || c == '{' || c == '}' || c == '(' || c == ')' ||
                 ((c == '$' || c == '+' || c == '%' || c == '^') && cur.empty())) {
        flush();
        out.push_back({std::string(1, c), next_joined});
        next_joined = false;
      } else {
        if (cur.empty()) {
          cur_joined = next_joined;
          next_joined = false;
        }
        cur += c;
      }
    }
    flush();
    return out;
  }

  bool TermOf(const Tok& tok, PatternTerm* term) {
    term->joined = tok.joined;
    if (tok.text == "$") term->slot = Slot::kSource;
    else if (tok.text == "+") term->slot = Slot::kTarget;
    else if (tok.text == "^") term->slot = Slot::kAny;
    else if (tok.text == "%") term->slot = Slot::kCompound;
    else if (StartsWith(tok.text, "&")) term->synset = Upper(tok.text.substr(1));
    else {
      std::vector<std::string> keys = SplitPhrase(tok.text);
      if (keys.empty()) return false;
      term->word = keys[0];
      for (size_t k = 1; k < keys.size(); ++k) term->word += " " + keys[k];
    }
    return true;
  }

  // Parses elements from toks[*i] until `stop` (")" or end).
  bool ParseElements(const std::vector<Tok>& toks, size_t* i, std::vector<PatternElement>* els,
                     bool* saw_star, bool* before_adjacent, VerbPattern* p, std::string_view raw) {
    while (*i < toks.size()) {
      const Tok& tok = toks[*i];
      if (tok.text == "*") {
        if (*saw_star) {
          Warn(fmt::format("pattern skipped: " "pattern has more than one '*': '{}'", Clip(raw)));
          return false;
        }
        *saw_star = true;
        if (!p->before.empty() && *i + 0 < toks.size()) *before_adjacent = tok.joined;
        ++*i;
        els = &p->after;
        continue;
      }
      if (tok.text == ")" || tok.text == "}") {
        Warn(fmt::format("pattern skipped: " "unbalanced '{}' in pattern '{}'", tok.text, Clip(raw)));
        return false;
      }
      PatternElement e;
      if (tok.text == "{") {
        e.kind = PatternElement::Kind::kPhrase;
        ++*i;
        if (!ReadPhrase(toks, i, &e.words, raw)) return false;
      } else if (tok.text == "(") {
        e.kind = PatternElement::Kind::kPrep;
        ++*i;
        if (*i >= toks.size() || toks[*i].text == ")" || toks[*i].text == "{" || toks[*i].text == "(") {
          Warn(fmt::format("pattern skipped: " "'(' must be followed by a preposition in pattern '{}'", Clip(raw)));
          return false;
        }
        if (!TermOf(toks[*i], &e.prep)) {
          Warn(fmt::format("pattern skipped: " "bad preposition in pattern '{}'", Clip(raw)));
          return false;
        }
        ++*i;
        while (*i < toks.size() && toks[*i].text != ")") {
          if (toks[*i].text == "{") {
            ++*i;
            if (!ReadPhrase(toks, i, &e.words, raw)) return false;
          } else if (toks[*i].text == "(" || toks[*i].text == "*" || toks[*i].text == "}") {
            Warn(fmt::format("pattern skipped: " "unexpected '{}' inside '( )' in pattern '{}'", toks[*i].text, Clip(raw)));
            return false;
          } else {
            PatternTerm term;
            if (TermOf(toks[*i], &term)) e.words.push_back(std::move(term));
            ++*i;
          }
        }
        if (*i >= toks.size()) {
          Warn(fmt::format("pattern skipped: " "missing ')' in pattern '{}'", Clip(raw)));
          return false;
        }
        ++*i;  // ')'
      } else {
        e.kind = PatternElement::Kind::kWord;
        PatternTerm term;
        if (!TermOf(tok, &term)) {
          ++*i;
          continue;
        }
        e.words.push_back(std::move(term));
        ++*i;
      }
      els->push_back(std::move(e));
    }
    return true;
  }

  bool ReadPhrase(const std::vector<Tok>& toks, size_t* i, std::vector<PatternTerm>* words,
                  std::string_view raw) {
    while (*i < toks.size() && toks[*i].text != "}") {
      const std::string& x = toks[*i].text;
      if (x == "{" || x == "(" || x == ")" || x == "*") {
        Warn(fmt::format("pattern skipped: " "unexpected '{}' inside '{{ }}' in pattern '{}'", x, Clip(raw)));
        return false;
      }
      PatternTerm term;
      if (TermOf(toks[*i], &term)) words->push_back(std::move(term));
      ++*i;
    }
    if (*i >= toks.size()) {
      Warn(fmt::format("pattern skipped: " "missing '}}' in pattern '{}'", Clip(raw)));
      return false;
    }
    ++*i;
    return true;
  }

  void ParsePattern(std::string_view t) {
    if (block_ < 0) {
      Error(fmt::format("pattern before any '--- NAME [code] ---' block header: '{}'", Clip(t)));
      return;
    }
    std::string comment;
    std::string_view body = Trim(StripHash(t, &comment));
    body.remove_prefix(1);  // '-'
    VerbPattern p;
    p.loc = Loc();
    p.comment = comment;
    p.forms_only = true;
    p.whole_phrase = true;
    const size_t lb = body.rfind('[');
    if (lb == std::string_view::npos || body.find(']', lb) == std::string_view::npos) {
      Warn(fmt::format("pattern skipped: " "pattern without a '[code]': '{}'", Clip(t)));
      return;
    }
    const size_t rb = body.find(']', lb);
    SplitCode(body.substr(lb + 1, rb - lb - 1), &p.code, &p.reverse_code);
    if (p.code.empty()) {
      Warn(fmt::format("pattern skipped: " "empty code in pattern '{}'", Clip(t)));
      return;
    }
    std::string_view pat = Trim(body.substr(0, lb));
    std::vector<Tok> toks = Lex(pat);
    size_t i = 0;
    bool saw_star = false;
    if (!ParseElements(toks, &i, &p.before, &saw_star, &p.before_adjacent, &p, t)) return;
    if (!saw_star) {
      Warn(fmt::format("pattern skipped: " "pattern without the verb position '*': '{}'", Clip(t)));
      return;
    }
    // The first element after '*' joined with '_' is adjacent to the verb:
    // PatternTerm::joined of its first word already says so.
    dict_->verbs.blocks[block_].patterns.push_back(std::move(p));
  }

  // "~ a (a b ATTACK) SAY = a b 015"
  void ParseTransform(std::string_view t) {
    std::string_view body = Trim(StripHash(t).substr(1));
    const size_t eq = body.find('=');
    const size_t lp = body.find('('), rp = body.find(')');
    if (eq == std::string_view::npos || lp == std::string_view::npos || rp == std::string_view::npos ||
        !(lp < rp && rp < eq)) {
      Error(fmt::format("malformed transformation '{}': expected '~ a (b c VERB) VERB = a b CODE'",
                        Clip(t)));
      return;
    }
    std::vector<std::string_view> outer = SplitWs(body.substr(0, lp));
    std::vector<std::string_view> inner = SplitWs(body.substr(lp + 1, rp - lp - 1));
    std::vector<std::string_view> verb = SplitWs(body.substr(rp + 1, eq - rp - 1));
    std::vector<std::string_view> result = SplitWs(body.substr(eq + 1));
    if (outer.size() != 1 || inner.size() != 3 || verb.size() != 1 || result.size() != 3) {
      Error(fmt::format("malformed transformation '{}': expected '~ a (b c VERB) VERB = a b CODE'",
                        Clip(t)));
      return;
    }
    VerbTransform x;
    x.source = std::string(outer[0]);
    x.inner_source = std::string(inner[0]);
    x.inner_target = std::string(inner[1]);
    x.inner_verb = NormalizeWord(inner[2]);
    x.verb = NormalizeWord(verb[0]);
    x.out_source = std::string(result[0]);
    x.out_target = std::string(result[1]);
    x.out_code = Upper(result[2]);
    x.loc = Loc();
    dict_->verbs.transforms.push_back(std::move(x));
  }

  Dictionary* dict_;
  int block_ = -1, synset_ = -1;
  bool plural_ = true;
};

// ------------------------------------------------------------------ actors

class ActorsReader : Base {
 public:
  ActorsReader(const std::string& file, Dictionary* dict, std::vector<Issue>* issues)
      : Base(file, issues), dict_(dict) {}

  void Read(std::string_view text) {
    ForEachEntryLine(text, [&](int line, std::string_view raw, std::string_view t) {
      line_ = line;
      const bool indented = !raw.empty() && IsBlank(raw[0]);
      t = Trim(StripHash(t));
      const size_t semi = t.find(';');  // TABARI-style "; comment"
      if (semi != std::string_view::npos) t = Trim(t.substr(0, semi));
      if (t.empty()) return;
      if (indented && StartsWith(t, "[")) {
        DateLine(t);
      } else if (StartsWith(t, "+")) {
        Synonym(t.substr(1));
      } else {
        Primary(t);
      }
    });
    Finish();
  }

 private:
  void Finish() {
    if (cur_ < 0) return;
    const ActorEntry& e = dict_->actors.entries[cur_];
    if (e.terms.empty())
      issues_->push_back({Issue::Severity::kWarning, e.loc,
                          fmt::format("actor '{}' has no code", Clip(e.names[0].text))});
    cur_ = -1;
  }

  // Splits "NAME [CODE]" into name and the bracket contents.
  bool NameAndCode(std::string_view t, std::string* name, std::string* code, bool* has_code) {
    *has_code = false;
    const size_t lb = t.find('[');
    if (lb == std::string_view::npos) {
      *name = PhraseText(t);
      return true;
    }
    const size_t rb = t.find(']', lb);
    if (rb == std::string_view::npos) {
      Error(fmt::format("actor code without ']': '{}'", Clip(t)));
      return false;
    }
    *name = PhraseText(t.substr(0, lb));
    *code = Upper(Trim(t.substr(lb + 1, rb - lb - 1)));
    *has_code = true;
    std::string_view rest = Trim(t.substr(rb + 1));
    if (!rest.empty()) Warn(fmt::format("text after the code ignored: '{}'", Clip(rest)));
    return true;
  }

  void Primary(std::string_view t) {
    Finish();
    std::string name, code;
    bool has_code;
    if (!NameAndCode(t, &name, &code, &has_code)) return;
    if (SplitPhrase(name).empty()) {
      Error(fmt::format("actor line without a name: '{}'", Clip(t)));
      return;
    }
    ActorEntry e;
    e.loc = Loc();
    e.names.push_back({name, false, Loc()});
    if (has_code) {
      CodeTerm term;
      if (ParseRestriction(code, &term)) e.terms.push_back(std::move(term));
    }
    cur_ = static_cast<int>(dict_->actors.entries.size());
    dict_->actors.entries.push_back(std::move(e));
  }

  void Synonym(std::string_view t) {
    if (cur_ < 0) {
      Error(fmt::format("synonym '+{}' before any actor", Clip(t)));
      return;
    }
    std::string name, code;
    bool has_code;
    if (!NameAndCode(t, &name, &code, &has_code)) return;
    if (SplitPhrase(name).empty()) {
      Warn("empty synonym '+'");
      return;
    }
    if (has_code) {
      CodeTerm term;
      if (ParseRestriction(code, &term)) dict_->actors.entries[cur_].terms.push_back(std::move(term));
    }
    dict_->actors.entries[cur_].names.push_back({name, false, Loc()});
  }

  void DateLine(std::string_view t) {
    if (cur_ < 0) {
      Error(fmt::format("date restriction '{}' before any actor", Clip(t)));
      return;
    }
    const size_t rb = t.find(']');
    if (rb == std::string_view::npos) {
      Error(fmt::format("date restriction without ']': '{}'", Clip(t)));
      return;
    }
    CodeTerm term;
    if (ParseRestriction(Upper(Trim(t.substr(1, rb - 1))), &term))
      dict_->actors.entries[cur_].terms.push_back(std::move(term));
  }

  // YYMMDD or YYYYMMDD -> days. Two-digit years below 30 are 20YY.
  bool ParseDate(std::string_view s, int64_t* day) {
    s = Trim(s);
    for (char c : s)
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    int y, m, d;
    if (s.size() == 6) {
      y = std::stoi(std::string(s.substr(0, 2)));
      y += y < 30 ? 2000 : 1900;
      m = std::stoi(std::string(s.substr(2, 2)));
      d = std::stoi(std::string(s.substr(4, 2)));
    } else if (s.size() == 8) {
      y = std::stoi(std::string(s.substr(0, 4)));
      m = std::stoi(std::string(s.substr(4, 2)));
      d = std::stoi(std::string(s.substr(6, 2)));
    } else {
      return false;
    }
    std::optional<Date> date = Date::FromYmd(y, m, d);
    if (!date) return false;
    *day = date->ToDays();
    return true;
  }

  // "CODE", "CODE <date", "CODE >date", "CODE date-date" (limits inclusive).
  bool ParseRestriction(const std::string& s, CodeTerm* term) {
    std::vector<std::string_view> f = SplitWs(s);
    if (f.empty()) {
      Warn("empty code '[]'");
      return false;
    }
    term->code = std::string(f[0]);
    // "[HOB<950601]": code and restriction not separated.
    std::string rest;
    {
      const size_t cut = term->code.find_first_of("<>");
      if (cut != std::string::npos) {
        rest = term->code.substr(cut);
        term->code.resize(cut);
      }
    }
    for (size_t i = 1; i < f.size(); ++i) rest += std::string(f[i]);
    if (rest.empty()) return true;
    term->dated = true;
    bool ok = true;
    int64_t d1 = 0, d2 = 0;
    if (rest[0] == '<') {
      ok = ParseDate(std::string_view(rest).substr(1), &d1);
      term->to_day = d1 + 1;  // "or equal to"
    } else if (rest[0] == '>') {
      ok = ParseDate(std::string_view(rest).substr(1), &d1);
      term->from_day = d1;
    } else {
      const size_t dash = rest.find('-');
      ok = dash != std::string::npos && ParseDate(std::string_view(rest).substr(0, dash), &d1) &&
           ParseDate(std::string_view(rest).substr(dash + 1), &d2);
      if (ok) {
        term->from_day = d1;
        term->to_day = d2 + 1;
      }
    }
    if (!ok) {
      Warn(fmt::format("bad date restriction '[{}]' (expected <DATE, >DATE or DATE-DATE with YYMMDD "
                       "or YYYYMMDD dates); term ignored",
                       Clip(s)));
      return false;
    }
    if (term->from_day >= term->to_day) {
      Warn(fmt::format("inverted date restriction '[{}]'; term ignored", Clip(s)));
      return false;
    }
    return true;
  }

  Dictionary* dict_;
  int cur_ = -1;
};

// ------------------------------------------------------------------ agents

class AgentsReader : Base {
 public:
  AgentsReader(const std::string& file, Dictionary* dict, std::vector<Issue>* issues)
      : Base(file, issues), dict_(dict) {}

  void Read(std::string_view text) {
    ForEachEntryLine(text, [&](int line, std::string_view, std::string_view t) {
      line_ = line;
      t = Trim(StripHash(t));
      if (t.empty()) return;
      if (StartsWith(t, "!") && t.find('=') != std::string_view::npos) {
        Substitution(t);
      } else {
        Entry(t);
      }
    });
  }

 private:
  void Substitution(std::string_view t) {
    const size_t eq = t.find('=');
    std::string_view name = Trim(t.substr(0, eq));
    if (name.size() < 3 || name.back() != '!') {
      Error(fmt::format("malformed substitution set '{}': expected '!NAME! = A, B, C'", Clip(t)));
      return;
    }
    std::vector<std::string> alts;
    std::string_view list = t.substr(eq + 1);
    size_t start = 0;
    while (true) {
      size_t comma = list.find(',', start);
      std::string item;
      for (char c : list.substr(start, comma == std::string_view::npos ? comma : comma - start))
        if (!IsBlank(c)) item += c;
      if (!item.empty()) alts.push_back(item);
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
    if (alts.empty()) {
      Error(fmt::format("substitution set '{}' has no members", Clip(name)));
      return;
    }
    subs_[Upper(name)] = std::move(alts);
  }

  void Entry(std::string_view t) {
    // PHRASE {PLURALS} [CODE]; the code may close with '}' (a known typo).
    const size_t lb = t.find('[');
    if (lb == std::string_view::npos) {
      Warn(fmt::format("agent without a '[code]' skipped: '{}'", Clip(t)));
      return;
    }
    size_t rb = t.find_first_of("]}", lb);
    std::string code(Trim(t.substr(lb + 1, rb == std::string_view::npos ? rb : rb - lb - 1)));
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    code.erase(std::remove_if(code.begin(), code.end(), [](char c) { return IsBlank(c); }), code.end());
    std::string_view head = Trim(t.substr(0, lb));
    AgentEntry::Compose compose;
    if (StartsWith(code, "~")) {
      compose = AgentEntry::Compose::kSuffix;
      code.erase(0, 1);
    } else if (!code.empty() && code.back() == '~') {
      compose = AgentEntry::Compose::kPrefix;
      code.pop_back();
    } else {
      compose = AgentEntry::Compose::kStandalone;
      Warn(fmt::format("agent code '{}' has no '~' (expected ~CODE or CODE~); used as a full code",
                       Clip(code)));
    }
    if (code.empty()) {
      Error(fmt::format("empty agent code in '{}'", Clip(t)));
      return;
    }
    std::vector<std::string> plurals;
    bool explicit_plural = false;
    const size_t lc = head.find('{');
    if (lc != std::string_view::npos) {
      const size_t rc = head.find('}', lc);
      if (rc == std::string_view::npos) {
        Error(fmt::format("plural without '}}': '{}'", Clip(t)));
        return;
      }
      explicit_plural = true;
      for (std::string_view p : SplitWs(head.substr(lc + 1, rc - lc - 1))) plurals.push_back(PhraseText(p));
      head = Trim(head.substr(0, lc));
    }
    std::vector<std::string> phrases;
    bool substituted = false;
    if (!Expand(std::string(head), &phrases, &substituted)) return;
    for (const std::string& ph : phrases) {
      std::string text = PhraseText(ph);
      if (SplitPhrase(text).empty()) {
        Error(fmt::format("agent without a phrase: '{}'", Clip(t)));
        return;
      }
      dict_->agents.entries.push_back({text, code, compose, Loc()});
      if (!explicit_plural && !substituted) {
        // Regular plural of the last word.
        std::string base = text;
        const size_t sp = base.rfind(' ');
        std::string last = base.substr(sp == std::string::npos ? 0 : sp + 1);
        std::string plural = base.substr(0, sp == std::string::npos ? 0 : sp + 1) +
                             RegularPlural(NormalizeWord(last));
        dict_->agents.entries.push_back({plural, code, compose, Loc()});
      }
    }
    for (const std::string& p : plurals)
      if (!p.empty()) dict_->agents.entries.push_back({p, code, compose, Loc()});
  }

  // Expands !NAME! markers. A marker whose alternatives contain markers again
  // is expanded to a bounded depth, and the number of phrases one line may
  // produce is capped, so a self-referring definition ("!P! = MSS!P!") is an
  // error, not a stack overflow.
  static constexpr int kMaxDepth = 8;
  static constexpr size_t kMaxPhrases = 4096;
  bool Expand(const std::string& head, std::vector<std::string>* out, bool* substituted, int depth = 0) {
    if (depth > kMaxDepth) {
      Error(fmt::format("substitution markers nest more than {} deep (a marker refers to itself?) in '{}'",
                        kMaxDepth, Clip(head)));
      return false;
    }
    if (out->size() > kMaxPhrases) {
      Error(fmt::format("substitutions expand to more than {} phrases in '{}'", kMaxPhrases, Clip(head)));
      return false;
    }
    const size_t a = head.find('!');
    if (a == std::string::npos) {
      out->push_back(head);
      return true;
    }
    const size_t b = head.find('!', a + 1);
    if (b == std::string::npos) {
      Error(fmt::format("unterminated substitution marker in '{}'", Clip(head)));
      return false;
    }
    const std::string name = Upper(head.substr(a, b - a + 1));
    auto it = subs_.find(name);
    if (it == subs_.end()) {
      Error(fmt::format("undefined substitution marker '{}' (define it first: {} = A, B)", name, name));
      return false;
    }
    *substituted = true;
    for (const std::string& alt : it->second) {
      std::vector<std::string> rest;
      bool dummy;
      if (!Expand(head.substr(0, a) + alt + head.substr(b + 1), &rest, &dummy, depth + 1)) return false;
      out->insert(out->end(), rest.begin(), rest.end());
      if (out->size() > kMaxPhrases) {
        Error(fmt::format("substitutions expand to more than {} phrases in '{}'", kMaxPhrases, Clip(head)));
        return false;
      }
    }
    return true;
  }

  Dictionary* dict_;
  std::unordered_map<std::string, std::vector<std::string>> subs_;
};

}  // namespace

void ReadPetrarchVerbs(std::string_view text, const std::string& file, Dictionary* dict,
                       std::vector<Issue>* issues) {
  VerbsReader(file, dict, issues).Read(text);
}

void ReadPetrarchActors(std::string_view text, const std::string& file, Dictionary* dict,
                        std::vector<Issue>* issues) {
  ActorsReader(file, dict, issues).Read(text);
}

void ReadPetrarchAgents(std::string_view text, const std::string& file, Dictionary* dict,
                        std::vector<Issue>* issues) {
  AgentsReader(file, dict, issues).Read(text);
}

void ReadPetrarchDiscards(std::string_view text, const std::string& file, Dictionary* dict,
                          std::vector<Issue>* issues) {
  ForEachEntryLine(text, [&](int line, std::string_view, std::string_view t) {
    t = Trim(StripHash(t));
    if (t.empty()) return;
    DiscardEntry d;
    d.loc = {file, line};
    if (StartsWith(t, "+")) {
      d.story = true;
      t = Trim(t.substr(1));
    }
    d.stem = true;
    if (!t.empty() && t.back() == '_') {
      d.stem = false;
      t.remove_suffix(1);
    }
    d.phrase = PhraseText(t);
    if (SplitPhrase(d.phrase).empty()) {
      issues->push_back({Issue::Severity::kError, d.loc, "discard line without words"});
      return;
    }
    dict->discards.entries.push_back(std::move(d));
  });
}

}  // namespace dyad::dict
