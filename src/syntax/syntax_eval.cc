#include "syntax/syntax_eval.h"

#include <chrono>

#include "text/segmentation_eval.h"
#include "text/sentence_splitter.h"

namespace dyad {
namespace {

std::string_view Universal(std::string_view rel) { return rel.substr(0, rel.find(':')); }

double Pct(int64_t num, int64_t den) { return den > 0 ? 100.0 * num / den : 0.0; }
double F1(int64_t correct, int64_t gold, int64_t system) {
  return gold + system > 0 ? 100.0 * 2.0 * correct / static_cast<double>(gold + system) : 0.0;
}

}  // namespace

GoldTokenScores EvaluateGoldTokens(const SyntaxModel& model, const std::vector<ConlluSentence>& gold) {
  GoldTokenScores sc;
  int64_t upos = 0, xpos = 0, lemma = 0, ua = 0, la = 0;
  std::vector<std::vector<std::string_view>> forms(gold.size());
  for (size_t s = 0; s < gold.size(); ++s)
    for (auto& w : gold[s].words) forms[s].push_back(w.form);
  std::vector<WordAnnotation> out(gold.size());
  auto t0 = std::chrono::steady_clock::now();
  for (size_t s = 0; s < gold.size(); ++s) model.AnnotateWords(forms[s], &out[s]);
  sc.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  for (size_t s = 0; s < gold.size(); ++s) {
    const auto& a = out[s];
    for (size_t i = 0; i < gold[s].words.size(); ++i) {
      const ConlluWord& w = gold[s].words[i];
      ++sc.words;
      upos += a.upos[i] == w.upos;
      xpos += a.xpos[i] == w.xpos;
      lemma += a.lemma[i] == w.lemma;
      if (a.head[i] == w.head) {
        ++ua;
        la += Universal(a.deprel[i]) == Universal(w.deprel);
      }
    }
  }
  sc.upos = Pct(upos, sc.words);
  sc.xpos = Pct(xpos, sc.words);
  sc.lemma = Pct(lemma, sc.words);
  sc.uas = Pct(ua, sc.words);
  sc.las = Pct(la, sc.words);
  return sc;
}

Result<RawTextScores> EvaluateRawText(const SyntaxModel& model, const std::vector<ConlluSentence>& gold,
                                      const std::string& what) {
  RawTextScores sc;
  std::vector<std::pair<size_t, size_t>> sent_spans;
  Document doc;
  doc.path = what;
  doc.text = RebuildText(gold, &sent_spans);
  const std::string& text = doc.text;

  // Gold words: spans located in the rebuilt text; words of a multiword
  // token share its span. Heads become global word indices (-1 = root).
  std::vector<SegmentWord> gold_words;
  std::vector<SegmentSpan> gold_sents;
  std::vector<int> gold_head;
  std::vector<const ConlluWord*> gold_word;
  for (size_t s = 0; s < gold.size(); ++s) {
    const auto& sent = gold[s];
    gold_sents.push_back({static_cast<uint32_t>(sent_spans[s].first), static_cast<uint32_t>(sent_spans[s].second)});
    // Surface units: multiword tokens or single words.
    std::vector<std::string_view> units;
    std::vector<int> unit_of(sent.words.size() + 1, -1);
    std::vector<bool> in_multiword(sent.words.size() + 1, false);
    size_t m = 0;
    for (int id = 1; id <= static_cast<int>(sent.words.size());) {
      if (m < sent.multiwords.size() && sent.multiwords[m].first == id) {
        const auto& mw = sent.multiwords[m++];
        for (int k = mw.first; k <= mw.last && k <= static_cast<int>(sent.words.size()); ++k) {
          unit_of[k] = static_cast<int>(units.size());
          in_multiword[k] = true;
        }
        units.push_back(mw.form);
        id = mw.last + 1;
      } else {
        unit_of[id] = static_cast<int>(units.size());
        units.push_back(sent.words[id - 1].form);
        ++id;
      }
    }
    auto spans = LocateForms(text, units, sent_spans[s].first, what + ": sentence " + sent.sent_id);
    if (!spans.ok()) return spans.status();
    const int base = static_cast<int>(gold_words.size());
    for (size_t i = 0; i < sent.words.size(); ++i) {
      gold_words.push_back({(*spans)[unit_of[i + 1]], sent.words[i].form, in_multiword[i + 1]});
      gold_head.push_back(sent.words[i].head == 0 ? -1 : base + sent.words[i].head - 1);
      gold_word.push_back(&sent.words[i]);
    }
  }

  // Paragraphs: the rebuilt text puts a line break between paragraphs and a
  // blank line between documents; Dyad's reader makes each line a paragraph.
  size_t p = 0;
  while (p < text.size()) {
    size_t e = text.find('\n', p);
    if (e == std::string::npos) e = text.size();
    if (e > p) {
      Paragraph par;
      par.start = static_cast<uint32_t>(p);
      par.end = static_cast<uint32_t>(e);
      doc.paragraphs.push_back(par);
    }
    p = e + 1;
  }
  auto splitter = SentenceSplitter::LoadDefault();
  if (!splitter.ok()) return splitter.status();
  splitter->Split(&doc);
  std::vector<SegmentWord> sys_words;
  std::vector<SegmentSpan> sys_sents;
  std::vector<int> sys_head;
  std::vector<const Token*> sys_token;
  for (auto& s : doc.sentences) {
    model.Annotate(&s);
    sys_sents.push_back({s.start, s.end});
    const int base = static_cast<int>(sys_words.size());
    for (auto& t : s.tokens) {
      sys_words.push_back({{t.start, t.end}, std::string_view(text).substr(t.start, t.end - t.start)});
      sys_head.push_back(t.head <= 0 ? -1 : base + t.head - 1);
      sys_token.push_back(&t);
    }
  }
  auto sa = AlignSpans(text, gold_sents, text, sys_sents);
  if (!sa.ok()) return sa.status();
  auto wa = AlignWords(text, gold_words, text, sys_words);
  if (!wa.ok()) return wa.status();
  int64_t upos = 0, ua = 0, la = 0;
  for (size_t g = 0; g < gold_words.size(); ++g) {
    int s = wa->gold_to_system[g];
    if (s < 0) continue;
    const Token& t = *sys_token[s];
    upos += t.upos == gold_word[g]->upos;
    int gh = gold_head[g], sh = sys_head[s];
    bool head_ok = gh < 0 ? sh < 0 : (sh >= 0 && wa->gold_to_system[gh] == sh);
    if (head_ok) {
      ++ua;
      la += Universal(t.deprel) == Universal(gold_word[g]->deprel);
    }
  }
  sc.gold_words = static_cast<int64_t>(gold_words.size());
  sc.system_words = static_cast<int64_t>(sys_words.size());
  sc.gold_sentences = static_cast<int64_t>(gold_sents.size());
  sc.system_sentences = static_cast<int64_t>(sys_sents.size());
  sc.sentence_f1 = 100.0 * sa->scores.f1();
  sc.token_f1 = 100.0 * wa->scores.f1();
  sc.upos = F1(upos, sc.gold_words, sc.system_words);
  sc.uas = F1(ua, sc.gold_words, sc.system_words);
  sc.las = F1(la, sc.gold_words, sc.system_words);
  return sc;
}

}  // namespace dyad
