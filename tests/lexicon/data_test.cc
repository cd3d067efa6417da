// The production dictionaries: they load, every file has a provenance header, and every file is
// sorted and free of duplicates in the order data/README.md documents.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "common/strings.h"
#include "common/tsv.h"
#include "lexicon/lexicon.h"
#include "text/utf8.h"

namespace detente {
namespace {

namespace fs = std::filesystem;
const std::string kData = DETENTE_DATA_DIR;

using SortKey = std::function<std::vector<std::string>(const std::vector<std::string>&)>;

std::vector<std::string> Cols(const std::vector<std::string>& f, std::initializer_list<size_t> idx) {
  std::vector<std::string> k;
  for (size_t i : idx) k.push_back(i < f.size() ? f[i] : "");
  return k;
}

void CheckSorted(const std::string& rel, size_t min_cols, size_t max_cols, const SortKey& key, bool unique = true) {
  SCOPED_TRACE(rel);
  auto rows = ReadTsv(kData + "/" + rel, min_cols, max_cols, rel);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_FALSE(rows->empty());
  for (size_t i = 1; i < rows->size(); ++i) {
    auto a = key((*rows)[i - 1].fields), b = key((*rows)[i].fields);
    EXPECT_FALSE(b < a) << (*rows)[i].Where() << ": not sorted after line " << (*rows)[i - 1].line;
    if (unique) {
      EXPECT_NE(a, b) << (*rows)[i].Where() << ": duplicate of line " << (*rows)[i - 1].line;
    }
  }
}

TEST(Data, ProductionLexiconLoads) {
  auto lex = Lexicon::Load(kData);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ((*lex)->cameo().codes().size(), 312u);
}

TEST(Data, EveryFileHasAProvenanceHeader) {
  int files = 0;
  for (const auto& ent : fs::recursive_directory_iterator(kData)) {
    if (ent.path().extension() != ".tsv") continue;
    ++files;
    std::ifstream in(ent.path());
    std::string line, header;
    while (std::getline(in, line) && !line.empty() && line[0] == '#') header += line + "\n";
    EXPECT_NE(header.find("Source"), std::string::npos) << ent.path() << " has no '# Source:' header line";
  }
  EXPECT_GT(files, 10);
}

TEST(Data, FilesAreSortedAndUnique) {
  CheckSorted("cameo/codes.tsv", 4, 4, [](const auto& f) { return Cols(f, {0}); });
  CheckSorted("actors/countries.tsv", 2, 2, [](const auto& f) { return Cols(f, {0}); });
  CheckSorted("actors/abbrev.tsv", 2, 2, [](const auto& f) { return Cols(f, {0}); });
  CheckSorted("actors/roles.tsv", 2, 2, [](const auto& f) { return Cols(f, {0}); });
  CheckSorted("actors/leaders.tsv", 4, 5, [](const auto& f) { return Cols(f, {0, 1, 3}); });
  CheckSorted("grammar/zh.tsv", 2, 2, [](const auto& f) { return Cols(f, {0}); });
  CheckSorted("grammar/en.tsv", 2, 2, [](const auto& f) { return Cols(f, {0}); });
  CheckSorted("grammar/en_irregular.tsv", 3, 3, [](const auto& f) { return Cols(f, {0}); });
  CheckSorted("time/periods.tsv", 3, 3, [](const auto& f) { return Cols(f, {0, 2}); });
  CheckSorted("time/words.tsv", 3, 3, [](const auto& f) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%+06d", std::atoi(f[1].c_str()) + 50000);
    return std::vector<std::string>{f[0], buf};
  });
  CheckSorted("text/t2s_chars.tsv", 2, 2, [](const auto& f) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08x", static_cast<unsigned>(ToUtf32(f[0])[0]));
    return std::vector<std::string>{buf};
  });
  for (const char* lang : {"zh", "en"}) {
    for (const auto& ent : fs::directory_iterator(kData + "/patterns/" + lang)) {
      if (ent.path().extension() != ".tsv") continue;
      CheckSorted(std::string("patterns/") + lang + "/" + ent.path().filename().string(), 4, 4,
                  [](const auto& f) { return Cols(f, {0, 1}); });
    }
  }
}

TEST(Data, NoNameUnderTwoCountryCodes) {
  auto rows = ReadTsv(kData + "/actors/countries.tsv", 2, 2, "actors/countries.tsv");
  ASSERT_TRUE(rows.ok());
  std::map<std::string, std::string> owner;
  for (const TsvRow& r : *rows)
    for (const std::string& name : Split(r.fields[1], '|')) {
      auto [it, fresh] = owner.emplace(Trim(name), r.fields[0]);
      EXPECT_TRUE(fresh || it->second == r.fields[0]) << r.Where() << ": \"" << name << "\" also names " << it->second;
    }
}

}  // namespace
}  // namespace detente
