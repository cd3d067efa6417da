#include "lexicon/inflect.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace detente {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST(Inflect, RegularAndIrregularForms) {
  auto inf = Inflector::Load(std::string(DETENTE_TEST_FIXTURES) + "/data/grammar/en_irregular.tsv", "irregular");
  ASSERT_TRUE(inf.ok()) << inf.status().ToString();
  auto recall = inf->Forms("recall");
  EXPECT_EQ(recall[0], "recall");
  for (const char* f : {"recalls", "recalled", "recalling"}) EXPECT_TRUE(Has(recall, f)) << f;
  auto impose = inf->Forms("impose");
  for (const char* f : {"imposes", "imposed", "imposing"}) EXPECT_TRUE(Has(impose, f)) << f;
  auto ban = inf->Forms("ban");
  for (const char* f : {"bans", "banned", "banning"}) EXPECT_TRUE(Has(ban, f)) << f;
  auto deny = inf->Forms("deny");
  for (const char* f : {"denies", "denied", "denying"}) EXPECT_TRUE(Has(deny, f)) << f;
  auto meet = inf->Forms("meet");
  EXPECT_TRUE(Has(meet, "met"));
  EXPECT_FALSE(Has(meet, "meeted"));
  auto crash = inf->Forms("crash");
  EXPECT_TRUE(Has(crash, "crashes"));
  // a hyphenated verb inflects its last part
  auto test_fire = inf->Forms("test-fire");
  for (const char* f : {"test-fires", "test-fired", "test-firing"}) EXPECT_TRUE(Has(test_fire, f)) << f;
}

}  // namespace
}  // namespace detente
