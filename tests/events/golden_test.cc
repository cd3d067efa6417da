// Whole-document golden tests: every tests/golden/NAME.jsonl document is coded with the
// production dictionaries and compared with NAME.expected (one compact event a line).
// Refresh after an intended change with: DETENTE_UPDATE_GOLDEN=1 ctest -R Golden
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/strings.h"
#include "test_util.h"
#include "text/reader.h"

namespace detente {
namespace {

TEST(Golden, WholeDocuments) {
  const bool update = std::getenv("DETENTE_UPDATE_GOLDEN") != nullptr;
  int files = 0;
  for (const auto& ent : std::filesystem::directory_iterator(DETENTE_TEST_GOLDEN)) {
    if (ent.path().extension() != ".jsonl") continue;
    ++files;
    std::string got;
    Status st = ForEachDocument(ent.path().string(), ReadOptions{}, [&](Document&& d) {
      auto r = testing_util::ProductionEngine().Code(d);
      if (!r.ok()) return r.status();
      for (const Event& e : r->events)
        got += e.doc + " " + e.source.code + ">" + e.target.code + ":" + e.code + "@" + e.date.ToString() + " 「" +
               e.trigger + "」\n";
      return Status::Ok();
    }, nullptr);
    ASSERT_TRUE(st.ok()) << st.ToString();
    std::filesystem::path expected = ent.path();
    expected.replace_extension(".expected");
    if (update) {
      std::ofstream(expected) << got;
      continue;
    }
    auto want = ReadFile(expected.string());
    ASSERT_TRUE(want.ok()) << want.status().ToString() << " (create it with DETENTE_UPDATE_GOLDEN=1)";
    // Line by line, so a failure names the events that changed.
    EXPECT_EQ(Split(got, '\n'), Split(*want, '\n'))
        << "golden mismatch for " << ent.path().filename() << " (refresh with DETENTE_UPDATE_GOLDEN=1 if intended)";
  }
  EXPECT_GT(files, 0);
}

}  // namespace
}  // namespace detente
