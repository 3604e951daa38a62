#include "coder/event_coder.h"

#include <gtest/gtest.h>


#include "coder/test_sentence.h"
#include "dict/reader.h"
#include "test_util.h"

namespace dyad {
namespace {

// Builds a parsed one-sentence document from "form|UPOS[/XPOS]|lemma|head|deprel" items
// (head 1-based, 0 = root), so the coder can be tested without the parser.
Document Parsed(const std::string& annotated, std::optional<Date> date = Date::FromYmd(2023, 5, 1)) {
  Document d;
  d.id = "t";
  d.published = date;
  Sentence s;
  for (const auto& f : AnnotatedItems(annotated, 5)) {
    if (!d.text.empty()) d.text += " ";
    Token t;
    t.start = static_cast<uint32_t>(d.text.size());
    d.text += f[0];
    t.end = static_cast<uint32_t>(d.text.size());
    t.form = f[0];
    size_t slash = f[1].find('/');
    t.upos = f[1].substr(0, slash);
    t.xpos = slash == std::string::npos ? "" : f[1].substr(slash + 1);
    t.lemma = f[2];
    t.head = std::stoi(f[3]);
    t.deprel = f[4];
    s.tokens.push_back(t);
  }
  s.start = 0;
  s.end = static_cast<uint32_t>(d.text.size());
  s.paragraph = 0;
  d.sentences.push_back(s);
  Paragraph p;
  p.start = 0;
  p.end = s.end;
  d.paragraphs.push_back(p);
  return d;
}

class EventCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dict = dict::LoadDictionary({testing::TestData("coder/fixture_actors.txt"),
                                      testing::TestData("coder/fixture_agents.txt"),
                                      testing::TestData("coder/fixture_verbs.txt")});
    ASSERT_TRUE(dict.ok()) << dict.status().ToString();
    auto compiled = dict::CompiledDictionary::Compile(std::move(*dict));
    ASSERT_TRUE(compiled.ok()) << compiled.status().ToString();
    dict_ = std::make_unique<dict::CompiledDictionary>(std::move(*compiled));
    coder_ = std::make_unique<EventCoder>(*dict_, nullptr);
  }
  // "SRC CODE TGT" for every event, sorted.
  static std::vector<std::string> Codes(const std::vector<Event>& events) {
    std::vector<std::string> out;
    for (const auto& e : events)
      out.push_back((e.source ? e.source->code : "-") + " " + e.code + " " + (e.target ? e.target->code : "-"));
    std::sort(out.begin(), out.end());
    return out;
  }
  // The events of a whole document.
  std::vector<std::string> Code(Document d) {
    coder_->Code(&d);
    return Codes(d.events);
  }
  // The same with other coder options.
  std::vector<std::string> CodeWith(Document d, CoderOptions options) {
    EventCoder coder(*dict_, nullptr, options);
    coder.Code(&d);
    return Codes(d.events);
  }
  std::unique_ptr<dict::CompiledDictionary> dict_;
  std::unique_ptr<EventCoder> coder_;
};

CoderOptions Reciprocal() {
  CoderOptions o;
  o.reciprocal_events = true;
  return o;
}

using V = std::vector<std::string>;

TEST_F(EventCoderTest, SubjectVerbObject) {
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj attacked|VERB/VBD|attack|0|root Kestria|PROPN|Kestria|2|obj "
                        ".|PUNCT|.|2|punct")),
            V({"VAL 190 KES"}));
}

TEST_F(EventCoderTest, PassiveTakesTheByAgentAsSource) {
  EXPECT_EQ(Code(Parsed("Kestria|PROPN|Kestria|3|nsubj:pass was|AUX|be|3|aux:pass attacked|VERB/VBN|attack|0|root "
                        "by|ADP|by|5|case Valdoria|PROPN|Valdoria|3|obl:agent")),
            V({"VAL 190 KES"}));
}

TEST_F(EventCoderTest, NegatedVerbCodesNothing) {
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|3|nsubj did|AUX|do|3|aux not|PART|not|3|advmod "
                        "attack|VERB/VB|attack|0|root Kestria|PROPN|Kestria|3|obj")),
            V({}));
}

TEST_F(EventCoderTest, AgentCompositionWithAdjectiveAndPossessive) {
  // "Valdorian troops attacked Kestria's police."
  EXPECT_EQ(Code(Parsed("Valdorian|ADJ|valdorian|2|amod troops|NOUN/NNS|troop|3|nsubj attacked|VERB/VBD|attack|0|root "
                        "Kestria|PROPN|Kestria|6|nmod:poss 's|PART|'s|4|case police|NOUN|police|3|obj")),
            V({"VALMIL 190 KESCOP"}));
}

TEST_F(EventCoderTest, PurposeInfinitiveOfAFiniteVerbIsInItsClause) {
  // "Valdoria went on strike to demand the resignation of Kestria": UD hangs
  // "to demand" on "went" as advcl; the pattern spells it out.
  const char* kWent =
      "Valdoria|PROPN|Valdoria|2|nsubj went|VERB/VBD|go|0|root on|ADP|on|4|case strike|NOUN/NN|strike|2|obl "
      "to|PART|to|6|mark demand|VERB/VB|demand|2|advcl the|DET|the|8|det resignation|NOUN/NN|resignation|6|obj "
      "of|ADP|of|10|case Kestria|PROPN|Kestria|8|nmod";
  EXPECT_EQ(Code(Parsed(kWent)), V({"VAL 1431 KES"}));
  // A participle's purpose infinitive is not ("a mission led by Kestria to
  // help ..."): read as VBN, "went" keeps its clause and only "demand"
  // codes, on its own.
  std::string participle = kWent;
  participle.replace(participle.find("VERB/VBD"), 8, "VERB/VBN");
  EXPECT_EQ(Code(Parsed(participle)), V({"VAL 100 KES"}));
}

TEST_F(EventCoderTest, CompoundSubjectsAndReciprocalTalks) {
  // "Valdoria and Kestria held talks."
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|4|nsubj and|CCONJ|and|3|cc Kestria|PROPN|Kestria|1|conj "
                        "held|VERB/VBD|hold|0|root talks|NOUN/NNS|talk|4|obj")),
            V({"KES 043 VAL", "VAL 043 KES"}));
}

TEST_F(EventCoderTest, CompoundTargetsGiveOneEventEach) {
  // "Valdoria criticized Kestria and the Marvel Isles."
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj criticized|VERB/VBD|criticize|0|root "
                        "Kestria|PROPN|Kestria|2|obj and|CCONJ|and|7|cc the|DET|the|7|det Marvel|PROPN|Marvel|7|compound "
                        "Isles|PROPN|Isles|3|conj")),
            V({"VAL 111 KES", "VAL 111 MAR"}));
}

TEST_F(EventCoderTest, DatedPersonAndWeakSurname) {
  // "Orin Tal criticized Kestria." (in office) and "Minister Tal ..." / bare "Tal ..." (weak)
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|2|compound Tal|PROPN|Tal|3|nsubj criticized|VERB/VBD|criticize|0|root "
                        "Kestria|PROPN|Kestria|3|obj")),
            V({"VALGOV 111 KES"}));
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|2|compound Tal|PROPN|Tal|3|nsubj criticized|VERB/VBD|criticize|0|root "
                        "Kestria|PROPN|Kestria|3|obj",
                        Date::FromYmd(2025, 1, 1))),
            V({}));
  EXPECT_EQ(Code(Parsed("Minister|NOUN|minister|2|compound Tal|PROPN|Tal|3|nsubj criticized|VERB/VBD|criticize|0|root "
                        "Kestria|PROPN|Kestria|3|obj")),
            V({"VALGOV 111 KES"}));
  EXPECT_EQ(Code(Parsed("Tal|PROPN|Tal|2|nsubj criticized|VERB/VBD|criticize|0|root Kestria|PROPN|Kestria|2|obj")),
            V({}));
}

TEST_F(EventCoderTest, EventNounWithByAgentAndTarget) {
  // "Kestria condemned the attack by Brave Front on Valdorian soldiers." — the noun event.
  EXPECT_EQ(Code(Parsed("the|DET|the|2|det attack|NOUN/NN|attack|0|root by|ADP|by|5|case Brave|PROPN|Brave|5|compound "
                        "Front|PROPN|Front|2|nmod on|ADP|on|8|case Valdorian|ADJ|valdorian|8|amod "
                        "soldiers|NOUN/NNS|soldier|2|nmod")),
            V({"IMGBRV 190 VALMIL"}));
}

TEST_F(EventCoderTest, ObjectControlGivesTheSource) {
  // "Valdoria urged Kestria to arrest the militants" -> the arrest's source is Kestria.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj urged|VERB/VBD|urge|0|root Kestria|PROPN|Kestria|2|obj "
                        "to|PART|to|5|mark arrest|VERB/VB|arrest|2|xcomp Valdorian|ADJ|valdorian|7|amod "
                        "militants|NOUN/NNS|militant|5|obj")),
            V({"KES 173 VALREB"}));
}

TEST_F(EventCoderTest, IntentVerbTurnsTalksIntoIntent) {
  // "Valdoria plans to meet Kestria" -> 036 (intent to meet); both ways
  // under PETRARCH's conventions (the pattern is !recip).
  Document d = Parsed("Valdoria|PROPN|Valdoria|2|nsubj plans|VERB/VBZ|plan|0|root to|PART|to|4|mark "
                      "meet|VERB/VB|meet|2|xcomp Kestria|PROPN|Kestria|4|obj");
  EXPECT_EQ(Code(d), V({"VAL 036 KES"}));
  EXPECT_EQ(CodeWith(d, Reciprocal()), V({"KES 036 VAL", "VAL 036 KES"}));
}

TEST_F(EventCoderTest, PronounTakesThePreviousSubject) {
  Document d = Parsed("Valdoria|PROPN|Valdoria|2|nsubj criticized|VERB/VBD|criticize|0|root Kestria|PROPN|Kestria|2|obj");
  Document d2 = Parsed("It|PRON|it|2|nsubj accused|VERB/VBD|accuse|0|root Kestria|PROPN|Kestria|2|obj");
  // Append the second sentence to the first document.
  uint32_t shift = static_cast<uint32_t>(d.text.size() + 1);
  d.text += " " + d2.text;
  Sentence s2 = d2.sentences[0];
  s2.start += shift;
  s2.end += shift;
  for (auto& t : s2.tokens) {
    t.start += shift;
    t.end += shift;
  }
  d.sentences.push_back(s2);
  d.paragraphs[0].end = static_cast<uint32_t>(d.text.size());
  EXPECT_EQ(Code(d), V({"VAL 111 KES", "VAL 112 KES"}));
}

TEST_F(EventCoderTest, EventsCiteTheirWords) {
  Document d = Parsed("Valdorian|ADJ|valdorian|2|amod troops|NOUN/NNS|troop|3|nsubj attacked|VERB/VBD|attack|0|root "
                      "Kestria|PROPN|Kestria|3|obj");
  coder_->Code(&d);
  ASSERT_EQ(d.events.size(), 1u);
  const Event& e = d.events[0];
  EXPECT_EQ(d.Slice(e.source->span.start, e.source->span.end), "Valdorian troops");
  EXPECT_EQ(d.Slice(e.target->span.start, e.target->span.end), "Kestria");
  EXPECT_EQ(d.Slice(e.verb.start, e.verb.end), "attacked");
  EXPECT_NE(e.pattern.find("fixture_verbs.txt:"), std::string::npos);
}

TEST_F(EventCoderTest, ReportWithoutTargetGivesWayToTheReportedEvent) {
  // "Valdoria criticized Kestria, the minister said." -> the criticism only.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj criticized|VERB/VBD|criticize|0|root "
                        "Kestria|PROPN|Kestria|2|obj ,|PUNCT|,|7|punct the|DET|the|6|det minister|NOUN|minister|7|nsubj "
                        "said|VERB/VBD|say|2|parataxis")),
            V({"VAL 111 KES"}));
  // Alone, the report stays (unless untargeted statements are turned off).
  const char* alone = "the|DET|the|2|det minister|NOUN|minister|3|nsubj said|VERB/VBD|say|0|root";
  EXPECT_EQ(Code(Parsed(alone)), V({"---GOV 010 -"}));
  CoderOptions drop;
  drop.code_untargeted_statements = false;
  EventCoder coder(*dict_, nullptr, drop);
  Document d = Parsed(alone);
  coder.Code(&d);
  EXPECT_TRUE(d.events.empty());
}

