#include "text/boundary_model.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/binary_io.h"
#include "base/file.h"
#include "text/sentence_splitter.h"

namespace dyad {
namespace {

constexpr int kBits = 12;

// The features of the first kBare candidate of `text` (before `word`).
BoundaryFeatures BareFeaturesBefore(std::string_view text, std::string_view word) {
  BoundaryFeatures out;
  bool found = false;
  SentenceSplitter rules(nullptr);
  std::vector<Sentence> s;
  rules.SplitSpanWith(
      text, 0, static_cast<uint32_t>(text.size()), 0,
      [&](const BoundaryCandidate& c) {
        if (!found && c.context->next == word) {
          out = *c.features;
          found = true;
        }
        return false;
      },
      &s);
  EXPECT_TRUE(found) << word;
  return out;
}

// A hand-made model: every feature of the candidate before "Thanks" in the
// training line pushes towards a boundary.
BoundaryModel MakeModel() {
  std::vector<float> w(size_t{1} << kBits, 0.0f);
  BoundaryFeatures f = BareFeaturesBefore("the pizza was great Thanks a lot", "Thanks");
  for (int i = 0; i < f.n; ++i) w[f.h[i] >> (64 - kBits)] += 0.5f;
  return BoundaryModel(kBits, std::move(w), 2.0f, {text::LowerHash("thanks")}, "unit test model",
                       WordClasses({{WordClasses::KeyOf("Thanks"), 7}, {WordClasses::KeyOf("great"), 1}}));
}

std::string Split(const SentenceSplitter& sp, std::string_view text) {
  std::vector<Sentence> out;
  sp.SplitSpan(text, 0, static_cast<uint32_t>(text.size()), 0, &out);
  std::string r;
  for (const auto& s : out) {
    if (!r.empty()) r += " ||| ";
    r.append(text.substr(s.start, s.end - s.start));
  }
  return r;
}

void FixChecksum(std::string* b) {
  const size_t tail = 4 + 8 + 8 + 8;
  uint64_t sum = Fnv1a64(std::string_view(*b).substr(0, b->size() - tail));
  std::memcpy(b->data() + b->size() - 8, &sum, 8);
}

TEST(BoundaryFeaturesTest, ShapesAndHashes) {
  char buf[8];
  EXPECT_EQ(std::string(buf, text::WordShape("Thanks", buf)), "Xx");
  EXPECT_EQ(std::string(buf, text::WordShape("U.S.", buf)), "X.X.");
  EXPECT_EQ(std::string(buf, text::WordShape("1990s", buf)), "dx");
  EXPECT_EQ(std::string(buf, text::WordShape(":)", buf)), ":)");
  EXPECT_EQ(std::string(buf, text::WordShape("Caf\xC3\xA9s", buf)), "Xxux");
  EXPECT_EQ(text::LowerHash("Thanks"), text::LowerHash("thanks"));
  EXPECT_NE(text::LowerHash("thanks"), text::LowerHash("thank"));
}

TEST(BoundaryFeaturesTest, FeaturesDependOnContext) {
  BoundaryContext a;
  a.left = "ever";
  a.left2 = "best";
  a.next = "Thanks";
  a.next2 = "again";
  a.sentence_tokens = 6;
  BoundaryFeatures fa, fb, fc;
  ExtractBoundaryFeatures(a, &fa);
  BoundaryContext b = a;
  b.next = "Paris";
  ExtractBoundaryFeatures(b, &fb);
  BoundaryContext c = a;
  c.sentence_tokens = 30;
  ExtractBoundaryFeatures(c, &fc);
  ASSERT_EQ(fa.n, fb.n);
  ASSERT_GE(fa.n, 10);
  ASSERT_LE(fa.n, BoundaryFeatures::kMax);
  int same_ab = 0, same_ac = 0;
  for (int i = 0; i < fa.n; ++i) {
    same_ab += fa.h[i] == fb.h[i];
    same_ac += fa.h[i] == fc.h[i];
  }
  EXPECT_EQ(same_ab, fa.n - 2);  // next word, left+next; the shapes agree (Xx)
  EXPECT_EQ(same_ac, fa.n - 2);  // the length bucket, alone and with the lowercase words
  // The lowercase words so far and the opener flag are seen.
  BoundaryContext l = a;
  l.lower_tokens = 5;
  BoundaryFeatures fl;
  ExtractBoundaryFeatures(l, &fl);
  int same_al = 0;
  for (int i = 0; i < fa.n; ++i) same_al += fa.h[i] == fl.h[i];
  EXPECT_EQ(same_al, fa.n - 1);  // lowercase words+length
  BoundaryContext st = a;
  st.if_starter = true;
  BoundaryFeatures fs;
  ExtractBoundaryFeatures(st, &fs);
  int same_as = 0;
  for (int i = 0; i < fa.n; ++i) same_as += fa.h[i] == fs.h[i];
  EXPECT_EQ(same_as, fa.n - 2);  // the flag, alone and with lowercase words+length
  // The would-be next sentence: its lowercase words and whether terminal
  // punctuation ends it (two templates each), its length (one).
  auto differing = [&](const BoundaryContext& x) {
    BoundaryFeatures fx;
    ExtractBoundaryFeatures(x, &fx);
    EXPECT_EQ(fx.n, fa.n);
    int d = 0;
    for (int i = 0; i < fa.n; ++i) d += fa.h[i] != fx.h[i];
    return d;
  };
  // (Three with the word-class pair's template.)
  BoundaryContext nl = a;
  nl.next_lower = 4;
  EXPECT_EQ(differing(nl), 3);
  nl.next_lower = 5;  // same bucket (4+)
  BoundaryContext nl4 = a;
  nl4.next_lower = 4;
  BoundaryFeatures f4, f5;
  ExtractBoundaryFeatures(nl4, &f4);
  ExtractBoundaryFeatures(nl, &f5);
  EXPECT_EQ(std::vector<uint64_t>(f4.h, f4.h + f4.n), std::vector<uint64_t>(f5.h, f5.h + f5.n));
  BoundaryContext nt = a;
  nt.next_terminal = true;
  EXPECT_EQ(differing(nt), 3);
  BoundaryContext nn = a;
  nn.next_tokens = 9;
  EXPECT_EQ(differing(nn), 1);
  BoundaryFeatures again;
  ExtractBoundaryFeatures(a, &again);
  EXPECT_EQ(std::vector<uint64_t>(fa.h, fa.h + fa.n), std::vector<uint64_t>(again.h, again.h + again.n));
  // Case does not matter for the words, only for the shapes and the
  // (fallback) word classes.
  BoundaryContext d = a;
  d.next = "THANKS";
  BoundaryFeatures fd;
  ExtractBoundaryFeatures(d, &fd);
  int same_ad = 0;
  for (int i = 0; i < fa.n; ++i) same_ad += fa.h[i] == fd.h[i];
  EXPECT_EQ(same_ad, fa.n - 2 - 6);  // next shape, shape pair; the six class templates with the next word's
}

// Word classes: two contexts with other words but the same classes share
// the class features, so what was learned with one carries to the other.
TEST(BoundaryFeaturesTest, WordClassesGeneraliseOverWords) {
  constexpr uint32_t kName = 12, kVerb = 16, kPron = 11;
  const WordClasses classes({{WordClasses::KeyOf("Ivana"), kName},
                             {WordClasses::KeyOf("Okoro"), kName},
                             {WordClasses::KeyOf("Tomas"), kName},
                             {WordClasses::KeyOf("Berg"), kName},
                             {WordClasses::KeyOf("Call"), kVerb},
                             {WordClasses::KeyOf("us"), kPron}});
  auto features = [&](std::string_view l2, std::string_view l, std::string_view n, std::string_view n2) {
    BoundaryContext c;
    c.left2 = l2;
    c.left = l;
    c.next = n;
    c.next2 = n2;
    c.sentence_tokens = 2;
    BoundaryFeatures f;
    ExtractBoundaryFeatures(c, &classes, &f);
    return std::vector<uint64_t>(f.h, f.h + f.n);
  };
  auto shared = [](const std::vector<uint64_t>& x, const std::vector<uint64_t>& y) {
    int k = 0;
    for (size_t i = 0; i < x.size(); ++i) k += x[i] == y[i];
    return k;
  };
  const auto names = features("Ivana", "Okoro", "Tomas", "Berg");   // name name | name name
  const auto names2 = features("Tomas", "Berg", "Ivana", "Okoro");  // other names, same classes
  const auto call = features("Ivana", "Okoro", "Call", "us");       // name name | verb pronoun
  // Against names2 only the word-identity features differ (6 of them);
  // against call the next word's class differs too.
  EXPECT_EQ(shared(names, names2), static_cast<int>(names.size()) - 6);
  EXPECT_LT(shared(names, call), shared(names, names2));
  // Without the table every capitalised word has the same fallback class:
  // "Call" and "Tomas" are told apart by their words only.
  BoundaryContext a, b;
  a.left = b.left = "Okoro";
  a.next = "Tomas";
  b.next = "Call";
  BoundaryFeatures fa, fb;
  ExtractBoundaryFeatures(a, nullptr, &fa);
  ExtractBoundaryFeatures(b, nullptr, &fb);
  int same = 0;
  for (int i = 0; i < fa.n; ++i) same += fa.h[i] == fb.h[i];
  EXPECT_EQ(same, fa.n - 2);  // next word, last+next pair
}

TEST(BoundaryModelTest, ModelDecidesBareCandidates) {
  auto m = std::make_shared<const BoundaryModel>(MakeModel());
  SentenceSplitter with(m), rules(nullptr);
  const std::string t = "the pizza was great Thanks a lot";
  EXPECT_EQ(Split(rules, t), t);
  EXPECT_EQ(Split(with, t), "the pizza was great ||| Thanks a lot");
  // The same text with a higher bare threshold stays whole.
  BoundaryModel strict(kBits, m->weights(), 1000.0f, m->starters());
  EXPECT_EQ(Split(SentenceSplitter(std::make_shared<const BoundaryModel>(strict)), t), t);
  // Without "thanks" among the openers, "great Thanks" is no candidate.
  BoundaryModel no_openers(kBits, m->weights(), m->threshold(), {});
  EXPECT_EQ(Split(SentenceSplitter(std::make_shared<const BoundaryModel>(no_openers)), t), t);
  EXPECT_TRUE(m->IsStarter("THANKS"));
  EXPECT_FALSE(m->IsStarter("thank"));
}

TEST(BoundaryModelTest, RoundTripIsByteForByte) {
  BoundaryModel m = MakeModel();
  std::string bytes = m.Serialize();
  EXPECT_EQ(bytes.substr(0, 7), "DYADSPL");
  auto back = BoundaryModel::FromBytes(bytes, "mem.dyad");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->Serialize(), bytes);
  EXPECT_EQ(back->table_bits(), kBits);
  EXPECT_EQ(back->note(), "unit test model");
  EXPECT_EQ(back->threshold(), 2.0f);
  EXPECT_EQ(back->nonzero_weights(), m.nonzero_weights());
  EXPECT_EQ(back->weights(), m.weights());
  EXPECT_EQ(back->starters(), m.starters());
  EXPECT_EQ(back->classes().entries(), m.classes().entries());
  EXPECT_EQ(back->classes().Of("Thanks"), 7u);
  EXPECT_EQ(back->classes().Of("thanks"), WordClasses::FallbackOf("thanks"));
  // Through a file, too.
  std::string path = (std::filesystem::temp_directory_path() / "dyad_boundary_model_test.dyad").string();
  ASSERT_TRUE(m.Save(path).ok());
  auto loaded = BoundaryModel::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->Serialize(), bytes);
  auto sp = SentenceSplitter::Load(path);
  ASSERT_TRUE(sp.ok());
  EXPECT_EQ(Split(*sp, "the pizza was great Thanks a lot"), "the pizza was great ||| Thanks a lot");
  std::filesystem::remove(path);
}

