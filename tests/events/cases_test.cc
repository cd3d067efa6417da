// The shared case file (tests/cases/*.jsonl), read by this test and by the command-line test:
// each case is a text with its publication date and the exact list of asserted events
// ("SRC>TGT:CODE@DATE", countries), coded with the production dictionaries.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "common/json.h"
#include "test_util.h"

namespace detente {
namespace {

TEST(Cases, SharedCasesCodeAsExpected) {
  int cases = 0;
  std::string failures;
  for (const auto& ent : std::filesystem::directory_iterator(DETENTE_TEST_CASES)) {
    if (ent.path().extension() != ".jsonl") continue;
    std::ifstream in(ent.path());
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (line.empty()) continue;
      auto c = ParseJson(line);
      ASSERT_TRUE(c.ok()) << ent.path() << ":" << n << ": " << c.status().message();
      std::vector<std::string> want;
      for (const JsonValue& v : c->Find("expect")->items()) want.push_back(v.str());
      auto got = testing_util::Compact(
          testing_util::CodeText(testing_util::ProductionEngine(), c->Find("text")->str(), c->Find("date")->str()), true);
      std::sort(want.begin(), want.end());
      std::sort(got.begin(), got.end());
      ++cases;
      if (got != want) {
        std::string g, w;
        for (auto& s : got) g += " " + s;
        for (auto& s : want) w += " " + s;
        failures += ent.path().filename().string() + ":" + std::to_string(n) + " " + c->Find("name")->str() +
                    "\n   want:" + w + "\n   got: " + g + "\n";
      }
    }
  }
  EXPECT_GT(cases, 20);
  EXPECT_TRUE(failures.empty()) << failures;
}

}  // namespace
}  // namespace detente