TEST_F(EventCoderTest, StatementWhoseReportedClauseIsAboutActorsIsNoEvent) {
  // "Orin Tal said Valdoria would stay calm." -> what was said is about
  // Valdoria (the speaker's own side): no statement event.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root "
                        "Valdoria|PROPN|Valdoria|7|nsubj would|AUX|will|7|aux stay|VERB/VB|stay|3|ccomp "
                        "calm|ADJ|calm|6|xcomp")),
            V({}));
  // "The minister said the weather was fine." -> what was said codes
  // nothing, and the saying is no event either (analysts code what was
  // said); with code_reporting_statements, the bare statement.
  Document weather = Parsed("the|DET|the|2|det minister|NOUN|minister|3|nsubj said|VERB/VBD|say|0|root "
                            "the|DET|the|5|det weather|NOUN|weather|7|nsubj was|AUX|be|7|cop fine|ADJ|fine|3|ccomp");
  EXPECT_EQ(Code(weather), V({}));
  CoderOptions reporting;
  reporting.code_reporting_statements = true;
  EXPECT_EQ(CodeWith(weather, reporting), V({"---GOV 010 -"}));
  // A statement reporting no clause stays: "Orin Tal declared the agreement."
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat declared|VERB/VBD|declare|0|root "
                        "the|DET|the|5|det agreement|NOUN|agreement|3|obj")),
            V({"VALGOV 010 -"}));
}

TEST_F(EventCoderTest, ReportedContentTheParserHungElsewhereIsStillReported) {
  // "Orin Tal said in an address that the weather was calm." (the that-clause
  // hangs on "address") -> a report: no event.
  Document address = Parsed(
      "Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root in|ADP|in|6|case an|DET|a|6|det "
      "address|NOUN|address|3|obl that|SCONJ|that|11|mark the|DET|the|9|det weather|NOUN|weather|11|nsubj "
      "was|AUX|be|11|cop calm|ADJ|calm|6|acl");
  EXPECT_EQ(Code(address), V({}));
  CoderOptions reporting;
  reporting.code_reporting_statements = true;
  EXPECT_EQ(CodeWith(address, reporting), V({"VALGOV 010 -"}));
  // "Orin Tal said the drills, named Storm, were a warning." (the clause's
  // subject read as the object of "said") -> a report.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root the|DET|the|5|det "
                        "drills|NOUN/NNS|drill|3|obj ,|PUNCT|,|7|punct named|VERB/VBN|name|5|acl "
                        "Storm|PROPN|Storm|7|xcomp ,|PUNCT|,|12|punct were|AUX|be|12|cop a|DET|a|12|det "
                        "warning|NOUN|warning|5|appos")),
            V({}));
  // "Orin Tal declared the border closed." (a small clause) -> a report.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat declared|VERB/VBD|declare|0|root "
                        "the|DET|the|5|det border|NOUN|border|3|obj closed|ADJ|closed|3|xcomp")),
            V({}));
}

TEST_F(EventCoderTest, StatementTargetIsNotInANestedClauseOrASubject) {
  // "Orin Tal said there were grounds to believe that Kestria was guilty."
  // -> Kestria is what a nested clause is about, and its subject: no target,
  // and the report alone is no event.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root "
                        "there|PRON|there|5|expl were|VERB/VBD|be|3|ccomp grounds|NOUN/NNS|ground|5|nsubj "
                        "to|PART|to|8|mark believe|VERB/VB|believe|6|acl that|SCONJ|that|12|mark "
                        "Kestria|PROPN|Kestria|12|nsubj was|AUX|be|12|cop guilty|ADJ|guilty|8|ccomp")),
            V({}));
}

TEST_F(EventCoderTest, StatementAboutAnotherPartyGivesWayToTheSpeakersOwnEvent) {
  // "Orin Tal criticized Kestria and said Valdoria would talk to Marvel Isles."
  // -> the criticism; not also a statement aimed at Marvel Isles.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat criticized|VERB/VBD|criticize|0|root "
                        "Kestria|PROPN|Kestria|3|obj and|CCONJ|and|6|cc said|VERB/VBD|say|3|conj "
                        "Valdoria|PROPN|Valdoria|9|nsubj would|AUX|will|9|aux talk|VERB/VB|talk|6|ccomp "
                        "to|ADP|to|11|case Marvel|PROPN|Marvel|9|obl Isles|PROPN|Isles|11|flat")),
            V({"VALGOV 111 KES"}));
  // Without another event of the speaker the statement keeps that target.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root "
                        "Valdoria|PROPN|Valdoria|6|nsubj would|AUX|will|6|aux talk|VERB/VB|talk|3|ccomp "
                        "to|ADP|to|8|case Marvel|PROPN|Marvel|6|obl Isles|PROPN|Isles|8|flat")),
            V({"VALGOV 010 MAR"}));
}

TEST_F(EventCoderTest, WhatTheSpeakersSideSaysItWillDoIsIntent) {
  // "Orin Tal said Valdoria would attack Kestria." -> a threat (138), the
  // speaker's.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root "
                        "Valdoria|PROPN|Valdoria|6|nsubj would|AUX|will|6|aux attack|VERB/VB|attack|3|ccomp "
                        "Kestria|PROPN|Kestria|6|obj")),
            V({"VALGOV 138 KES"}));
  // "Orin Tal said Valdoria would continue to meet Kestria." -> intent to
  // meet (036), the speaker's side only, even under PETRARCH's conventions.
  Document meet = Parsed(
      "Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root Valdoria|PROPN|Valdoria|6|nsubj "
      "would|AUX|will|6|aux continue|VERB/VB|continue|3|ccomp to|PART|to|8|mark meet|VERB/VB|meet|6|xcomp "
      "Kestria|PROPN|Kestria|8|obj");
  EXPECT_EQ(Code(meet), V({"VALGOV 036 KES"}));
  EXPECT_EQ(CodeWith(meet, Reciprocal()), V({"VALGOV 036 KES"}));
  // What another country will do is no intent of the speaker's: "Orin Tal
  // said Kestria would attack Valdoria." -> the attack as said.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root "
                        "Kestria|PROPN|Kestria|6|nsubj would|AUX|will|6|aux attack|VERB/VB|attack|3|ccomp "
                        "Valdoria|PROPN|Valdoria|6|obj")),
            V({"KES 190 VAL"}));
  // Without will/would it is no announcement: "Orin Tal said Valdoria attacked Kestria."
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root "
                        "Valdoria|PROPN|Valdoria|5|nsubj attacked|VERB/VBD|attack|3|ccomp Kestria|PROPN|Kestria|5|obj")),
            V({"VAL 190 KES"}));
}

TEST_F(EventCoderTest, AJointActTheSpeakerReportsOfTheirSideIsTheSpeakers) {
  // "Orin Tal said Valdoria and Kestria held talks." -> Orin Tal's, with
  // Kestria (not Valdoria and Kestria both ways).
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root "
                        "Valdoria|PROPN|Valdoria|7|nsubj and|CCONJ|and|6|cc Kestria|PROPN|Kestria|4|conj "
                        "held|VERB/VBD|hold|3|ccomp talks|NOUN/NNS|talk|7|obj")),
            V({"VALGOV 043 KES"}));
  // Without the speaker's side it stays between the two: "Orin Tal said
  // Kestria and Marvel Isles held talks."
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root "
                        "Kestria|PROPN|Kestria|8|nsubj and|CCONJ|and|6|cc Marvel|PROPN|Marvel|4|conj "
                        "Isles|PROPN|Isles|6|flat held|VERB/VBD|hold|3|ccomp talks|NOUN/NNS|talk|8|obj")),
            V({"KES 043 MAR", "MAR 043 KES"}));
  // The other side is the one addressed when it is of that country: "Orin
  // Tal told Kestria City that Valdoria and Kestria held talks."
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat told|VERB/VBD|tell|0|root "
                        "Kestria|PROPN|Kestria|5|compound City|PROPN|City|3|obj that|SCONJ|that|10|mark "
                        "Valdoria|PROPN|Valdoria|10|nsubj and|CCONJ|and|9|cc Kestria|PROPN|Kestria|7|conj "
                        "held|VERB/VBD|hold|3|ccomp talks|NOUN/NNS|talk|10|obj")),
            V({"VALGOV 010 KESGOV", "VALGOV 043 KESGOV"}));
}

TEST_F(EventCoderTest, HeAndSheReferToAPersonNotACountry) {
  // "Kestria attacked Marvel Isles after a visit by Orin Tal, during which she
  // criticized Kestria." -> "she" is Orin Tal (a person), not Kestria.
  EXPECT_EQ(Code(Parsed("Kestria|PROPN|Kestria|2|nsubj attacked|VERB/VBD|attack|0|root Marvel|PROPN|Marvel|2|obj "
                        "Isles|PROPN|Isles|3|flat after|ADP|after|6|case visit|NOUN|visit|2|obl by|ADP|by|8|case "
                        "Orin|PROPN|Orin|6|nmod Tal|PROPN|Tal|8|flat ,|PUNCT|,|14|punct during|ADP|during|12|case "
                        "which|PRON|which|14|obl she|PRON|she|14|nsubj criticized|VERB/VBD|criticize|6|acl:relcl "
                        "Kestria|PROPN|Kestria|14|obj")),
            V({"KES 190 MAR", "VALGOV 111 KES"}));
}

TEST_F(EventCoderTest, AStateAndItsGovernmentAreOneActor) {
  // "Orin Tal met Valdoria" is no meeting (VALGOV with VAL); "Valdoria
  // criticized the Valdorian army" is an event (VAL with VALMIL).
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat met|VERB/VBD|meet|0|root "
                        "Valdoria|PROPN|Valdoria|3|obj")),
            V({}));
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj criticized|VERB/VBD|criticize|0|root "
                        "Valdorian|ADJ|valdorian|4|amod army|NOUN/NN|army|2|obj")),
            V({"VAL 111 VALMIL"}));
  // "Valdoria criticized the government", the story's first sentence: "the
  // government" would be Valdoria's own, a guess that makes no target.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj criticized|VERB/VBD|criticize|0|root "
                        "the|DET|the|4|det government|NOUN|government|2|obj")),
            V({"VAL 111 -"}));
}

TEST_F(EventCoderTest, StatementTargetIsNotTheSpeakersOwnCountryOrAGenericRole) {
  // "Orin Tal said Valdoria would talk to Kestria." (no talk pattern: the
  // complement codes nothing) -> the statement is about Kestria, not Valdoria.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root "
                        "Valdoria|PROPN|Valdoria|6|nsubj would|AUX|will|6|aux talk|VERB/VB|talk|3|ccomp "
                        "to|ADP|to|8|case Kestria|PROPN|Kestria|6|obl")),
            V({"VALGOV 010 KES"}));
  // "Orin Tal said Kestria would pay for its crimes." -> Kestria (and "its")
  // does what was said: not the statement's target; no event.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root "
                        "Kestria|PROPN|Kestria|6|nsubj would|AUX|will|6|aux pay|VERB/VB|pay|3|ccomp "
                        "for|ADP|for|9|case its|PRON|its|9|nmod:poss crimes|NOUN/NNS|crime|6|obl")),
            V({}));
  // "Orin Tal told the police that Valdoria was calm." -> nobody else, and the
  // reported clause is about Valdoria: no event.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat told|VERB/VBD|tell|0|root the|DET|the|5|det "
                        "police|NOUN|police|3|obj that|SCONJ|that|9|mark Valdoria|PROPN|Valdoria|9|nsubj "
                        "was|AUX|be|9|cop calm|ADJ|calm|3|ccomp")),
            V({}));
}

TEST_F(EventCoderTest, ReportTakesItsTargetFromAnUncodedComplement) {
  // "Valdoria said it was unhappy with Kestria."
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj said|VERB/VBD|say|0|root it|PRON|it|5|nsubj "
                        "was|AUX|be|5|cop unhappy|ADJ|unhappy|2|ccomp with|ADP|with|7|case Kestria|PROPN|Kestria|5|obl")),
            V({"VAL 010 KES"}));
}

TEST_F(EventCoderTest, UnmarkedActorBeforeASubjectlessVerbIsItsSubject) {
  // The parser took an unknown name for an adverb: "Valdoria attacked Kestria".
  EXPECT_EQ(Code(Parsed("Valdoria|ADV|valdoria|2|advmod attacked|VERB/VBD|attack|0|root Kestria|PROPN|Kestria|2|obj")),
            V({"VAL 190 KES"}));
}