TEST(BoundaryModelTest, RefusesCorruptOrForeignFiles) {
  const std::string good = MakeModel().Serialize();
  auto expect_error = [](const std::string& bytes, const std::string& needle) {
    auto r = BoundaryModel::FromBytes(bytes, "bad.dyad");
    ASSERT_FALSE(r.ok()) << needle;
    EXPECT_NE(r.status().message().find("bad.dyad"), std::string::npos) << r.status().ToString();
    EXPECT_NE(r.status().message().find(needle), std::string::npos) << r.status().ToString();
  };
  expect_error("", "bad magic");
  expect_error("DYADSYN" + good.substr(7), "bad magic");
  EXPECT_EQ(good[8], 2);  // hashed, no offsets: version 2, as older readers expect
  std::string v4 = good;
  v4[8] = 4;
  expect_error(v4, "format version 4 but this Dyad reads versions 2 and 3");
  std::string v1 = good;  // a model from before the word classes
  v1[8] = 1;
  expect_error(v1, "format version 1 but this Dyad reads versions 2 and 3");
  std::string v3 = good;  // version 3 without what version 3 adds
  v3[8] = 3;
  FixChecksum(&v3);
  expect_error(v3, "format version 3 without exact weights or threshold offsets");
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x20;
  expect_error(flipped, "checksum mismatch");
  expect_error(good.substr(0, good.size() - 3), "");
  // A template signature from elsewhere (checksum fixed so the check is reached).
  std::string sig = good;
  size_t meta = sig.find("meta") + 4 + 8;  // name, then the u64 size
  sig[meta] ^= 1;
  FixChecksum(&sig);
  expect_error(sig, "other feature templates");
  // A word-class entry out of order (the two keys swapped).
  std::string cls = good;
  size_t at = cls.rfind("classes") + 7 + 8 + 8;  // name, u64 size, u64 count
  std::string first = cls.substr(at, 12), second = cls.substr(at + 12, 12);
  cls.replace(at, 12, second);
  cls.replace(at + 12, 12, first);
  FixChecksum(&cls);
  expect_error(cls, "section classes");
}

