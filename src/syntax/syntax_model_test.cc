#include "syntax/syntax_model.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>

#include "base/binary_io.h"
#include "syntax/conllu.h"
#include "test_util.h"
#include "train/syntax_trainer.h"

namespace dyad {
namespace {

// One small model, trained on the fixture once for all tests.
const SyntaxModel& Small() {
  static const SyntaxModel* m = [] {
    auto sents = ReadConllu(testing::TestData("syntax/projective.conllu"));
    EXPECT_TRUE(sents.ok());
    SyntaxTrainOptions o;
    o.tagger_epochs = 5;
    o.parser_epochs = 8;
    o.jackknife = 0;
    o.verbose = false;
    auto r = TrainSyntax(*sents, *sents, o);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new SyntaxModel(std::move(*r));
  }();
  return *m;
}

TEST(SyntaxModelTest, AnnotateFillsEveryField) {
  Sentence s;
  for (const char* w : {"Police", "arrested", "two", "men", "."}) {
    Token t;
    t.form = w;
    s.tokens.push_back(t);
  }
  Small().Annotate(&s);
  int roots = 0;
  for (auto& t : s.tokens) {
    EXPECT_FALSE(t.upos.empty());
    EXPECT_FALSE(t.xpos.empty());
    EXPECT_FALSE(t.lemma.empty());
    EXPECT_FALSE(t.deprel.empty());
    EXPECT_GE(t.head, 0);
    EXPECT_LE(t.head, 5);
    roots += t.head == 0;
  }
  EXPECT_EQ(roots, 1);
}

TEST(SyntaxModelTest, RoundTripsByteForByte) {
  std::string a = Small().Serialize();
  auto m = SyntaxModel::FromBytes(a, "mem.dyad");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->Serialize(), a);
  // Through a file too.
  std::string path = (std::filesystem::temp_directory_path() / "dyad_syntax_model_test.dyad").string();
  ASSERT_TRUE(Small().Save(path).ok());
  auto f = SyntaxModel::Load(path);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(f->Serialize(), a);
  std::filesystem::remove(path);
}

TEST(SyntaxModelTest, RefusesBadMagic) {
  std::string a = Small().Serialize();
  a[0] = 'Q';
  auto m = SyntaxModel::FromBytes(a, "magic.dyad");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("magic.dyad"), std::string::npos);
  EXPECT_NE(m.status().message().find("magic"), std::string::npos);
}

TEST(SyntaxModelTest, RefusesOtherVersion) {
  std::string a = Small().Serialize();
  uint32_t v = kSyntaxModelVersion + 1;
  std::memcpy(a.data() + 8, &v, 4);
  auto m = SyntaxModel::FromBytes(a, "version.dyad");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(m.status().message().find("version"), std::string::npos);
  EXPECT_NE(m.status().message().find("retrain"), std::string::npos) << m.status().message();
}

TEST(SyntaxModelTest, RefusesAnyFlippedByte) {
  std::string a = Small().Serialize();
  // Flip bytes all over the file: each must be refused, never crash.
  for (size_t pos = 12; pos < a.size(); pos += a.size() / 97 + 1) {
    std::string b = a;
    b[pos] ^= 0x5a;
    auto m = SyntaxModel::FromBytes(b, "flip.dyad");
    EXPECT_FALSE(m.ok()) << "flipped byte " << pos;
  }
}

TEST(SyntaxModelTest, RefusesTruncation) {
  std::string a = Small().Serialize();
  for (size_t n : {size_t{0}, size_t{10}, size_t{100}, a.size() / 3, a.size() - 1}) {
    auto m = SyntaxModel::FromBytes(std::string_view(a).substr(0, n), "short.dyad");
    ASSERT_FALSE(m.ok()) << n;
    EXPECT_NE(m.status().message().find("short.dyad"), std::string::npos) << m.status().message();
  }
}

// A file whose checksum is recomputed after tampering is still refused when
// the model no longer annotates its self-test sentences as recorded.
TEST(SyntaxModelTest, SelfTestCatchesChangedOutput) {
  std::string a = Small().Serialize();
  auto reader = SectionReader::Open(a, kSyntaxModelMagic, kSyntaxModelVersion, "x");
  ASSERT_TRUE(reader.ok());
  std::string selftest(*reader->Get("selftest"));
  // Change the recorded head of the first word.
  size_t tab = 0;
  for (int k = 0; k < 5; ++k) tab = selftest.find('\t', tab) + 1;
  ASSERT_NE(tab, std::string::npos);
  selftest[tab] = selftest[tab] == '9' ? '8' : '9';
  SectionWriter w(kSyntaxModelMagic, kSyntaxModelVersion);
  for (const char* name : {"meta", "tagger", "lemmatizer", "parser"}) w.Add(name, std::string(*reader->Get(name)));
  w.Add("selftest", selftest);
  std::string data = w.data();
  ByteWriter sum;
  sum.Put<uint64_t>(Fnv1a64(data));
  ByteWriter tail;
  tail.PutString("checksum");
  tail.Put<uint64_t>(8);
  tail.PutBytes(sum.data());
  data += tail.data();
  auto m = SyntaxModel::FromBytes(data, "tampered.dyad");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("self-test"), std::string::npos) << m.status().message();
  EXPECT_NE(m.status().message().find("tampered.dyad"), std::string::npos);
}

}  // namespace
}  // namespace dyad