TEST_F(EventCoderTest, RoleNounOverCoordinatedCountries) {
  // "Soldiers from Valdoria and Kestria attacked the Marvel Isles."
  EXPECT_EQ(Code(Parsed("Soldiers|NOUN/NNS|soldier|6|nsubj from|ADP|from|3|case Valdoria|PROPN|Valdoria|1|nmod "
                        "and|CCONJ|and|5|cc Kestria|PROPN|Kestria|3|conj attacked|VERB/VBD|attack|0|root "
                        "the|DET|the|9|det Marvel|PROPN|Marvel|9|compound Isles|PROPN|Isles|6|obj")),
            V({"KESMIL 190 MAR", "VALMIL 190 MAR"}));
}

TEST_F(EventCoderTest, TitleBeforeANamedPersonOfACountry) {
  // "Minister Dara Vell criticized Valdoria": a person coded as a bare country
  // takes the title's role; a person with a role in the code keeps it.
  EXPECT_EQ(Code(Parsed("Minister|NOUN|minister|3|compound Dara|PROPN|Dara|3|compound Vell|PROPN|Vell|4|nsubj "
                        "criticized|VERB/VBD|criticize|0|root Valdoria|PROPN|Valdoria|4|obj")),
            V({"KESGOV 111 VAL"}));
}

TEST_F(EventCoderTest, CompoundSubjectSharesTheTarget) {
  // "Valdoria and Kestria criticized the Marvel Isles" -> one event per source, none between them.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|4|nsubj and|CCONJ|and|3|cc Kestria|PROPN|Kestria|1|conj "
                        "criticized|VERB/VBD|criticize|0|root the|DET|the|7|det Marvel|PROPN|Marvel|7|compound "
                        "Isles|PROPN|Isles|4|obj")),
            V({"KES 111 MAR", "VAL 111 MAR"}));
}

TEST_F(EventCoderTest, PassiveByAgentHungOnAnAdverb) {
  // "Kestria was criticized sharply by Valdoria" with the by-phrase under the adverb.
  EXPECT_EQ(Code(Parsed("Kestria|PROPN|Kestria|3|nsubj:pass was|AUX|be|3|aux:pass criticized|VERB/VBN|criticize|0|root "
                        "sharply|ADV|sharply|3|advmod by|ADP|by|6|case Valdoria|PROPN|Valdoria|4|obl:agent")),
            V({"VAL 111 KES"}));
}

TEST_F(EventCoderTest, ComplementSubjectReadAsTheObjectAbove) {
  // "Valdoria said Kestria attacked the Marvel Isles", with "Kestria" parsed as said's object.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj said|VERB/VBD|say|0|root Kestria|PROPN|Kestria|2|obj "
                        "attacked|VERB/VBD|attack|2|ccomp the|DET|the|7|det Marvel|PROPN|Marvel|7|compound "
                        "Isles|PROPN|Isles|4|obj")),
            V({"KES 190 MAR", "VAL 010 KES"}));
}

TEST_F(EventCoderTest, ConjunctNamingItsActorInAnOfPhrase) {
  // "The Valdorian army and the people of Kestria attacked the Marvel Isles."
  EXPECT_EQ(Code(Parsed("The|DET|the|3|det Valdorian|ADJ|valdorian|3|amod army|NOUN|army|9|nsubj and|CCONJ|and|6|cc "
                        "the|DET|the|6|det people|NOUN|people|3|conj of|ADP|of|8|case Kestria|PROPN|Kestria|6|nmod "
                        "attacked|VERB/VBD|attack|0|root the|DET|the|12|det Marvel|PROPN|Marvel|12|compound "
                        "Isles|PROPN|Isles|9|obj")),
            V({"KES 190 MAR", "VALMIL 190 MAR"}));
}

// "Valdoria conveyed its message in a note carried by the Valdorian minister,
// Orin Tal, to the Kestrian minister." The pattern wants "to $T"; the clause
// of "conveyed" has none, the participle "carried" has one (which the parser
// hung on its by-agent after the apposition). The messenger is not the source.
constexpr const char* kConveyedThroughANote =
    "Valdoria|PROPN|Valdoria|2|nsubj conveyed|VERB/VBD|convey|0|root its|PRON|its|4|nmod:poss "
    "message|NOUN/NN|message|2|obj in|ADP|in|7|case a|DET|a|7|det note|NOUN/NN|note|2|obl "
    "carried|VERB/VBN|carry|7|acl by|ADP|by|12|case the|DET|the|12|det Valdorian|ADJ|valdorian|12|amod "
    "minister|NOUN/NN|minister|8|obl:agent ,|PUNCT|,|14|punct Orin|PROPN|Orin|12|appos Tal|PROPN|Tal|14|flat "
    ",|PUNCT|,|20|punct to|ADP|to|20|case the|DET|the|20|det Kestrian|ADJ|kestrian|20|amod "
    "minister|NOUN/NN|minister|12|nmod .|PUNCT|.|2|punct";

TEST_F(EventCoderTest, TargetFromTheToPhraseOfAParticipleModifyingTheOblique) {
  EXPECT_EQ(Code(Parsed(kConveyedThroughANote)), V({"VAL 032 KESGOV"}));
}

TEST_F(EventCoderTest, TitleComplementOfTheMessengerIsNoTarget) {
  // "Valdoria conveyed its message in a note carried by the Valdorian minister to Kestria."
  // ("minister to Kestria" is the messenger's title: no recipient, no event.)
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj conveyed|VERB/VBD|convey|0|root its|PRON|its|4|nmod:poss "
                        "message|NOUN/NN|message|2|obj in|ADP|in|7|case a|DET|a|7|det note|NOUN/NN|note|2|obl "
                        "carried|VERB/VBN|carry|7|acl by|ADP|by|12|case the|DET|the|12|det "
                        "Valdorian|ADJ|valdorian|12|amod minister|NOUN/NN|minister|8|obl:agent to|ADP|to|14|case "
                        "Kestria|PROPN|Kestria|12|nmod .|PUNCT|.|2|punct")),
            V({}));
}

TEST_F(EventCoderTest, TheVerbsOwnToPhraseBeatsTheParticiples) {
  // "Valdoria conveyed its message to Kestria in a note carried to the Marvel Isles."
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj conveyed|VERB/VBD|convey|0|root its|PRON|its|4|nmod:poss "
                        "message|NOUN/NN|message|2|obj to|ADP|to|6|case Kestria|PROPN|Kestria|2|obl in|ADP|in|9|case "
                        "a|DET|a|9|det note|NOUN/NN|note|2|obl carried|VERB/VBN|carry|9|acl to|ADP|to|14|case "
                        "the|DET|the|14|det Marvel|PROPN|Marvel|14|compound Isles|PROPN|Isles|10|obl .|PUNCT|.|2|punct")),
            V({"VAL 032 KES"}));
}

TEST_F(EventCoderTest, BareDefiniteRoleTakesTheStorysCountry) {
  // "Kestrian troops attacked Valdoria." then "Valdoria criticized the army."
  // (Kestria and Valdoria named once each before: the first named wins.)
  Document first = Parsed("Kestrian|ADJ|kestrian|2|amod troops|NOUN/NNS|troop|3|nsubj attacked|VERB/VBD|attack|0|root "
                          "Valdoria|PROPN|Valdoria|3|obj");
  Document second = Parsed("Valdoria|PROPN|Valdoria|2|nsubj criticized|VERB/VBD|criticize|0|root "
                           "the|DET|the|4|det army|NOUN/NN|army|2|obj");
  ActorContext ctx;
  std::vector<Event> a, b;
  coder_->CodeSentence(first, 0, &ctx, &a);
  coder_->CodeSentence(second, 0, &ctx, &b);
  EXPECT_EQ(Codes(a), V({"KESMIL 190 VAL"}));
  EXPECT_EQ(Codes(b), V({"VAL 111 KESMIL"}));
  // As the story's first sentence, the army is of the country it names.
  ActorContext fresh;
  std::vector<Event> c;
  coder_->CodeSentence(second, 0, &fresh, &c);
  EXPECT_EQ(Codes(c), V({"VAL 111 VALMIL"}));
  // "an army" or "armies" are not the one just named.
  Document plural = Parsed("Valdoria|PROPN|Valdoria|2|nsubj criticized|VERB/VBD|criticize|0|root "
                           "armies|NOUN/NNS|army|2|obj");
  std::vector<Event> d;
  CoderOptions generic;
  generic.generic_targets = true;  // shows the role kept no country
  EventCoder keep(*dict_, nullptr, generic);
  keep.CodeSentence(plural, 0, &ctx, &d);
  EXPECT_EQ(Codes(d), V({"VAL 111 ---MIL"}));
}

TEST_F(EventCoderTest, TheStatesOrgansAreTheStorysWithoutTheAndInThePlural) {
  // After "Kestria criticized Valdoria.", the headline style "soldiers arrest
  // minister" and "Soldiers arrested the minister." are Kestria's.
  Document first = Parsed("Kestria|PROPN|Kestria|2|nsubj criticized|VERB/VBD|criticize|0|root "
                          "Valdoria|PROPN|Valdoria|2|obj");
  Document headline = Parsed("soldiers|NOUN/NNS|soldier|2|nsubj arrest|VERB/VBP|arrest|0|root "
                             "minister|NOUN/NN|minister|2|obj");
  Document body = Parsed("Soldiers|NOUN/NNS|soldier|2|nsubj arrested|VERB/VBD|arrest|0|root the|DET|the|4|det "
                         "minister|NOUN/NN|minister|2|obj");
  ActorContext ctx;
  std::vector<Event> a, b, c;
  coder_->CodeSentence(first, 0, &ctx, &a);
  coder_->CodeSentence(headline, 0, &ctx, &b);
  coder_->CodeSentence(body, 0, &ctx, &c);
  EXPECT_EQ(Codes(b), V({"KESMIL 173 KESGOV"}));
  EXPECT_EQ(Codes(c), V({"KESMIL 173 KESGOV"}));
  // Members of other roles keep no country ("militants"), nor do several
  // institutions ("armies", in BareDefiniteRoleTakesTheStorysCountry).
  Document militants = Parsed("militants|NOUN/NNS|militant|2|nsubj arrested|VERB/VBD|arrest|0|root the|DET|the|4|det "
                              "minister|NOUN/NN|minister|2|obj");
  std::vector<Event> d;
  coder_->CodeSentence(militants, 0, &ctx, &d);
  EXPECT_EQ(Codes(d), V({"---REB 173 KESGOV"}));
}

TEST_F(EventCoderTest, ACountryInAnInPhraseIsThePlaceNotTheTarget) {
  // "Valdoria held talks in Kestria." (the pattern has no $T) -> where the
  // talks were, not with whom; PETRARCH's suite reads it as the target.
  Document d = Parsed("Valdoria|PROPN|Valdoria|2|nsubj held|VERB/VBD|hold|0|root talks|NOUN/NNS|talk|2|obj "
                      "in|ADP|in|5|case Kestria|PROPN|Kestria|2|obl");
  EXPECT_EQ(Code(d), V({"VAL 043 -"}));
  CoderOptions petrarch;
  petrarch.locative_targets = true;
  EXPECT_EQ(CodeWith(d, petrarch), V({"VAL 043 KES"}));
  // Not a role of that country: "held talks in the Kestrian parliament" is
  // with the parliament.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj held|VERB/VBD|hold|0|root talks|NOUN/NNS|talk|2|obj "
                        "in|ADP|in|7|case the|DET|the|7|det Kestrian|ADJ|kestrian|7|amod "
                        "government|NOUN|government|2|obl")),
            V({"VAL 043 KESGOV"}));
}

TEST_F(EventCoderTest, NoEventBetweenTheMembersOfTheSourcesOwnCoordination) {
  // "the plan criticized by Valdoria and Kestria" -> both criticize; Kestria
  // is not Valdoria's target.
  EXPECT_EQ(Code(Parsed("the|DET|the|2|det plan|NOUN|plan|0|root criticized|VERB/VBN|criticize|2|acl "
                        "by|ADP|by|5|case Valdoria|PROPN|Valdoria|3|obl:agent and|CCONJ|and|7|cc "
                        "Kestria|PROPN|Kestria|5|conj")),
            V({"KES 111 -", "VAL 111 -"}));
}