TEST(BoundaryModelTest, SelfTestCatchesChangedWeights) {
  BoundaryModel m = MakeModel();
  std::string bytes = m.Serialize();
  // Lower the bare threshold in the meta section: the stored self-test
  // answers no longer hold (the hand-made weights fire on "Thanks" and the
  // self-test has "fresh Thanks for").
  BoundaryModel loose(kBits, m.weights(), -1000.0f, m.starters());
  std::string other = loose.Serialize();
  // Splice the loose meta into the original file: same layout, same sizes.
  size_t meta = bytes.find("meta");
  ASSERT_EQ(meta, other.find("meta"));
  std::string spliced = bytes;
  // The threshold follows the signature (8) and bits (4) in the payload.
  size_t at = meta + 4 + 8 + 8 + 4;
  std::memcpy(spliced.data() + at, other.data() + at, 4);
  ASSERT_NE(spliced, bytes);
  FixChecksum(&spliced);
  auto r = BoundaryModel::FromBytes(spliced, "spliced.dyad");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("self-test failed"), std::string::npos) << r.status().ToString();
}

TEST(BoundaryModelTest, MissingFileIsNamed) {
  auto r = BoundaryModel::Load("/nonexistent/dir/splitter.dyad");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/dir/splitter.dyad"), std::string::npos);
  auto s = SentenceSplitter::Load("/nonexistent/dir/splitter.dyad");
  EXPECT_FALSE(s.ok());
}

