#include "ingest/input_check.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(InputCheckTest, RepairsInvalidUtf8WithOffsets) {
  std::string s = "ab\xFF" "cd\xC3\xA9" "e\xE2\x82";  // bad FF at 2, truncated E2 82 at 8
  std::vector<size_t> offs;
  EXPECT_EQ(RepairUtf8(&s, &offs, 100), 2u);
  EXPECT_EQ(s, "ab\xEF\xBF\xBD" "cd\xC3\xA9" "e\xEF\xBF\xBD");
  ASSERT_EQ(offs.size(), 2u);
  EXPECT_EQ(offs[0], 102u);
  EXPECT_EQ(offs[1], 108u);
  EXPECT_TRUE(IsValidUtf8(s));
}

TEST(InputCheckTest, ValidTextUntouched) {
  std::string s = "Plain \xE2\x80\x9Cquoted\xE2\x80\x9D text \xF0\x9F\x98\x80";
  std::string copy = s;
  EXPECT_EQ(RepairUtf8(&s), 0u);
  EXPECT_EQ(s, copy);
}

TEST(InputCheckTest, RejectsSurrogatesAndOverlongs) {
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // > U+10FFFF
  std::string s = "\xED\xA0\x80";
  RepairUtf8(&s);
  EXPECT_TRUE(IsValidUtf8(s));
}

TEST(InputCheckTest, BinaryDetection) {
  std::string nul = std::string("text") + '\0' + "more";
  Status st = CheckNotBinary(nul, "f.bin");
  EXPECT_EQ(st.code(), StatusCode::kUnsupported);
  EXPECT_NE(st.message().find("f.bin: byte 4"), std::string::npos) << st.message();
  std::string ctrl(100, '\x01');
  EXPECT_FALSE(CheckNotBinary(ctrl + "abc", "g").ok());
  EXPECT_TRUE(CheckNotBinary("Hello\tworld\r\n", "h").ok());
}

TEST(InputCheckTest, ControlCharacterShareIsCountedExactly) {
  // More than a tenth of the bytes are control characters: binary. Blocks of
  // 16 are counted together, so the controls sit in and across blocks, next
  // to bytes that are not counted (tab, newline, form feed, CR, ESC, UTF-8).
  auto text_with = [](int controls) {
    std::string s;
    const char ok[] = {'\t', '\n', '\f', '\r', '\x1B', '\xC3', '\xA9', 'a', 'Z', ' '};
    for (int i = 0; i < 200; ++i) s += ok[i % 10];
    for (int c = 0; c < controls; ++c) s[7 + c * 9] = c % 2 ? '\x7F' : '\x01';
    return s;
  };
  EXPECT_TRUE(CheckNotBinary(text_with(20), "a").ok());  // 20 * 10 == 200: not more than a tenth
  Status st = CheckNotBinary(text_with(21), "b");
  EXPECT_EQ(st.code(), StatusCode::kUnsupported);
  EXPECT_NE(st.message().find("b: 21 of the first 200 bytes"), std::string::npos) << st.message();
}

}  // namespace
}  // namespace dyad