TEST_F(EventCoderTest, ATargetOfNoCountryIsNoTarget) {
  // "Valdoria arrested militants." -> no target (analysts write "-");
  // PETRARCH's suite keeps the role.
  Document d = Parsed("Valdoria|PROPN|Valdoria|2|nsubj arrested|VERB/VBD|arrest|0|root "
                      "militants|NOUN/NNS|militant|2|obj");
  EXPECT_EQ(Code(d), V({"VAL 173 -"}));
  CoderOptions generic;
  generic.generic_targets = true;
  EXPECT_EQ(CodeWith(d, generic), V({"VAL 173 ---REB"}));
  // With a country the role is a target: "Valdoria arrested Kestrian militants."
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj arrested|VERB/VBD|arrest|0|root "
                        "Kestrian|ADJ|kestrian|4|amod militants|NOUN/NNS|militant|2|obj")),
            V({"VAL 173 KESREB"}));
}

TEST_F(EventCoderTest, RequiringATargetDropsTargetlessEventsAfterCompoundsPair) {
  // PETRARCH's require_dyad: "Valdoria condemned." has no target and is
  // dropped, but a compound subject with no other party still pairs its
  // members ("Valdoria and Kestria held talks": each is the other's target).
  CoderOptions dyads;
  dyads.allow_missing_target = false;
  Document alone = Parsed("Valdoria|PROPN|Valdoria|2|nsubj condemned|VERB/VBD|condemn|0|root .|PUNCT|.|2|punct");
  EXPECT_EQ(Code(alone), V({"VAL 111 -"}));
  EXPECT_EQ(CodeWith(alone, dyads), V({}));
  EXPECT_EQ(CodeWith(Parsed("Valdoria|PROPN|Valdoria|4|nsubj and|CCONJ|and|3|cc Kestria|PROPN|Kestria|1|conj "
                            "held|VERB/VBD|hold|0|root talks|NOUN/NNS|talk|4|obj"),
                     dyads),
            V({"KES 043 VAL", "VAL 043 KES"}));
  // A role of no country is no target, so the event goes too.
  EXPECT_EQ(CodeWith(Parsed("Valdoria|PROPN|Valdoria|2|nsubj arrested|VERB/VBD|arrest|0|root "
                            "militants|NOUN/NNS|militant|2|obj"),
                     dyads),
            V({}));
}

TEST_F(EventCoderTest, AnAsPhraseIsNoTarget) {
  // "Valdoria condemned the raid as an assault on Kestria's sovereignty." ->
  // what the raid is taken for; no target from it.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj condemned|VERB/VBD|condemn|0|root the|DET|the|4|det "
                        "raid|NOUN|raid|2|obj as|ADP|as|7|case an|DET|a|7|det assault|NOUN|assault|2|obl "
                        "on|ADP|on|11|case Kestria|PROPN|Kestria|11|nmod:poss 's|PART|'s|9|case "
                        "sovereignty|NOUN|sovereignty|7|nmod")),
            V({"VAL 111 -"}));
  // Nor does a pattern's $T reach into it ("criticize $T" finds no target).
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj criticized|VERB/VBD|criticize|0|root the|DET|the|4|det "
                        "raid|NOUN|raid|2|obj as|ADP|as|7|case an|DET|a|7|det assault|NOUN|assault|2|obl "
                        "on|ADP|on|11|case Kestria|PROPN|Kestria|11|nmod:poss 's|PART|'s|9|case "
                        "sovereignty|NOUN|sovereignty|7|nmod")),
            V({}));
}

TEST_F(EventCoderTest, APhraseOfTimeOrCauseIsNoTarget) {
  // "Valdoria condemned the plan after talks with Kestria." and "... in
  // response to the arrest of Kestrian militants" -> when and why, not whom.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj condemned|VERB/VBD|condemn|0|root the|DET|the|4|det "
                        "plan|NOUN|plan|2|obj after|ADP|after|6|case talks|NOUN/NNS|talk|2|obl "
                        "with|ADP|with|8|case Kestria|PROPN|Kestria|6|nmod")),
            V({"VAL 111 -"}));
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj condemned|VERB/VBD|condemn|0|root the|DET|the|4|det "
                        "plan|NOUN|plan|2|obj in|ADP|in|6|case response|NOUN|response|2|obl to|ADP|to|9|case "
                        "the|DET|the|9|det arrest|NOUN|arrest|6|nmod of|ADP|of|12|case "
                        "Kestrian|ADJ|kestrian|12|amod militants|NOUN/NNS|militant|9|nmod")),
            V({"VAL 111 -"}));
}

TEST_F(EventCoderTest, AReasonClausesDoerIsTheObject) {
  // "Valdoria arrested Kestrian militants for attacking Marvel Isles." -> the
  // militants attacked, not Valdoria.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj arrested|VERB/VBD|arrest|0|root "
                        "Kestrian|ADJ|kestrian|4|amod militants|NOUN/NNS|militant|2|obj for|SCONJ|for|6|mark "
                        "attacking|VERB/VBG|attack|2|advcl Marvel|PROPN|Marvel|6|obj Isles|PROPN|Isles|7|flat")),
            V({"KESREB 190 MAR", "VAL 173 KESREB"}));
}

TEST_F(EventCoderTest, WhatSomeoneIsAccusedOfIsNoEvent) {
  // "Valdoria accused Kestria of attacking Marvel Isles." -> the accusation only.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj accused|VERB/VBD|accuse|0|root Kestria|PROPN|Kestria|2|obj "
                        "of|SCONJ|of|5|mark attacking|VERB/VBG|attack|2|advcl Marvel|PROPN|Marvel|5|obj "
                        "Isles|PROPN|Isles|6|flat")),
            V({"VAL 112 KES"}));
}

TEST_F(EventCoderTest, AClauseHungOnItsSubjectNounIsDoneByTheNoun) {
  // "the day after Kestrian troops arrested Orin Tal" with "arrested" parsed
  // as a modifier of "troops" -> the troops arrested him.
  EXPECT_EQ(Code(Parsed("the|DET|the|2|det day|NOUN|day|0|root after|ADP|after|5|case "
                        "Kestrian|ADJ|kestrian|5|amod troops|NOUN/NNS|troop|2|nmod arrested|VERB/VBD|arrest|5|acl "
                        "Orin|PROPN|Orin|6|obj Tal|PROPN|Tal|7|flat")),
            V({"KESMIL 173 VALGOV"}));
  // A participle with a by-agent is still passive: "Kestrian troops arrested
  // by Valdoria".
  EXPECT_EQ(Code(Parsed("Kestrian|ADJ|kestrian|2|amod troops|NOUN/NNS|troop|0|root arrested|VERB/VBN|arrest|2|acl "
                        "by|ADP|by|5|case Valdoria|PROPN|Valdoria|3|obl")),
            V({"VAL 173 KESMIL"}));
}

TEST_F(EventCoderTest, ACompoundSubjectsOwnCountriesAreNoOtherParty) {
  // "Orin Tal and Kestria City held talks at a Valdoria summit." -> the
  // summit's country is a member's own: the members pair (talks are mutual).
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|6|nsubj Tal|PROPN|Tal|1|flat and|CCONJ|and|5|cc "
                        "Kestria|PROPN|Kestria|5|compound City|PROPN|City|1|conj held|VERB/VBD|hold|0|root "
                        "talks|NOUN/NNS|talk|6|obj at|ADP|at|11|case a|DET|a|11|det "
                        "Valdoria|PROPN|Valdoria|11|compound summit|NOUN|summit|6|obl")),
            V({"KESGOV 043 VALGOV", "VALGOV 043 KESGOV"}));
}

TEST_F(EventCoderTest, ARoleOwnedByAPersonIsOfTheirCountry) {
  // "Orin Tal's government criticized Kestria." -> VALGOV (not VALGOVGOV).
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|4|nmod:poss Tal|PROPN|Tal|1|flat 's|PART|'s|1|case "
                        "government|NOUN|government|5|nsubj criticized|VERB/VBD|criticize|0|root "
                        "Kestria|PROPN|Kestria|5|obj")),
            V({"VALGOV 111 KES"}));
  // "Orin Tal said his army attacked Kestria." -> his army is Valdoria's.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root "
                        "his|PRON|his|5|nmod:poss army|NOUN|army|6|nsubj attacked|VERB/VBD|attack|3|ccomp "
                        "Kestria|PROPN|Kestria|6|obj")),
            V({"VALMIL 190 KES"}));
}

TEST_F(EventCoderTest, TheLastWordOfABodyNamedBeforeIsThatBody) {
  // "Brave Front attacked Kestria." then "The front in the north attacked
  // Valdoria." -> the front is Brave Front; "a front" or "fronts" are not.
  Document first = Parsed("Brave|PROPN|Brave|2|compound Front|PROPN|Front|3|nsubj attacked|VERB/VBD|attack|0|root "
                          "Kestria|PROPN|Kestria|3|obj");
  Document second = Parsed("The|DET|the|2|det front|NOUN|front|6|nsubj in|ADP|in|5|case the|DET|the|5|det "
                           "north|NOUN|north|2|nmod attacked|VERB/VBD|attack|0|root Valdoria|PROPN|Valdoria|6|obj");
  Document other = Parsed("A|DET|a|2|det front|NOUN|front|3|nsubj attacked|VERB/VBD|attack|0|root "
                          "Valdoria|PROPN|Valdoria|3|obj");
  ActorContext ctx;
  std::vector<Event> a, b, c;
  coder_->CodeSentence(first, 0, &ctx, &a);
  coder_->CodeSentence(second, 0, &ctx, &b);
  coder_->CodeSentence(other, 0, &ctx, &c);
  EXPECT_EQ(Codes(a), V({"IMGBRV 190 KES"}));
  EXPECT_EQ(Codes(b), V({"IMGBRV 190 VAL"}));
  EXPECT_EQ(Codes(c), V({}));
  // A date the parser hung on the noun does not make it another one: "The
  // front on Monday attacked Valdoria."
  Document dated = Parsed("The|DET|the|2|det front|NOUN|front|5|nsubj on|ADP|on|4|case Monday|PROPN|Monday|2|nmod "
                          "attacked|VERB/VBD|attack|0|root Valdoria|PROPN|Valdoria|5|obj");
  std::vector<Event> d;
  coder_->CodeSentence(dated, 0, &ctx, &d);
  EXPECT_EQ(Codes(d), V({"IMGBRV 190 VAL"}));
}

TEST_F(EventCoderTest, ADemandConjoinedToAMeetingIsAddressedToTheOneMet) {
  // "Orin Tal met Kestria City and demanded a truce." -> demanded of KESGOV.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat met|VERB/VBD|meet|0|root "
                        "Kestria|PROPN|Kestria|5|compound City|PROPN|City|3|obj and|CCONJ|and|7|cc "
                        "demanded|VERB/VBD|demand|3|conj a|DET|a|9|det truce|NOUN|truce|7|obj")),
            V({"VALGOV 040 KESGOV", "VALGOV 100 KESGOV"}));
}

TEST_F(EventCoderTest, ANegatedActOfCooperationIsARejection) {
  // "Valdoria did not praise Kestria." -> a rejection (120); PETRARCH's
  // suite expects nothing from a negated verb.
  Document praise = Parsed("Valdoria|PROPN|Valdoria|4|nsubj did|AUX|do|4|aux not|PART|not|4|advmod "
                           "praise|VERB/VB|praise|0|root Kestria|PROPN|Kestria|4|obj");
  EXPECT_EQ(Code(praise), V({"VAL 120 KES"}));
  CoderOptions petrarch;
  petrarch.negated_cooperation_rejects = false;
  EXPECT_EQ(CodeWith(praise, petrarch), V({}));
  // Not meeting (04) and not attacking (19) are no rejections.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|4|nsubj did|AUX|do|4|aux not|PART|not|4|advmod "
                        "meet|VERB/VB|meet|0|root Kestria|PROPN|Kestria|4|obj")),
            V({}));
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|4|nsubj did|AUX|do|4|aux not|PART|not|4|advmod "
                        "attack|VERB/VB|attack|0|root Kestria|PROPN|Kestria|4|obj")),
            V({}));
}

