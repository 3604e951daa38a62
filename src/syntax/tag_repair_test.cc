#include "syntax/tag_repair.h"

#include <gtest/gtest.h>

#include "syntax/syntax_model.h"
#include "test_util.h"

namespace dyad {
namespace {

class TagRepairTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto m = SyntaxModel::Load(testing::SourcePath("models/syntax.dyad"));
    ASSERT_TRUE(m.ok()) << m.status().ToString();
    model_ = new SyntaxModel(std::move(*m));
  }
  static void TearDownTestSuite() {
    delete model_;
    model_ = nullptr;
  }
  // The XPOS tags after the repairs, space-separated, and the repair count.
  std::string Tags(const std::vector<std::string_view>& forms, bool headline, int* repairs) {
    const Tagger& t = model_->tagger();
    std::vector<uint16_t> ids;
    t.TagIds(forms, &ids);
    *repairs = RepairTags(t, forms, 25.0, headline, &ids);
    std::string out;
    for (uint16_t id : ids) out += (out.empty() ? "" : " ") + t.label_xpos(id);
    return out;
  }
  static SyntaxModel* model_;
};
SyntaxModel* TagRepairTest::model_ = nullptr;

TEST_F(TagRepairTest, SentencesThatNeedNoRepairAreUnchanged) {
  int repairs = -1;
  const std::vector<std::string_view> forms = {"The", "army", "attacked", "the", "rebels", "."};
  std::vector<uint16_t> before;
  model_->tagger().TagIds(forms, &before);
  Tags(forms, false, &repairs);
  EXPECT_EQ(repairs, 0);
  Tags(forms, true, &repairs);
  EXPECT_EQ(repairs, 0);
}

TEST_F(TagRepairTest, AcronymFirstThenTheVerbAfterIt) {
  int repairs = 0;
  // ICC as a name (a headline acronym); tagged again after it, "issues"
  // is the verb (or the finite-verb repair makes it one).
  std::string tags = Tags({"ICC", "issues", "warrant", "for", "rebel", "commander"}, true, &repairs);
  EXPECT_EQ(tags.substr(0, 8), "NNP VBZ ") << tags;
  EXPECT_GE(repairs, 1);
  // In body text the noun reading of ICC stays.
  tags = Tags({"ICC", "issues", "warrant", "for", "rebel", "commander"}, false, &repairs);
  EXPECT_NE(tags.substr(0, 4), "NNP ") << tags;
}

TEST_F(TagRepairTest, EmptyAndMismatchedInputs) {
  std::vector<uint16_t> ids;
  EXPECT_EQ(RepairTags(model_->tagger(), {}, 25.0, true, &ids), 0);
  ids = {0};
  EXPECT_EQ(RepairTags(model_->tagger(), {"a", "b"}, 25.0, true, &ids), 0);
}

}  // namespace
}  // namespace dyad
