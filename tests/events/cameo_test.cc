#include "events/cameo.h"

#include <gtest/gtest.h>

namespace detente {
namespace {

TEST(Cameo, ProductionTableHasEveryCode) {
  auto t = CameoTable::Load(std::string(DETENTE_DATA_DIR) + "/cameo/codes.tsv");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->codes().size(), 312u);  // CAMEO 1.1b3
  ASSERT_NE(t->Find("1382"), nullptr);
  EXPECT_EQ(t->Find("1382")->quad, 3);
  EXPECT_EQ(t->Find("0311")->quad, 1);
  EXPECT_DOUBLE_EQ(t->Find("161")->goldstein, -4.0);
  EXPECT_DOUBLE_EQ(t->Find("190")->goldstein, -10.0);
  EXPECT_EQ(t->Find("09")->quad, 2);  // GDELT 2.0: roots 06-09 are material cooperation
  EXPECT_EQ(t->Find("14")->quad, 3);
  EXPECT_EQ(t->Find("999"), nullptr);
  for (int r = 1; r <= 20; ++r) EXPECT_EQ(CameoTable::QuadOfRoot(r), r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4);
}

}  // namespace
}  // namespace detente