TEST_F(EventCoderTest, TheMilitantsAreTheArmedGroupNamedLast) {
  // "Brave Front attacked Kestria." then "Kestria arrested the militants."
  // -> Brave Front; "arrested militants" names no group.
  Document first = Parsed("Brave|PROPN|Brave|2|compound Front|PROPN|Front|3|nsubj attacked|VERB/VBD|attack|0|root "
                          "Kestria|PROPN|Kestria|3|obj");
  Document the = Parsed("Kestria|PROPN|Kestria|2|nsubj arrested|VERB/VBD|arrest|0|root the|DET|the|4|det "
                        "militants|NOUN/NNS|militant|2|obj");
  Document bare = Parsed("Kestria|PROPN|Kestria|2|nsubj arrested|VERB/VBD|arrest|0|root "
                         "militants|NOUN/NNS|militant|2|obj");
  ActorContext ctx;
  std::vector<Event> a, b, c;
  coder_->CodeSentence(first, 0, &ctx, &a);
  coder_->CodeSentence(the, 0, &ctx, &b);
  coder_->CodeSentence(bare, 0, &ctx, &c);
  EXPECT_EQ(Codes(b), V({"KES 173 IMGBRV"}));
  EXPECT_EQ(Codes(c), V({"KES 173 -"}));
}

TEST_F(EventCoderTest, AnArmedGroupsTroopsAreTheGroup) {
  // "Brave Front troops attacked Valdoria." -> the group, not IMGBRVMIL;
  // "Kestrian troops" still compose.
  EXPECT_EQ(Code(Parsed("Brave|PROPN|Brave|3|compound Front|PROPN|Front|3|compound troops|NOUN/NNS|troop|4|nsubj "
                        "attacked|VERB/VBD|attack|0|root Valdoria|PROPN|Valdoria|4|obj")),
            V({"IMGBRV 190 VAL"}));
}

TEST_F(EventCoderTest, RoleWordModifyingAnotherNounIsNoTarget) {
  // "Valdoria criticized the army drills near Kestria." -> not ---MIL (drills).
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj criticized|VERB/VBD|criticize|0|root the|DET|the|5|det "
                        "army|NOUN/NN|army|5|compound drills|NOUN/NNS|drill|2|obj near|ADP|near|7|case "
                        "Kestria|PROPN|Kestria|5|nmod")),
            V({"VAL 111 KES"}));
}

TEST_F(EventCoderTest, TargetIsNeverTheSourceAgain) {
  // "Valdoria held talks in its capital near Kestria": "its" is Valdoria, the other party Kestria.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj held|VERB/VBD|hold|0|root talks|NOUN/NNS|talk|2|obj "
                        "in|ADP|in|6|case its|PRON|its|6|nmod:poss capital|NOUN|capital|2|obl near|ADP|near|8|case "
                        "Kestria|PROPN|Kestria|6|nmod")),
            V({"VAL 043 KES"}));
}

TEST_F(EventCoderTest, APurposeInfinitiveWithoutTargetIsNoEvent) {
  // "Valdoria gave Kestrian troops a week to withdraw." -> what Valdoria
  // asks of the troops, not a withdrawal; the troops' own withdrawal
  // ("Kestrian troops began to withdraw", an xcomp) stays.
  Document gave = Parsed("Valdoria|PROPN|Valdoria|2|nsubj gave|VERB/VBD|give|0|root Kestrian|ADJ|Kestrian|4|amod "
                         "troops|NOUN/NNS|troop|2|iobj a|DET|a|6|det week|NOUN|week|2|obj to|PART|to|8|mark "
                         "withdraw|VERB/VB|withdraw|2|advcl");
  EXPECT_EQ(Code(gave), V({}));
  CoderOptions petrarch;
  petrarch.purpose_events = true;
  // The option restores the old reading, which even gave the withdrawal
  // to the one who asked for it.
  EXPECT_EQ(CodeWith(gave, petrarch), V({"VAL 0874 -"}));
  EXPECT_EQ(Code(Parsed("Kestrian|ADJ|Kestrian|2|amod troops|NOUN/NNS|troop|3|nsubj began|VERB/VBD|begin|0|root "
                        "to|PART|to|5|mark withdraw|VERB/VB|withdraw|3|xcomp")),
            V({"KESMIL 0874 -"}));
  // With a target it is still coded: "Valdoria sent troops to attack Kestria."
  std::vector<std::string> sent = Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj sent|VERB/VBD|send|0|root "
                                              "troops|NOUN/NNS|troop|2|obj to|PART|to|5|mark "
                                              "attack|VERB/VB|attack|2|advcl Kestria|PROPN|Kestria|5|obj"));
  EXPECT_TRUE(std::any_of(sent.begin(), sent.end(), [](const std::string& e) { return e.find(" 190 KES") != std::string::npos; }))
      << ::testing::PrintToString(sent);
}

TEST_F(EventCoderTest, AMediatedPactIsBetweenItsParties) {
  // "Valdoria signed an agreement with Kestria." then "The agreement,
  // brokered by Marvel Isles, ended the war." -> Marvel Isles mediated
  // between Valdoria and Kestria (and the two patterns that use each
  // other's words, "agreement brokered by $S" and "broker agreement", give
  // that one event instead of none).
  Document signed_ = Parsed("Valdoria|PROPN|Valdoria|2|nsubj signed|VERB/VBD|sign|0|root an|DET|a|4|det "
                            "agreement|NOUN|agreement|2|obj with|ADP|with|6|case Kestria|PROPN|Kestria|2|obl");
  Document brokered = Parsed("The|DET|the|2|det agreement|NOUN|agreement|9|nsubj ,|PUNCT|,|4|punct "
                             "brokered|VERB/VBN|broker|2|acl by|ADP|by|7|case Marvel|PROPN|Marvel|7|compound "
                             "Isles|PROPN|Isles|4|obl:agent ,|PUNCT|,|2|punct ended|VERB/VBD|end|0|root "
                             "the|DET|the|11|det war|NOUN|war|9|obj");
  ActorContext ctx;
  std::vector<Event> a, b;
  coder_->CodeSentence(signed_, 0, &ctx, &a);
  coder_->CodeSentence(brokered, 0, &ctx, &b);
  EXPECT_EQ(Codes(a), V({"VAL 057 KES"}));
  EXPECT_EQ(Codes(b), V({"MAR 045 KES", "MAR 045 VAL"}));
  // With no pact before, no target; and never one the fallback finds in a
  // helper's phrase: "Talks mediated by Marvel Isles with the support of
  // Valdoria resumed." is not Marvel Isles mediating for Valdoria.
  Document talks = Parsed("Talks|NOUN/NNS|talk|11|nsubj mediated|VERB/VBN|mediate|1|acl by|ADP|by|5|case "
                          "Marvel|PROPN|Marvel|5|compound Isles|PROPN|Isles|2|obl:agent with|ADP|with|8|case "
                          "the|DET|the|8|det support|NOUN|support|2|obl of|ADP|of|10|case "
                          "Valdoria|PROPN|Valdoria|8|nmod resumed|VERB/VBD|resume|0|root");
  EXPECT_EQ(Code(talks), V({"MAR 045 -"}));
}

TEST_F(EventCoderTest, SayingAnotherMustActIsADemand) {
  // "Valdoria said Kestria must withdraw." -> Valdoria demands of Kestria;
  // the withdrawal is demanded, not done.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj said|VERB/VBD|say|0|root Kestria|PROPN|Kestria|5|nsubj "
                        "must|AUX|must|5|aux withdraw|VERB/VB|withdraw|2|ccomp")),
            V({"VAL 100 KES"}));
  // Without "must" it is what was said: "Valdoria said Kestria would withdraw."
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj said|VERB/VBD|say|0|root Kestria|PROPN|Kestria|5|nsubj "
                        "would|AUX|would|5|aux withdraw|VERB/VB|withdraw|2|ccomp")),
            V({"KES 0874 -"}));
  // One's own side is no one to demand of: "Orin Tal said Valdoria must withdraw."
  std::vector<std::string> own = Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat said|VERB/VBD|say|0|root "
                                             "Valdoria|PROPN|Valdoria|6|nsubj must|AUX|must|6|aux "
                                             "withdraw|VERB/VB|withdraw|3|ccomp"));
  EXPECT_TRUE(std::none_of(own.begin(), own.end(), [](const std::string& e) { return e.find(" 100 ") != std::string::npos; }))
      << ::testing::PrintToString(own);
}

TEST_F(EventCoderTest, AJudgmentInAReportedClauseIsTheSpeakers) {
  // "Valdoria said Kestria's vote was lopsided." -> Valdoria criticises
  // Kestria (the fixture's `judge 111 : lopsided`), the owner named in the
  // clause's subject.
  const std::string lopsided =
      "Valdoria|PROPN|Valdoria|2|nsubj said|VERB/VBD|say|0|root Kestria|PROPN|Kestria|5|nmod:poss "
      "'s|PART/POS|'s|3|case vote|NOUN|vote|7|nsubj was|AUX|be|7|cop lopsided|ADJ|lopsided|2|ccomp";
  EXPECT_EQ(Code(Parsed(lopsided)), V({"VAL 111 KES"}));
  Document judged = Parsed(lopsided);
  coder_->Code(&judged);
  ASSERT_EQ(judged.events.size(), 1u);
  // Its provenance is the judge line (fixture_verbs.txt:20), not the `say` pattern.
  EXPECT_NE(judged.events[0].pattern.find("fixture_verbs.txt:20"), std::string::npos) << judged.events[0].pattern;
  // Negated, or a predicate the lexicon does not know: only what was said,
  // which is no event.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj said|VERB/VBD|say|0|root the|DET|the|4|det "
                        "vote|NOUN|vote|7|nsubj was|AUX|be|7|cop not|PART|not|7|advmod "
                        "lopsided|ADJ|lopsided|2|ccomp")),
            V({}));
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj said|VERB/VBD|say|0|root the|DET|the|4|det "
                        "vote|NOUN|vote|6|nsubj was|AUX|be|6|cop long|ADJ|long|2|ccomp")),
            V({}));
  // A fixed phrase of several words, with a subject that names nobody:
  // "Valdoria said the ruling was null and void." -> rejection, no target.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj said|VERB/VBD|say|0|root the|DET|the|4|det "
                        "ruling|NOUN|ruling|6|nsubj was|AUX|be|6|cop null|ADJ|null|2|ccomp "
                        "and|CCONJ|and|8|cc void|ADJ|void|6|conj")),
            V({"VAL 120 -"}));
  // A predicate conjoined to the clause's head: "Kestria said the pact would
  // not help and would only deepen the rift."
  EXPECT_EQ(Code(Parsed("Kestria|PROPN|Kestria|2|nsubj said|VERB/VBD|say|0|root the|DET|the|4|det "
                        "pact|NOUN|pact|7|nsubj would|AUX|would|7|aux not|PART|not|7|advmod "
                        "help|VERB/VB|help|2|ccomp and|CCONJ|and|11|cc would|AUX|would|11|aux "
                        "only|ADV|only|11|advmod deepen|VERB/VB|deepen|7|conj the|DET|the|13|det "
                        "rift|NOUN|rift|11|obj")),
            V({"KES 111 -"}));
  // Blame: "Valdoria said Kestria was to blame." -> an accusation of Kestria.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj said|VERB/VBD|say|0|root Kestria|PROPN|Kestria|6|nsubj "
                        "was|AUX|be|6|cop to|PART|to|6|mark blame|VERB/VB|blame|2|ccomp")),
            V({"VAL 112 KES"}));
  // The option off: what was said, no event.
  CoderOptions off;
  off.reported_judgments = false;
  EXPECT_EQ(CodeWith(Parsed(lopsided), off), V({}));
}

TEST_F(EventCoderTest, TheTwoLeadersAreTheStorysTwoGovernments) {
  // "Valdoria attacked Kestria." then "The two leaders held talks." ->
  // VALGOV and KESGOV; "Two leaders held talks." counts leaders and names
  // nobody.
  Document first = Parsed("Valdoria|PROPN|Valdoria|2|nsubj attacked|VERB/VBD|attack|0|root "
                          "Kestria|PROPN|Kestria|2|obj");
  Document the_two = Parsed("The|DET|the|3|det two|NUM|two|3|nummod leaders|NOUN/NNS|leader|4|nsubj "
                            "held|VERB/VBD|hold|0|root talks|NOUN/NNS|talk|4|obj");
  Document two = Parsed("Two|NUM|two|2|nummod leaders|NOUN/NNS|leader|3|nsubj held|VERB/VBD|hold|0|root "
                        "talks|NOUN/NNS|talk|3|obj");
  ActorContext ctx;
  std::vector<Event> a, b, c;
  coder_->CodeSentence(first, 0, &ctx, &a);
  coder_->CodeSentence(the_two, 0, &ctx, &b);
  coder_->CodeSentence(two, 0, &ctx, &c);
  EXPECT_EQ(Codes(b), V({"KESGOV 043 VALGOV", "VALGOV 043 KESGOV"}));
  EXPECT_EQ(Codes(c), V({"---GOV 043 -"}));
}