TEST(BoundaryModelTest, MissingOrCorruptModelIsAStatusNamingTheFile) {
  // A missing file.
  auto missing = SentenceSplitter::Load("/nonexistent/dir/splitter.dyad");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/dir/splitter.dyad"), std::string::npos)
      << missing.status().ToString();
  // A corrupted file: one byte flipped in a valid model.
  std::string bytes = MakeModel().Serialize();
  bytes[bytes.size() / 2] ^= 0x40;
  std::string path = (std::filesystem::temp_directory_path() / "dyad_corrupt_splitter.dyad").string();
  ASSERT_TRUE(WriteFile(path, bytes).ok());
  auto corrupt = SentenceSplitter::Load(path);
  ASSERT_FALSE(corrupt.ok());
  EXPECT_NE(corrupt.status().message().find(path), std::string::npos) << corrupt.status().ToString();
  EXPECT_NE(corrupt.status().message().find("checksum mismatch"), std::string::npos) << corrupt.status().ToString();
  std::filesystem::remove(path);
}

// An exact model: one weight per stored feature hash, nothing for others
// (no collisions); it splits, saves and loads as the hashed one does.
TEST(BoundaryModelTest, ExactModelWeighsOnlyItsOwnFeatures) {
  BoundaryFeatures f = BareFeaturesBefore("the pizza was great Thanks a lot", "Thanks");
  std::vector<std::pair<uint64_t, float>> keyed;
  for (int i = 0; i < f.n; ++i) keyed.emplace_back(f.h[i], 0.5f);
  keyed.emplace_back(12345, 0.0f);  // zero weights are dropped
  BoundaryModel m(keyed, 2.0f, {text::LowerHash("thanks")}, "exact unit test model");
  EXPECT_EQ(m.table_bits(), 0);
  EXPECT_TRUE(m.weights().empty());
  EXPECT_EQ(m.nonzero_weights(), static_cast<size_t>(f.n));
  EXPECT_FLOAT_EQ(m.Score(f), 0.5f * static_cast<float>(f.n));
  // Another candidate shares only the features whose values agree: the
  // bias, shapes and classes, not the words.
  BoundaryFeatures g = BareFeaturesBefore("the soup was cold Thanks anyway", "Thanks");
  int shared = 0;
  for (int i = 0; i < g.n; ++i)
    for (int j = 0; j < f.n; ++j) shared += g.h[i] == f.h[j];
  EXPECT_LT(shared, g.n);
  EXPECT_FLOAT_EQ(m.Score(g), 0.5f * static_cast<float>(shared));
  BoundaryFeatures none;
  none.n = 2;
  none.h[0] = 1;
  none.h[1] = ~uint64_t{0};
  EXPECT_EQ(m.Score(none), 0.0f);

  auto shared_m = std::make_shared<const BoundaryModel>(m);
  EXPECT_EQ(Split(SentenceSplitter(shared_m), "the pizza was great Thanks a lot"),
            "the pizza was great ||| Thanks a lot");
  const std::string bytes = m.Serialize();
  EXPECT_EQ(bytes[8], 3);
  std::string as_v2 = bytes;  // labelled version 2: refused
  as_v2[8] = 2;
  FixChecksum(&as_v2);
  auto v2 = BoundaryModel::FromBytes(as_v2, "v2.dyad");
  ASSERT_FALSE(v2.ok());
  EXPECT_NE(v2.status().message().find("format version 2 with exact weights"), std::string::npos)
      << v2.status().ToString();
  auto back = BoundaryModel::FromBytes(bytes, "exact.dyad");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->Serialize(), bytes);
  EXPECT_EQ(back->table_bits(), 0);
  EXPECT_EQ(back->keyed(), m.keyed());
  EXPECT_FLOAT_EQ(back->Score(g), m.Score(g));
  // Two exact entries swapped: out of order, refused.
  std::string swapped = bytes;
  size_t at = swapped.find("weights") + 7 + 8 + 8;  // name, u64 size, u64 count
  std::string first = swapped.substr(at, 12), second = swapped.substr(at + 12, 12);
  swapped.replace(at, 12, second);
  swapped.replace(at + 12, 12, first);
  FixChecksum(&swapped);
  auto bad = BoundaryModel::FromBytes(swapped, "swapped.dyad");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("swapped.dyad: section weights"), std::string::npos)
      << bad.status().ToString();
}

