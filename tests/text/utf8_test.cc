#include "text/utf8.h"

#include <gtest/gtest.h>

namespace detente {
namespace {

TEST(Utf8, FindsFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("abc 中文"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xff"), 2u);
  EXPECT_EQ(FindInvalidUtf8("ab\xe4\xb8"), 2u);          // truncated sequence
  EXPECT_EQ(FindInvalidUtf8("\xc0\xaf"), 0u);            // overlong
  EXPECT_EQ(FindInvalidUtf8("x\xed\xa0\x80"), 1u);       // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xf4\x90\x80\x80"), 0u);    // above U+10FFFF
}

TEST(Utf8, DecodeEncodeRoundTrip) {
  std::string s = "A中\xf0\x9f\x98\x80é";
  std::u32string u = ToUtf32(s);
  ASSERT_EQ(u.size(), 4u);
  EXPECT_EQ(u[1], U'中');
  EXPECT_EQ(u[2], char32_t{0x1F600});
  EXPECT_EQ(ToUtf8(u), s);
}

}  // namespace
}  // namespace detente