TEST_F(EventCoderTest, ClaimingResponsibilityIsNotACarriedStatement) {
  // "Brave Front claimed responsibility for the attack and said it had
  // attacked Kestria.": the claim (015) is an act of its own beside the
  // attack, not a bare statement the attack carries.
  EXPECT_EQ(Code(Parsed("Brave|PROPN|Brave|2|compound Front|PROPN|Front|3|nsubj claimed|VERB/VBD|claim|0|root "
                        "responsibility|NOUN/NN|responsibility|3|obj for|ADP|for|7|case the|DET|the|7|det "
                        "attack|NOUN/NN|attack|3|obl and|CCONJ|and|9|cc said|VERB/VBD|say|3|conj it|PRON|it|12|nsubj "
                        "had|AUX|have|12|aux attacked|VERB/VBN|attack|9|ccomp Kestria|PROPN|Kestria|12|obj "
                        ".|PUNCT|.|3|punct")),
            V({"IMGBRV 015 -", "IMGBRV 190 KES"}));
}

TEST_F(EventCoderTest, ADemandForReleaseIsNotAimedAtTheOneHeld) {
  // "Kestria called for the release of Orin Tal.": Tal is held by someone
  // else, to whom the demand is addressed; no target here.
  EXPECT_EQ(Code(Parsed("Kestria|PROPN|Kestria|2|nsubj called|VERB/VBD|call|0|root for|ADP|for|5|case "
                        "the|DET|the|5|det release|NOUN/NN|release|2|obl of|ADP|of|7|case Orin|PROPN|Orin|5|nmod "
                        "Tal|PROPN|Tal|7|flat .|PUNCT|.|2|punct")),
            V({"KES 1053 -"}));
  // "Kestria demanded Orin Tal's release."
  EXPECT_EQ(Code(Parsed("Kestria|PROPN|Kestria|2|nsubj demanded|VERB/VBD|demand|0|root Orin|PROPN|Orin|6|nmod:poss "
                        "Tal|PROPN|Tal|3|flat 's|PART|'s|3|case release|NOUN/NN|release|2|obj .|PUNCT|.|2|punct")),
            V({"KES 1053 -"}));
}

TEST_F(EventCoderTest, APremodifierOfAnObliqueMatchesThroughItsNoun) {
  // "Orin Tal called on the international community to help.": the pattern
  // "call on international community" reaches "international" through
  // "community", an oblique of the verb.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat called|VERB/VBD|call|0|root on|ADP|on|7|case "
                        "the|DET|the|7|det international|ADJ|international|7|amod community|NOUN/NN|community|3|obl "
                        ".|PUNCT|.|3|punct")),
            V({"VALGOV 020 -"}));
}

TEST_F(EventCoderTest, HeIsAPersonAndTheyAreNotOnePerson) {
  // "The Northern Tribunal criticized Orin Tal, accusing him.": "him" is Tal,
  // not the tribunal that is the subject.
  EXPECT_EQ(Code(Parsed("The|DET|the|3|det Northern|PROPN|Northern|3|compound Tribunal|PROPN|Tribunal|4|nsubj "
                        "criticized|VERB/VBD|criticize|0|root Orin|PROPN|Orin|4|obj Tal|PROPN|Tal|5|flat "
                        ",|PUNCT|,|8|punct accusing|VERB/VBG|accuse|4|advcl him|PRON|he|8|obj .|PUNCT|.|4|punct")),
            V({"IGOTRB 111 VALGOV", "IGOTRB 112 VALGOV"}));
  // "Orin Tal met the protesters and praised their courage.": "their" is the
  // protesters (Valdoria's, the story's country), not Tal.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat met|VERB/VBD|meet|0|root the|DET|the|5|det "
                        "protesters|NOUN/NNS|protester|3|obj and|CCONJ|and|7|cc praised|VERB/VBD|praise|3|conj "
                        "their|PRON|their|9|nmod:poss courage|NOUN/NN|courage|7|obj .|PUNCT|.|3|punct")),
            V({"VALGOV 040 VALCVL", "VALGOV 051 VALCVL"}));
}

TEST_F(EventCoderTest, CiviliansTakeTheirPlacesOrTheStorysCountry) {
  // After "Valdorian troops attacked Kestria." (the story's country:
  // Valdoria), police use water cannon against ...
  Document first = Parsed("Valdorian|ADJ|valdorian|2|amod troops|NOUN/NNS|troop|3|nsubj attacked|VERB/VBD|attack|0|root "
                          "Kestria|PROPN|Kestria|3|obj");
  auto against = [](const std::string& whom) {
    return Parsed("Police|NOUN/NNS|police|2|nsubj used|VERB/VBD|use|0|root water|NOUN/NN|water|4|compound "
                  "cannon|NOUN/NN|cannon|2|obj against|ADP|against|6|case " +
                  whom + " .|PUNCT|.|2|punct");
  };
  auto code = [&](const Document& d) {
    ActorContext ctx;
    std::vector<Event> a, b;
    coder_->CodeSentence(first, 0, &ctx, &a);
    coder_->CodeSentence(d, 0, &ctx, &b);
    return Codes(b);
  };
  // "... against demonstrators in Keshar" (Kestria's capital): Kestria's.
  EXPECT_EQ(code(against("demonstrators|NOUN/NNS|demonstrator|4|nmod in|ADP|in|8|case Keshar|PROPN|Keshar|6|nmod")),
            V({"VALCOP 175 KESCVL"}));
  // "... against demonstrators": protesters protest where the story is.
  EXPECT_EQ(code(against("demonstrators|NOUN/NNS|demonstrator|4|nmod")), V({"VALCOP 175 VALCVL"}));
  // "... against women": people of no named place keep no country.
  EXPECT_EQ(code(against("women|NOUN/NNS|woman|4|nmod")), V({"VALCOP 175 -"}));
  EXPECT_EQ(code(against("women|NOUN/NNS|woman|4|nmod in|ADP|in|8|case Keshar|PROPN|Keshar|6|nmod")),
            V({"VALCOP 175 KESCVL"}));
}

TEST_F(EventCoderTest, ASecondSubjectAfterAStatementIsWhatWasSaid) {
  // "Valdoria said troops, ... struck targets": the parser made "troops" a
  // second subject of "said"; what follows is the reported clause, and the
  // saying is no event of its own.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj said|VERB/VBD|say|0|root troops|NOUN/NNS|troop|2|nsubj "
                        "struck|VERB/VBD|strike|3|acl targets|NOUN/NNS|target|4|obj .|PUNCT|.|2|punct")),
            V({}));
}

TEST_F(EventCoderTest, WhoAfterACommaIsThePersonBeforeIt) {
  // "Kestria met Orin Tal, who criticized Brave Front.", the relative clause
  // parsed as a conjunct of "met".
  EXPECT_EQ(Code(Parsed("Kestria|PROPN|Kestria|2|nsubj met|VERB/VBD|meet|0|root Orin|PROPN|Orin|2|obj "
                        "Tal|PROPN|Tal|3|flat ,|PUNCT|,|7|punct who|PRON|who|7|nsubj "
                        "criticized|VERB/VBD|criticize|2|conj Brave|PROPN|Brave|9|compound Front|PROPN|Front|7|obj "
                        ".|PUNCT|.|2|punct")),
            V({"KES 040 VALGOV", "VALGOV 111 IMGBRV"}));
}

TEST_F(EventCoderTest, ProtestersCountedAndTheirProtestsPurpose) {
  // "Thousands of women rallied in Keshar to criticize Valdoria.": the
  // number is the women it counts, Keshar (Kestria's capital) their place,
  // and the purpose of the rally whom it is against.
  const std::string rally = "Thousands|NOUN/NNS|thousand|4|nsubj of|ADP|of|3|case women|NOUN/NNS|woman|1|nmod "
                            "rallied|VERB/VBD|rally|0|root in|ADP|in|6|case ";
  const std::string purpose = " to|PART|to|8|mark criticize|VERB/VB|criticize|4|advcl Valdoria|PROPN|Valdoria|8|obj "
                              ".|PUNCT|.|4|punct";
  EXPECT_EQ(Code(Parsed(rally + "Keshar|PROPN|Keshar|4|obl" + purpose)), V({"KESCVL 141 VAL"}));
  // Ostra, Kestria's capital held by Brave Front since 2021, is still in Kestria.
  EXPECT_EQ(Code(Parsed(rally + "Ostra|PROPN|Ostra|4|obl" + purpose)), V({"KESCVL 141 VAL"}));
}

TEST_F(EventCoderTest, APrepositionRightAfterTheVerbIsTheVerbs) {
  // "Valdoria called the vote an attack on Kestria": "on Kestria" hangs off
  // "attack", so this is no "call on $T".
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj called|VERB/VBD|call|0|root the|DET|the|4|det "
                        "vote|NOUN/NN|vote|2|obj an|DET|a|6|det attack|NOUN/NN|attack|2|obj on|ADP|on|8|case "
                        "Kestria|PROPN|Kestria|6|nmod .|PUNCT|.|2|punct")),
            V({}));
  // "Valdoria called on Kestria" is.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj called|VERB/VBD|call|0|root on|ADP|on|4|case "
                        "Kestria|PROPN|Kestria|2|obl .|PUNCT|.|2|punct")),
            V({"VAL 020 KES"}));
}

TEST_F(EventCoderTest, TheFallbackTargetIsNotTheSourcesOwnState) {
  // "Orin Tal condemned the attack on Valdoria": Tal's own state is not whom
  // the condemnation is aimed at; the event stays, without a target.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat condemned|VERB/VBD|condemn|0|root "
                        "the|DET|the|5|det attack|NOUN/NN|attack|3|obj on|ADP|on|7|case Valdoria|PROPN|Valdoria|5|nmod "
                        ".|PUNCT|.|3|punct")),
            V({"VALGOV 111 -"}));
  // "... the attack on Valdoria by Kestria": the attacker is.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat condemned|VERB/VBD|condemn|0|root "
                        "the|DET|the|5|det attack|NOUN/NN|attack|3|obj on|ADP|on|7|case Valdoria|PROPN|Valdoria|5|nmod "
                        "by|ADP|by|9|case Kestria|PROPN|Kestria|5|nmod .|PUNCT|.|3|punct")),
            V({"VALGOV 111 KES"}));
}

TEST_F(EventCoderTest, WorkingTogetherIsWithTheOneJustAddressed) {
  // "Orin Tal congratulated Dara Vell and said he looked forward to working
  // together.": the gerund after "to" is part of "look forward"'s clause,
  // and "together" is with Vell.
  EXPECT_EQ(Code(Parsed("Orin|PROPN|Orin|3|nsubj Tal|PROPN|Tal|1|flat congratulated|VERB/VBD|congratulate|0|root "
                        "Dara|PROPN|Dara|3|obj Vell|PROPN|Vell|4|flat and|CCONJ|and|7|cc said|VERB/VBD|say|3|conj "
                        "he|PRON|he|9|nsubj looked|VERB/VBD|look|7|ccomp forward|ADV|forward|9|advmod "
                        "to|SCONJ|to|12|mark working|VERB/VBG|work|9|advcl together|ADV|together|12|advmod "
                        ".|PUNCT|.|3|punct")),
            V({"VALGOV 030 KES", "VALGOV 051 KES"}));
}

