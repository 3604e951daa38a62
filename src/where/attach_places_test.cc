#include "where/attach_places.h"

#include <gtest/gtest.h>

#include "test_util.h"
#include "text/tokenizer.h"
#include "where/geonames_import.h"

namespace dyad {
namespace {

const Gazetteer& Fixture() {
  static const Gazetteer* g = [] {
    GazetteerBuilder b;
    GeoNamesImportStats st;
    Status s = ImportGeoNames(testing::TestData("places/cities.txt"), testing::TestData("places/countries.tsv"),
                              testing::TestData("places/admin1.tsv"), {}, &b, &st);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return new Gazetteer(std::move(Gazetteer::FromBytes(b.Serialize(), "fixture")).value());
  }();
  return *g;
}

// Adds a paragraph of `role` with one sentence (tokenized) to `d`.
int AddParagraph(Document* d, const std::string& text, Role role) {
  if (!d->text.empty()) d->text += "\n\n";
  uint32_t start = static_cast<uint32_t>(d->text.size());
  d->text += text;
  Paragraph p;
  p.role = role;
  p.start = start;
  p.end = static_cast<uint32_t>(d->text.size());
  d->paragraphs.push_back(p);
  Sentence s;
  s.start = start;
  s.end = p.end;
  s.paragraph = static_cast<int>(d->paragraphs.size()) - 1;
  Tokenizer().Tokenize(d->text, s.start, s.end, &s.tokens);
  d->sentences.push_back(std::move(s));
  return static_cast<int>(d->sentences.size()) - 1;
}

Event EventAt(const Document& d, int si, const std::string& verb) {
  Event e;
  e.sentence_index = si;
  for (const Token& t : d.sentences[si].tokens)
    if (t.form == verb) e.verb = {t.start, t.end};
  return e;
}

TEST(AttachPlacesTest, ParseGivesEachEventItsOwnPlace) {
  Document d;
  int si = AddParagraph(&d, "Troops shelled Mosul and police arrested men in Basra.", Role::kBody);
  auto& t = d.sentences[si].tokens;
  ASSERT_EQ(t.size(), 10u);
  // Troops shelled Mosul and police arrested men in Basra .
  int heads[] = {2, 0, 2, 6, 6, 2, 6, 9, 6, 2};
  for (size_t i = 0; i < t.size(); ++i) t[i].head = heads[i];
  d.events.push_back(EventAt(d, si, "shelled"));
  d.events.push_back(EventAt(d, si, "arrested"));
  PlaceFinder finder(&Fixture());
  AttachPlaces(finder, &d);
  ASSERT_TRUE(d.events[0].place);
  ASSERT_TRUE(d.events[1].place);
  EXPECT_EQ(d.events[0].place->name, "Mosul");
  EXPECT_EQ(d.events[1].place->name, "Basra");
  EXPECT_EQ(d.Slice(d.events[1].place->span.start, d.events[1].place->span.end), "Basra");
}

TEST(AttachPlacesTest, SentencePlaceThenDatelineThenMostMentioned) {
  Document d;
  AddParagraph(&d, "Talks resume", Role::kHeadline);
  AddParagraph(&d, "KYIV, Jan 25 (Reuters) -", Role::kDateline);
  int s1 = AddParagraph(&d, "Officials met in Kharkiv on Monday.", Role::kBody);
  int s2 = AddParagraph(&d, "The ministers then signed the deal.", Role::kBody);
  d.events.push_back(EventAt(d, s1, "met"));
  d.events.push_back(EventAt(d, s2, "signed"));
  PlaceFinder finder(&Fixture());
  AttachPlaces(finder, &d);
  ASSERT_TRUE(d.events[0].place);
  EXPECT_EQ(d.events[0].place->name, "Kharkiv");
  ASSERT_TRUE(d.events[1].place);
  EXPECT_EQ(d.events[1].place->name, "Kyiv");  // the dateline
  EXPECT_EQ(d.Slice(d.events[1].place->span.start, d.events[1].place->span.end), "KYIV");

  // Without a dateline: the most mentioned place.
  Document e;
  int a = AddParagraph(&e, "Protests spread in Aleppo.", Role::kBody);
  AddParagraph(&e, "Shops in Aleppo stayed shut and traffic in Damascus slowed.", Role::kBody);
  int c = AddParagraph(&e, "Officials promised reforms.", Role::kBody);
  e.events.push_back(EventAt(e, a, "spread"));
  e.events.push_back(EventAt(e, c, "promised"));
  AttachPlaces(finder, &e);
  ASSERT_TRUE(e.events[1].place);
  EXPECT_EQ(e.events[1].place->name, "Aleppo");
  EXPECT_EQ(e.events[1].place->country, "SYR");
}

TEST(AttachPlacesTest, ActorCountriesDisambiguate) {
  Document d;
  int si = AddParagraph(&d, "Gunmen opened fire in Tripoli.", Role::kBody);
  Event ev = EventAt(d, si, "opened");
  ev.source = ActorRef{"LBNREB", "Gunmen", {}};
  d.events.push_back(ev);
  PlaceFinder finder(&Fixture());
  AttachPlaces(finder, &d);
  ASSERT_TRUE(d.events[0].place);
  EXPECT_EQ(d.events[0].place->country, "LBN");
}

TEST(AttachPlacesTest, NoPlaceLeavesEventsAlone) {
  Document d;
  int si = AddParagraph(&d, "Officials promised reforms.", Role::kBody);
  d.events.push_back(EventAt(d, si, "promised"));
  PlaceFinder finder(&Fixture());
  AttachPlaces(finder, &d);
  EXPECT_FALSE(d.events[0].place);
  PlaceFinder none(nullptr);
  AttachPlaces(none, &d);
  EXPECT_FALSE(d.events[0].place);
}

TEST(AttachPlacesTest, DatelinePlaceText) {
  auto t = DatelinePlaceText("BAGHDAD, Jan 25 (Reuters) - The");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->first, "BAGHDAD");
  t = DatelinePlaceText("KYIV, Ukraine (AP) \u2014 Officials");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->first, "KYIV, Ukraine");
  t = DatelinePlaceText("  NEW YORK, March 3 -");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->first, "NEW YORK");
  EXPECT_EQ(t->second, 2u);
  EXPECT_FALSE(DatelinePlaceText("January 25, 2024"));
  EXPECT_FALSE(DatelinePlaceText("25 January 2024"));
  EXPECT_FALSE(DatelinePlaceText(""));
}

}  // namespace
}  // namespace dyad
