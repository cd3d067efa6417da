#include "text/normalize.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace detente {
namespace {

TEST(Normalize, FoldsTraditionalKeepingLength) {
  auto n = Normalizer::Load(std::string(DETENTE_TEST_FIXTURES) + "/data/text/t2s_chars.tsv");
  ASSERT_TRUE(n.ok()) << n.status().ToString();
  std::u32string in = ToUtf32("美國與哥倫比亞，ＵＳＡ Bogotá");
  std::u32string out = n->Fold(in);
  EXPECT_EQ(out.size(), in.size());  // offsets map back one to one
  EXPECT_EQ(ToUtf8(out), "美国与哥伦比亚,usa bogota");
}

TEST(Normalize, LatinExtendedLettersLoseTheirAccents) {
  Normalizer n;
  std::u32string in = ToUtf32("Vučić, Erdoğan, Wałęsa, Đukanović");
  EXPECT_EQ(ToUtf8(n.Fold(in)), "vucic, erdogan, walesa, dukanovic");
  EXPECT_EQ(n.Fold(in).size(), in.size());
}

TEST(Normalize, BadTableLineNamesTheLine) {
  std::string path = testing::TempDir() + "/bad_t2s.tsv";
  FILE* f = fopen(path.c_str(), "w");
  fputs("# header\n國\t国\n國國\t国\n", f);
  fclose(f);
  auto n = Normalizer::Load(path);
  ASSERT_FALSE(n.ok());
  EXPECT_NE(n.status().message().find(":3:"), std::string::npos) << n.status().message();
}

}  // namespace
}  // namespace detente