TEST_F(EventCoderTest, AidsBeneficiaryInARelativeClauseOfItsObject) {
  // "Kestria signed a package that sends aid to Valdoria.": Valdoria
  // receives the aid.
  EXPECT_EQ(Code(Parsed("Kestria|PROPN|Kestria|2|nsubj signed|VERB/VBD|sign|0|root a|DET|a|4|det "
                        "package|NOUN/NN|package|2|obj that|PRON|that|6|nsubj sends|VERB/VBZ|send|4|acl:relcl "
                        "aid|NOUN/NN|aid|6|obj to|ADP|to|9|case Valdoria|PROPN|Valdoria|6|obl .|PUNCT|.|2|punct")),
            V({"KES 070 VAL"}));
  // "Kestria signed a package that Valdoria opposed.": no beneficiary.
  EXPECT_EQ(Code(Parsed("Kestria|PROPN|Kestria|2|nsubj signed|VERB/VBD|sign|0|root a|DET|a|4|det "
                        "package|NOUN/NN|package|2|obj that|PRON|that|7|obj Valdoria|PROPN|Valdoria|7|nsubj "
                        "opposed|VERB/VBD|oppose|4|acl:relcl .|PUNCT|.|2|punct")),
            V({"KES 070 -"}));
}

TEST_F(EventCoderTest, TheTargetOfASecondaryPredicateOrAnObjectsInfinitive) {
  // "Valdorian troops marched close to the border with Kestria": the
  // adjective's obliques are the verb phrase's.
  EXPECT_EQ(Code(Parsed("Valdorian|ADJ|valdorian|2|amod troops|NOUN/NNS|troop|3|nsubj marched|VERB/VBD|march|0|root "
                        "close|ADJ|close|3|xcomp to|ADP|to|7|case the|DET|the|7|det border|NOUN|border|4|obl "
                        "with|ADP|with|9|case Kestria|PROPN|Kestria|4|obl")),
            V({"VALMIL 181 KES"}));
  // "Valdoria signed an accord to supply Kestria with grain", the infinitive
  // read as the verb's adverbial clause: it says what the accord is for.
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj signed|VERB/VBD|sign|0|root an|DET|a|4|det "
                        "accord|NOUN|accord|2|obj to|PART|to|6|mark supply|VERB/VB|supply|2|advcl "
                        "Kestria|PROPN|Kestria|6|obj with|ADP|with|9|case grain|NOUN|grain|6|obl")),
            V({"VAL 081 KES"}));
  // "Valdoria signed its accord to supply Kestria": an owned object's
  // infinitive is the owner's ("approved its bid to join X").
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj signed|VERB/VBD|sign|0|root its|PRON|its|4|nmod:poss "
                        "accord|NOUN|accord|2|obj to|PART|to|6|mark supply|VERB/VB|supply|2|advcl "
                        "Kestria|PROPN|Kestria|6|obj")),
            V({"VAL 081 -"}));
}

TEST_F(EventCoderTest, AnAgentlessPassiveHasNoSourceButPetrarchsReadsItsSubject) {
  // "Valdoria was condemned over its quarrel with Kestria": nobody is said
  // to condemn; PETRARCH reads the subject as the source.
  Document d = Parsed("Valdoria|PROPN|Valdoria|3|nsubj:pass was|AUX|be|3|aux:pass condemned|VERB/VBN|condemn|0|root "
                      "over|ADP|over|6|case its|PRON|its|6|nmod:poss quarrel|NOUN|quarrel|3|obl "
                      "with|ADP|with|8|case Kestria|PROPN|Kestria|6|nmod .|PUNCT|.|3|punct");
  EXPECT_EQ(Code(d), V({}));
  CoderOptions positional;
  positional.agentless_passive_subjects = true;
  EXPECT_EQ(CodeWith(d, positional), V({"VAL 111 KES"}));
  // A by-agent is the source either way: "Valdoria was condemned by Kestria".
  EXPECT_EQ(CodeWith(Parsed("Valdoria|PROPN|Valdoria|3|nsubj:pass was|AUX|be|3|aux:pass "
                            "condemned|VERB/VBN|condemn|0|root by|ADP|by|5|case Kestria|PROPN|Kestria|3|obl:agent"),
                     positional),
            V({"KES 111 VAL"}));
}

TEST_F(EventCoderTest, FormerHoldersOfAStateRoleAreElites) {
  // "Former Kestrian soldiers attacked Valdoria": CAMEO's ELI, not KESMIL.
  EXPECT_EQ(Code(Parsed("Former|ADJ|former|3|amod Kestrian|ADJ|kestrian|3|amod soldiers|NOUN/NNS|soldier|4|nsubj "
                        "attacked|VERB/VBD|attack|0|root Valdoria|PROPN|Valdoria|4|obj")),
            V({"KESELI 190 VAL"}));
  EXPECT_EQ(Code(Parsed("Kestrian|ADJ|kestrian|2|amod soldiers|NOUN/NNS|soldier|3|nsubj "
                        "attacked|VERB/VBD|attack|0|root Valdoria|PROPN|Valdoria|3|obj")),
            V({"KESMIL 190 VAL"}));
  // Not a role outside the state's organs: "former militants" stay REB.
  EXPECT_EQ(Code(Parsed("Former|ADJ|former|3|amod Kestrian|ADJ|kestrian|3|amod militants|NOUN/NNS|militant|4|nsubj "
                        "attacked|VERB/VBD|attack|0|root Valdoria|PROPN|Valdoria|4|obj")),
            V({"KESREB 190 VAL"}));
}

TEST_F(EventCoderTest, OfTwoNamesInAPhraseTheHeadOrPetrarchsFirst) {
  // "Valdoria Dara Vell attacked the Marvel Isles": Dyad takes the name that
  // heads the phrase (Dara Vell, KES); PETRARCH the first (Valdoria).
  Document d = Parsed("Valdoria|PROPN|Valdoria|3|compound Dara|PROPN|Dara|3|compound Vell|PROPN|Vell|4|nsubj "
                      "attacked|VERB/VBD|attack|0|root the|DET|the|7|det Marvel|PROPN|Marvel|7|compound "
                      "Isles|PROPN|Isles|4|obj");
  EXPECT_EQ(Code(d), V({"KES 190 MAR"}));
  CoderOptions first;
  first.first_actor_of_phrase = true;
  EXPECT_EQ(CodeWith(d, first), V({"VAL 190 MAR"}));
}

TEST_F(EventCoderTest, AListSubjectTheParserBrokeUpIsStillTheSubject) {
  // "Evil Valdoria, the proud Kestria, and Brave Front attacked the Marvel
  // Isles", parsed with Valdoria as the root noun, Kestria in apposition and
  // the verb a conjunct whose subject is the last item only.
  EXPECT_EQ(Code(Parsed("Evil|ADJ|evil|2|amod Valdoria|PROPN|Valdoria|0|root ,|PUNCT|,|6|punct the|DET|the|6|det "
                        "proud|ADJ|proud|6|amod Kestria|PROPN|Kestria|2|appos ,|PUNCT|,|11|punct and|CCONJ|and|11|cc "
                        "Brave|PROPN|Brave|10|compound Front|PROPN|Front|11|nsubj attacked|VERB/VBD|attack|2|conj "
                        "the|DET|the|14|det Marvel|PROPN|Marvel|14|compound Isles|PROPN|Isles|11|obj "
                        ".|PUNCT|.|2|punct")),
            V({"IMGBRV 190 MAR", "KES 190 MAR", "VAL 190 MAR"}));
}

TEST_F(EventCoderTest, ANameSplitOffItsPhraseWithoutAPrepositionIsThePhrases) {
  // "Kestria Foreign Minister Dara Vell criticized Valdoria", parsed with
  // the minister as a bare nmod of Kestria: one phrase, KESGOV.
  EXPECT_EQ(Code(Parsed("Kestria|PROPN|Kestria|6|nsubj Foreign|ADJ|foreign|3|amod Minister|PROPN|Minister|5|compound "
                        "Dara|PROPN|Dara|5|compound Vell|PROPN|Vell|1|nmod criticized|VERB/VBD|criticize|0|root "
                        "Valdoria|PROPN|Valdoria|6|obj")),
            V({"KESGOV 111 VAL"}));
}

TEST_F(EventCoderTest, APossessorTheParserLeftOutIsPartOfWhatItOwns) {
  // "Valdoria attacked Kestria and the Marvel Isles' Keshar", parsed with
  // the Marvel Isles and Keshar both conjuncts of Kestria: "the Marvel
  // Isles' Keshar" is one phrase, Keshar's (KESGOV) for Dyad and the first
  // name's (MAR) for PETRARCH, never two actors.
  Document d = Parsed("Valdoria|PROPN|Valdoria|2|nsubj attacked|VERB/VBD|attack|0|root Kestria|PROPN|Kestria|2|obj "
                      "and|CCONJ|and|7|cc the|DET|the|7|det Marvel|PROPN|Marvel|7|compound Isles|PROPN|Isles|3|conj "
                      "'|PART/POS|'|7|case Keshar|PROPN|Keshar|3|conj .|PUNCT|.|2|punct");
  EXPECT_EQ(Code(d), V({"VAL 190 KES", "VAL 190 KESGOV"}));
  CoderOptions first;
  first.first_actor_of_phrase = true;
  EXPECT_EQ(CodeWith(d, first), V({"VAL 190 KES", "VAL 190 MAR"}));
}

TEST_F(EventCoderTest, AParticipleAfterTheObjectIsDoneToTheObject) {
  // "The Northern Tribunal ordered Orin Tal held in custody": the tribunal
  // has Orin Tal held (IGOTRB 173 VALGOV), whether the tagger reads "held"
  // as a participle or as a past tense; Orin Tal holds nobody.
  for (const char* tag : {"VERB/VBN", "VERB/VBD"}) {
    Document d = Parsed(std::string("The|DET|the|3|det Northern|PROPN|Northern|3|compound Tribunal|PROPN|Tribunal|4|nsubj "
                                    "ordered|VERB/VBD|order|0|root Orin|PROPN|Orin|6|compound Tal|PROPN|Tal|4|obj held|") +
                        tag + "|hold|4|xcomp in|ADP|in|9|case custody|NOUN|custody|7|obl .|PUNCT|.|4|punct");
    EXPECT_EQ(Code(d), V({"IGOTRB 173 VALGOV"})) << tag;
  }
}

// The same actors with verb patterns in PETRARCH's format, whose words
// before the verb ("EDGING &NEARNESS *", "+ HOSTING *") the Dyad format has
// no way to write.
class PetrarchPatternTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dict = dict::LoadDictionary({testing::TestData("coder/fixture_actors.txt"),
                                      testing::TestData("coder/fixture_agents.txt"),
                                      testing::TestData("coder/fixture_petrarch_verbs.txt")});
    ASSERT_TRUE(dict.ok()) << dict.status().ToString();
    auto compiled = dict::CompiledDictionary::Compile(std::move(*dict));
    ASSERT_TRUE(compiled.ok()) << compiled.status().ToString();
    dict_ = std::make_unique<dict::CompiledDictionary>(std::move(*compiled));
  }
  std::vector<std::string> CodeWith(Document d, CoderOptions options = {}) {
    EventCoder coder(*dict_, nullptr, options);
    coder.Code(&d);
    std::vector<std::string> out;
    for (const auto& e : d.events)
      out.push_back((e.source ? e.source->code : "-") + " " + e.code + " " + (e.target ? e.target->code : "-"));
    std::sort(out.begin(), out.end());
    return out;
  }
  std::unique_ptr<dict::CompiledDictionary> dict_;
};

TEST_F(PetrarchPatternTest, AnInfinitiveOfAPredicativeAdjectiveIsItsSubjects) {
  // "Kestria is edging closer to settle with Valdoria": the words before the
  // verb include the adjective and the verb above it, and Kestria settles.
  EXPECT_EQ(CodeWith(Parsed("Kestria|PROPN|Kestria|3|nsubj is|AUX|be|3|aux edging|VERB/VBG|edge|0|root "
                            "closer|ADJ/JJR|close|3|xcomp to|PART|to|6|mark settle|VERB/VB|settle|4|acl "
                            "with|ADP|with|8|case Valdoria|PROPN|Valdoria|6|obl .|PUNCT|.|3|punct")),
            V({"KES 083 VAL"}));
}

