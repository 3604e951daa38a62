#include "base/binary_io.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

// Regression (fuzz/syntax_model_fuzz): an empty vector in a payload used to
// reach memcpy with a null destination (undefined behaviour under UBSan).
TEST(BinaryIoTest, EmptyVectorThenMore) {
  ByteWriter w;
  w.PutVector(std::vector<uint32_t>{});
  w.PutVector(std::vector<uint16_t>{7, 8});
  w.PutString("");
  w.Put<uint32_t>(42);
  ByteReader r(w.data(), "t.bin");
  std::vector<uint32_t> a;  // no storage: data() is null
  std::vector<uint16_t> b = {1, 2, 3};
  std::string s = "x";
  uint32_t v = 0;
  ASSERT_TRUE(r.GetVector(&a));
  EXPECT_TRUE(a.empty());
  ASSERT_TRUE(r.GetVector(&b));
  EXPECT_EQ(b, (std::vector<uint16_t>{7, 8}));
  ASSERT_TRUE(r.GetString(&s));
  EXPECT_EQ(s, "");
  ASSERT_TRUE(r.Get(&v));
  EXPECT_EQ(v, 42u);
  EXPECT_EQ(r.remaining(), 0u);
  EXPECT_TRUE(r.ok());
}

TEST(BinaryIoTest, VectorLongerThanDataFails) {
  ByteWriter w;
  w.Put<uint64_t>(1000);  // claims 1000 elements
  w.Put<uint32_t>(5);     // holds one
  ByteReader r(w.data(), "t.bin");
  std::vector<uint32_t> a;
  EXPECT_FALSE(r.GetVector(&a));
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("t.bin"), std::string::npos);
  uint32_t v;
  EXPECT_FALSE(r.Get(&v));  // stays failed
}

}  // namespace
}  // namespace dyad
