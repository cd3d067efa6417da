#include "common/json.h"

#include <gtest/gtest.h>

namespace detente {
namespace {

TEST(Json, ParsesObjectWithEscapes) {
  auto v = ParseJson(R"({"id":"d1","text":"a\"b\u4e2d\ud83d\ude00","n":-1.5e2,"ok":true,"x":null,"a":[1,2]})");
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(v->Find("id")->str(), "d1");
  EXPECT_EQ(v->Find("text")->str(), "a\"b\xe4\xb8\xad\xf0\x9f\x98\x80");
  EXPECT_DOUBLE_EQ(v->Find("n")->number(), -150);
  EXPECT_TRUE(v->Find("ok")->boolean());
  EXPECT_TRUE(v->Find("x")->is_null());
  EXPECT_EQ(v->Find("a")->items().size(), 2u);
  EXPECT_EQ(v->Find("missing"), nullptr);
}

TEST(Json, TruncatedInputNamesTheByte) {
  auto v = ParseJson(R"({"id":"d1","text":"abc)");
  ASSERT_FALSE(v.ok());
  EXPECT_NE(v.status().message().find("byte 23"), std::string::npos) << v.status().message();
  EXPECT_NE(v.status().message().find("truncated"), std::string::npos);
}

TEST(Json, RejectsTrailingGarbageAndBadEscapes) {
  EXPECT_FALSE(ParseJson(R"({"a":1} x)").ok());
  EXPECT_FALSE(ParseJson(R"({"a":"\x"})").ok());
  EXPECT_FALSE(ParseJson(R"({"a":"\ud800"})").ok());
  EXPECT_FALSE(ParseJson(R"({"a":01x})").ok());
  EXPECT_FALSE(ParseJson(std::string(100, '[')).ok());  // nesting limit, not a stack overflow
}

TEST(Json, QuotesAndNumbersRoundTrip) {
  EXPECT_EQ(JsonQuote("a\"\n\x01"), "\"a\\\"\\n\\u0001\"");
  EXPECT_EQ(JsonNumber(1.0), "1");
  EXPECT_EQ(JsonNumber(-3.25), "-3.25");
  EXPECT_EQ(JsonNumber(0.1), "0.1");
  auto v = ParseJson(JsonQuote("中文\t\"q\""));
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->str(), "中文\t\"q\"");
}

}  // namespace
}  // namespace detente
