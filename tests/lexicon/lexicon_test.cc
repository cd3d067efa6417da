#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace detente {
namespace {

namespace fs = std::filesystem;
const std::string kFixture = std::string(DETENTE_TEST_FIXTURES) + "/data";

// A copy of the fixture dictionaries with one file's content replaced.
std::string CopyWith(const std::string& name, const std::string& rel, const std::string& content) {
  fs::path dir = fs::path(testing::TempDir()) / name;
  fs::remove_all(dir);
  fs::copy(kFixture, dir, fs::copy_options::recursive);
  std::ofstream(dir / rel, std::ios::binary | std::ios::trunc) << content;
  return dir.string();
}

TEST(Lexicon, LoadsTheFixture) {
  auto lex = Lexicon::Load(kFixture);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ((*lex)->cameo().codes().size(), 312u);
  EXPECT_GT((*lex)->patterns().size(), 5u);
  EXPECT_EQ((*lex)->version().size(), 12u);
}

TEST(Lexicon, VersionChangesWithAnyDictionary) {
  auto a = Lexicon::Load(kFixture);
  auto b = Lexicon::Load(CopyWith("ver", "actors/roles.tsv", "GOV\t政府\n"));
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE((*a)->version(), (*b)->version());
}

TEST(Lexicon, ErrorsNameFileAndLine) {
  struct Case {
    std::string rel, content, expect;
  };
  const Case cases[] = {
      {"actors/leaders.tsv", "# h\nUSAGOV\t2025-13-01\t-\tX\tPresident\n", "actors/leaders.tsv:2: FROM must be"},
      {"actors/leaders.tsv", "USAGOV\t2025-01-20\t2020-01-01\tX\tP\n", "actors/leaders.tsv:1: TO is before FROM"},
      {"actors/countries.tsv", "usa\tAmerica\n", "actors/countries.tsv:1: bad actor code"},
      {"actors/countries.tsv", "USA\tA||B\n", "actors/countries.tsv:1: empty name"},
      {"patterns/zh/16.tsv", "# x\n\n163\t制裁\tUSA>VEN\tx\n999\tfoo\tUSA>VEN\tx\n", "patterns/zh/16.tsv:4: unknown CAMEO code"},
      {"patterns/zh/16.tsv", "111\t批评x\tA>B\tx\n", "patterns/zh/16.tsv:1: code 111 is not of root 16"},
      {"patterns/zh/16.tsv", "163\t制裁\tA>B\tx\n163\t制裁\tA>B\ty\n", "patterns/zh/16.tsv:2: duplicate pattern"},
      {"patterns/zh/16.tsv", "163\t制裁 *  * 措施\tA>B\tx\n", "patterns/zh/16.tsv:1: empty segment"},
      {"patterns/zh/16.tsv", "163\t制裁\tA>B\n", "patterns/zh/16.tsv:1: expected 4"},
      {"patterns/zh/16.tsv", "163\t制裁 @\tA>B\tx\n", "patterns/zh/16.tsv:1: \"X @\" is for English patterns"},
      {"cameo/codes.tsv", "01\t0.0\t1\tA\n01\t0.0\t1\tB\n", "cameo/codes.tsv:2: duplicate code 01"},
      {"cameo/codes.tsv", "01\t0.0\t3\tA\n", "cameo/codes.tsv:1: QuadClass of root 01 is 1"},
      {"grammar/zh.tsv", "NOPE\t的\n", "grammar/zh.tsv:1: unknown class"},
      {"time/words.tsv", "pub_day\tx\t昨天\n", "time/words.tsv:1: OFFSET must be an integer"},
      {"time/words.tsv", "prev_week\t1\tthe week after\n",
       "time/words.tsv:1: unknown time-word kind \"prev_week\" (this build knows prev_after, prev_before, prev_day, prev_month"},
      {"actors/roles.tsv", "GOV\t政府\n\xff\n", "actors/roles.tsv:2: invalid UTF-8"},
  };
  int n = 0;
  for (const Case& c : cases) {
    auto lex = Lexicon::Load(CopyWith("bad" + std::to_string(n++), c.rel, c.content));
    ASSERT_FALSE(lex.ok()) << c.rel << " should fail: " << c.content;
    EXPECT_NE(lex.status().message().find(c.expect), std::string::npos)
        << "got: " << lex.status().message() << "\nwant: " << c.expect;
  }
}

TEST(Lexicon, MissingFolderIsNotFound) {
  auto lex = Lexicon::Load("/nonexistent/data");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace detente