TEST(BoundaryFeaturesTest, CandidateKinds) {
  BoundaryContext c;
  c.left = "ever";
  c.next = "Thanks";
  c.if_starter = true;
  EXPECT_EQ(BoundaryKindOf(c), kKindLowerOpener);
  c.left = "Bob";
  EXPECT_EQ(BoundaryKindOf(c), kKindCapOpener);
  c.if_starter = false;
  c.left = ",";
  EXPECT_EQ(BoundaryKindOf(c), kKindComma);
  c.left = ":";
  c.next = "2001";
  EXPECT_EQ(BoundaryKindOf(c), kKindComma);
  c.left = "Lee";
  EXPECT_EQ(BoundaryKindOf(c), kKindNumber);
  c.left = "AM";
  c.next = "Ann";
  EXPECT_EQ(BoundaryKindOf(c), kKindOther);
  BoundaryFeatures f;
  ExtractBoundaryFeatures(c, &f);
  EXPECT_EQ(f.kind, kKindOther);
  for (int k = 0; k < kBoundaryKinds; ++k) EXPECT_STRNE(BoundaryKindName(k), "?");
}

// A threshold offset moves the decision for its kind of candidate only, and
// is saved with the model.
TEST(BoundaryModelTest, KindOffsetsMoveOneKindsThreshold) {
  BoundaryModel m = MakeModel();
  const std::string t = "the pizza was great Thanks a lot";
  BoundaryFeatures f = BareFeaturesBefore(t, "Thanks");
  ASSERT_EQ(f.kind, kKindLowerOpener);
  ASSERT_TRUE(m.Decide(f));
  BoundaryModel::KindOffsets o{};
  o[kKindCapOpener] = 1000.0f;  // another kind: no change
  m.set_kind_offsets(o);
  EXPECT_TRUE(m.Decide(f));
  o[kKindLowerOpener] = 1000.0f;
  m.set_kind_offsets(o);
  EXPECT_FALSE(m.Decide(f));
  EXPECT_EQ(Split(SentenceSplitter(std::make_shared<const BoundaryModel>(m)), t), t);
  const std::string bytes = m.Serialize();
  EXPECT_EQ(bytes[8], 3);
  auto back = BoundaryModel::FromBytes(bytes, "offsets.dyad");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->kind_offsets(), o);
  EXPECT_EQ(back->Serialize(), bytes);
  // A model without offsets stores none (all 0 on loading).
  auto plain = BoundaryModel::FromBytes(MakeModel().Serialize(), "plain.dyad");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->kind_offsets(), BoundaryModel::KindOffsets{});
  // A wrong count of offsets is refused, naming the section.
  std::string bad = bytes;
  const std::string note = "unit test model";
  size_t at = bad.find(note) + note.size();
  bad[at] = static_cast<char>(kBoundaryKinds + 1);
  FixChecksum(&bad);
  auto r = BoundaryModel::FromBytes(bad, "bad.dyad");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("bad.dyad: section meta"), std::string::npos) << r.status().ToString();
}

// The committed model loads, passes its self-test and is the default.
TEST(BoundaryModelTest, CommittedModelLoads) {
  auto m = BoundaryModel::LoadDefault();
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_GT(m->nonzero_weights(), 1000u);
  auto sp = SentenceSplitter::LoadDefault();
  ASSERT_TRUE(sp.ok()) << sp.status().ToString();
  EXPECT_NE(sp->model(), nullptr);
  EXPECT_EQ(sp->model(), SentenceSplitter::LoadDefault()->model());  // loaded once, shared
}

}  // namespace
}  // namespace dyad
