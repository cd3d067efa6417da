// Every production pattern's example sentence must code to the pattern's CODE with the stated
// dyad, and a Traditional example must code the same once simplified.
#include <gtest/gtest.h>

#include <algorithm>

#include "lexicon/lexicon.h"
#include "test_util.h"
#include "text/utf8.h"

namespace detente {
namespace {

using testing_util::Compact;
using testing_util::ProductionEngine;

std::string Failures(Lang lang) {
  const Engine& engine = ProductionEngine();
  std::string failures;
  int checked = 0;
  for (const Pattern& p : engine.lexicon().patterns()) {
    if (p.lang != lang) continue;
    ++checked;
    size_t gt = p.expect.find('>');
    std::string src = p.expect.substr(0, gt), tgt = gt == std::string::npos ? "" : p.expect.substr(gt + 1);
    auto events = testing_util::CodeText(engine, p.example);
    bool found = std::any_of(events.begin(), events.end(), [&](const Event& e) {
      auto country = [](const Actor& a) { return a.country.empty() ? a.code : a.country; };
      // The pattern's code, or the more specific one its content gave it (指责X袭击Y: 112 → 1123).
      const bool refined = e.rule.rfind(p.where + " ", 0) == 0 && e.rule.find(" + content ") != std::string::npos;
      return (e.code == p.code || refined) && country(e.source) == src && country(e.target) == tgt;
    });
    if (!found) {
      std::string got;
      for (const auto& s : Compact(events)) got += " " + s;
      failures += p.where + " " + p.code + " " + p.expect + " | " + p.example + " | got:" + got + "\n";
    }
  }
  EXPECT_GT(checked, 0);
  return failures;
}

TEST(Patterns, ChineseExamplesCodeAsStated) {
  std::string f = Failures(Lang::kZh);
  EXPECT_TRUE(f.empty()) << f;
}

TEST(Patterns, EnglishExamplesCodeAsStated) {
  std::string f = Failures(Lang::kEn);
  EXPECT_TRUE(f.empty()) << f;
}

TEST(Patterns, TraditionalAndSimplifiedCodeAlike) {
  const Engine& engine = ProductionEngine();
  const Lexicon& lex = engine.lexicon();
  int traditional = 0;
  std::string failures;
  for (const Pattern& p : lex.patterns()) {
    if (p.lang != Lang::kZh) continue;
    std::u32string u = ToUtf32(p.example);
    std::u32string s = u;
    // Simplify only the Chinese characters; the table is the one the coder uses.
    for (char32_t& c : s)
      if (c >= 0x3400) c = lex.normalizer().Fold(c);
    if (s == u) continue;
    ++traditional;
    auto a = Compact(testing_util::CodeText(engine, p.example));
    auto b = Compact(testing_util::CodeText(engine, ToUtf8(s)));
    if (a != b) failures += p.where + ": " + p.example + "\n";
  }
  EXPECT_GT(traditional, 50) << "the examples should be about half in Traditional characters";
  EXPECT_TRUE(failures.empty()) << failures;
}

}  // namespace
}  // namespace detente