TEST_F(PetrarchPatternTest, TheControllingSubjectStandsBeforeAComplement) {
  // "Valdoria was spotted to dance in Kestria": "+ SPOTTED * IN $" finds its
  // target in the subject of the verb above the infinitive.
  CoderOptions places;
  places.locative_targets = true;
  EXPECT_EQ(CodeWith(Parsed("Valdoria|PROPN|Valdoria|3|nsubj:pass was|AUX|be|3|aux:pass spotted|VERB/VBN|spot|0|root "
                            "to|PART|to|5|mark dance|VERB/VB|dance|3|xcomp in|ADP|in|7|case "
                            "Kestria|PROPN|Kestria|5|obl"),
                     places),
            V({"KES 075 VAL"}));
  // "Valdoria will be hosting Kestria to celebrate the harvest festival with
  // the Marvel Isles": "+ HOSTING * HARVEST_FESTIVAL $".
  EXPECT_EQ(CodeWith(Parsed("Valdoria|PROPN|Valdoria|4|nsubj will|AUX|will|4|aux be|AUX|be|4|aux "
                            "hosting|VERB/VBG|host|0|root Kestria|PROPN|Kestria|4|obj to|PART|to|7|mark "
                            "celebrate|VERB/VB|celebrate|4|xcomp the|DET|the|10|det harvest|NOUN|harvest|10|compound "
                            "festival|NOUN|festival|7|obj with|ADP|with|14|case the|DET|the|14|det "
                            "Marvel|PROPN|Marvel|14|compound Isles|PROPN|Isles|10|nmod")),
            V({"MAR 046 VAL"}));
}

TEST_F(PetrarchPatternTest, PatternWordsMatchTheWrittenFormOnly) {
  // PETRARCH does not stem: "* TREATY" codes "settled the treaty with
  // Kestria" but not "settled treaties with Kestria" (the block's default).
  auto settled = [](const std::string& object) {
    return Parsed("Valdoria|PROPN|Valdoria|2|nsubj settled|VERB/VBD|settle|0|root " + object +
                  " with|ADP|with|5|case Kestria|PROPN|Kestria|2|obl");
  };
  EXPECT_EQ(CodeWith(settled("the|DET|the|4|det treaty|NOUN|treaty|2|obj")), V({"VAL 057 KES"}));
  EXPECT_EQ(CodeWith(settled("many|ADJ|many|4|amod treaties|NOUN/NNS|treaty|2|obj")), V({"VAL 080 KES"}));
}

TEST_F(PetrarchPatternTest, PatternWordsReachIntoTheComplementClause) {
  // "Valdoria admitted that Kestria is a truly friendly neighbour": PETRARCH
  // matches "* TRULY_FRIENDLY" over the whole verb phrase.
  EXPECT_EQ(CodeWith(Parsed("Valdoria|PROPN|Valdoria|2|nsubj admitted|VERB/VBD|admit|0|root that|SCONJ|that|9|mark "
                            "Kestria|PROPN|Kestria|9|nsubj is|AUX|be|9|cop a|DET|a|9|det truly|ADV|truly|8|advmod "
                            "friendly|ADJ|friendly|9|amod neighbour|NOUN|neighbour|2|ccomp")),
            V({"VAL 024 KES"}));
}

TEST_F(PetrarchPatternTest, APrepositionTaggedAsAnAdverbOfItsNounIsAPreposition) {
  // "Valdoria grumbled at rumours not about Kestria", "about" tagged as an
  // adverb of Kestria: "* RUMOURS ABOUT" still names Kestria's phrase.
  EXPECT_EQ(CodeWith(Parsed("Valdoria|PROPN|Valdoria|2|nsubj grumbled|VERB/VBD|grumble|0|root at|ADP|at|4|case "
                            "rumours|NOUN/NNS|rumour|2|obl not|PART|not|7|advmod about|ADV|about|7|advmod "
                            "Kestria|PROPN|Kestria|2|obl")),
            V({"VAL 112 KES"}));
}

TEST_F(PetrarchPatternTest, AMultiwordVerbWhoseVerbWordWasParsedAsItsObject) {
  // "Valdorian soldiers will not phone hack the lines into Kestria", with
  // "phone" parsed as the verb and "hack" as its object: the phrase is the
  // verb PHONE_+HACK, "WILL NOT *" spells the negation out, and the noun's
  // object is the verb's.
  EXPECT_EQ(CodeWith(Parsed("Valdorian|ADJ|valdorian|2|amod soldiers|NOUN/NNS|soldier|5|nsubj will|AUX|will|5|aux "
                            "not|PART|not|5|advmod phone|VERB/VB|phone|0|root hack|NOUN|hack|5|obj "
                            "the|DET|the|8|det lines|NOUN/NNS|line|6|obj into|ADP|into|10|case "
                            "Kestria|PROPN|Kestria|8|nmod .|PUNCT|.|5|punct")),
            V({"VALMIL 081 KES"}));
}

TEST_F(PetrarchPatternTest, ACaretSkipsTheNextActor) {
  // "* IN ^ +": "Valdoria feasted in Kestria with the Marvel Isles" skips
  // Kestria; the target is the Marvel Isles.
  EXPECT_EQ(CodeWith(Parsed("Valdoria|PROPN|Valdoria|2|nsubj feasted|VERB/VBD|feast|0|root in|ADP|in|4|case "
                            "Kestria|PROPN|Kestria|2|obl with|ADP|with|8|case the|DET|the|8|det "
                            "Marvel|PROPN|Marvel|8|compound Isles|PROPN|Isles|2|obl")),
            V({"VAL 045 MAR"}));
  // A phrase without an actor comes first: nothing is skipped.
  EXPECT_EQ(CodeWith(Parsed("Valdoria|PROPN|Valdoria|2|nsubj feasted|VERB/VBD|feast|0|root in|ADP|in|5|case "
                            "the|DET|the|5|det hall|NOUN|hall|2|obl with|ADP|with|7|case Kestria|PROPN|Kestria|2|obl")),
            V({"VAL 045 KES"}));
}

TEST_F(PetrarchPatternTest, AParticipleWithoutAByAgentIsItsNounsForPetrarch) {
  // "A Kestrian minister believed tied to Valdoria was expelled": nobody is
  // said to believe; PETRARCH reads the participle by position, so the
  // minister is the source and "* TIED" finds its target in the
  // participle complement the pattern names.
  Document d = Parsed("A|DET|a|3|det Kestrian|ADJ|kestrian|3|amod minister|NOUN|minister|9|nsubj:pass "
                      "believed|VERB/VBN|believe|3|acl tied|VERB/VBN|tie|4|xcomp to|ADP|to|7|case "
                      "Valdoria|PROPN|Valdoria|5|obl was|AUX|be|9|aux:pass expelled|VERB/VBN|expel|0|root");
  EXPECT_EQ(CodeWith(d), V({}));
  CoderOptions positional;
  positional.agentless_passive_subjects = true;
  EXPECT_EQ(CodeWith(d, positional), V({"KESGOV 111 VAL"}));
}

TEST_F(PetrarchPatternTest, ASlotTakesTheOfPhraseOfANounWithoutAnActor) {
  // "Valdoria feasted in Kestria with the people of the Marvel Isles after
  // settling with Kestria": "* IN ^ +" skips Kestria and finds its target
  // in the of-phrase of "the people". The gerund after "after" codes its own
  // event for Dyad; PETRARCH reads "after settling ..." as a prepositional
  // phrase and codes nothing there.
  Document d = Parsed("Valdoria|PROPN|Valdoria|2|nsubj feasted|VERB/VBD|feast|0|root in|ADP|in|4|case "
                      "Kestria|PROPN|Kestria|2|obl with|ADP|with|7|case the|DET|the|7|det people|NOUN|people|2|obl "
                      "of|ADP|of|11|case the|DET|the|11|det Marvel|PROPN|Marvel|11|compound Isles|PROPN|Isles|7|nmod "
                      "after|SCONJ|after|13|mark settling|VERB/VBG|settle|2|advcl with|ADP|with|15|case "
                      "Kestria|PROPN|Kestria|13|obl .|PUNCT|.|2|punct");
  EXPECT_EQ(CodeWith(d), V({"VAL 045 MAR", "VAL 080 KES"}));
  CoderOptions petrarch;
  petrarch.prepositional_gerund_events = false;
  EXPECT_EQ(CodeWith(d, petrarch), V({"VAL 045 MAR"}));
}

TEST_F(PetrarchPatternTest, PetrarchTakesATargetFromAPhraseOfTime) {
  // "Valdoria settled after protests by Kestria": Dyad reads the after-phrase
  // as when, not whom; PETRARCH takes the verb phrase's first actor.
  Document d = Parsed("Valdoria|PROPN|Valdoria|2|nsubj settled|VERB/VBD|settle|0|root after|ADP|after|4|case "
                      "protests|NOUN/NNS|protest|2|obl by|ADP|by|6|case Kestria|PROPN|Kestria|4|nmod "
                      ".|PUNCT|.|2|punct");
  EXPECT_EQ(CodeWith(d), V({"VAL 080 -"}));
  CoderOptions petrarch;
  petrarch.time_phrase_targets = true;
  EXPECT_EQ(CodeWith(d, petrarch), V({"VAL 080 KES"}));
}

TEST_F(PetrarchPatternTest, PetrarchLeavesAPossessivePronounOut) {
  // "Kestrian crowds settled with its envoys", after nothing else: Dyad's
  // "its" refers to the nearest actor before it; PETRARCH's noun phrase
  // leaves a possessive pronoun out, so the target is unknown.
  Document d = Parsed("The|DET|the|2|det Marvel|PROPN|Marvel|3|compound Isles|PROPN|Isles|4|nsubj "
                      "settled|VERB/VBD|settle|0|root with|ADP|with|7|case its|PRON/PRP$|its|7|nmod:poss "
                      "envoys|NOUN/NNS|envoy|4|obl and|CCONJ|and|10|cc Kestria|PROPN|Kestria|10|nsubj "
                      "rejoiced|VERB/VBD|rejoice|4|conj");
  dict::CompiledDictionary const& dict = *dict_;
  auto its_actors = [&](bool possessive) {
    ParseTree t(d.sentences[0]);
    ActorContext ctx;
    ActorFinder finder(dict, false, possessive);
    SentenceActors a = finder.Find(t, d.sentences[0], d.published, &ctx);
    return a.At(5).size();
  };
  EXPECT_EQ(its_actors(true), 1u);
  EXPECT_EQ(its_actors(false), 0u);
}

TEST(IntentCodeTest, MapsFamilies) {
  EXPECT_EQ(IntentCode("043"), "036");
  EXPECT_EQ(IntentCode("0831"), "035");
  EXPECT_EQ(IntentCode("190"), "138");
  EXPECT_EQ(IntentCode("111"), "");
}

TEST_F(EventCoderTest, ACapitalBeforeARoleNounGivesTheStatesRole) {
  // "Kestria City police arrested Orin Tal." (Kestria City is the fixture's
  // KESGOV, a seat of government): the police are Kestria's, KESCOP, not a
  // role of the government (KESGOVCOP).
  EXPECT_EQ(Code(Parsed("Kestria|PROPN|Kestria|2|compound City|PROPN|City|3|compound police|NOUN|police|4|nsubj "
                        "arrested|VERB/VBD|arrest|0|root Valdoria|PROPN|Valdoria|4|obj")),
            V({"KESCOP 173 VAL"}));
}

TEST_F(EventCoderTest, AJudgmentToAnAddresseeIsAimedAtItWhenTheClauseNamesNobody) {
  // "Valdoria told Kestria that the vote was lopsided.": the judgment is
  // still the speaker's; the clause's subject names nobody, so it is aimed
  // at the addressee (before: a plain statement to Kestria).
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj told|VERB/VBD|tell|0|root Kestria|PROPN|Kestria|2|iobj "
                        "that|SCONJ|that|8|mark the|DET|the|6|det vote|NOUN|vote|8|nsubj was|AUX|be|8|cop "
                        "lopsided|ADJ|lopsided|2|ccomp")),
            V({"VAL 111 KES"}));
}

TEST_F(EventCoderTest, AJudgmentPhraseMayHaveModifiersBetweenItsWords) {
  // "Valdoria said Kestria's plan would only deepen the old rift." matches
  // the fixture's "only deepen the rift": "old" modifies "rift".
  EXPECT_EQ(Code(Parsed("Valdoria|PROPN|Valdoria|2|nsubj said|VERB/VBD|say|0|root Kestria|PROPN|Kestria|5|nmod:poss "
                        "'s|PART/POS|'s|3|case plan|NOUN|plan|8|nsubj would|AUX|would|8|aux only|ADV|only|8|advmod "
                        "deepen|VERB/VB|deepen|2|ccomp the|DET|the|11|det old|ADJ|old|11|amod rift|NOUN|rift|8|obj")),
            V({"VAL 111 KES"}));
}

}  // namespace
}  // namespace dyad
