// Helpers shared by the tests: engines on the fixture and production dictionaries, and coding
// a sentence to compact "SRC>TGT:CODE@DATE" strings that read well in failure messages.
#ifndef DETENTE_TESTS_TEST_UTIL_H_
#define DETENTE_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detente/detente.h"

namespace detente::testing_util {

inline const Engine& FixtureEngine() {
  static const Engine* e = [] {
    auto r = Engine::Load(std::string(DETENTE_TEST_FIXTURES) + "/data");
    if (!r.ok()) {
      ADD_FAILURE() << r.status().ToString();
      std::abort();
    }
    return new Engine(std::move(*r));
  }();
  return *e;
}

inline const Engine& ProductionEngine() {
  static const Engine* e = [] {
    auto r = Engine::Load(DETENTE_DATA_DIR);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().ToString();
      std::abort();
    }
    return new Engine(std::move(*r));
  }();
  return *e;
}

inline std::vector<Event> CodeText(const Engine& engine, const std::string& text, const std::string& date = "2026-01-15",
                                   bool all = false) {
  Document d;
  d.id = "t";
  d.date = date;
  d.text = text;
  CodeOptions o;
  o.all_moods = all;
  auto r = engine.Code(d, o);
  if (!r.ok()) {
    ADD_FAILURE() << r.status().ToString();
    return {};
  }
  return r->events;
}

// "USAGOV>COLGOV:041@2026-01-07" (codes) or, with countries_only, "USA>COL:041@2026-01-07";
// a symmetric event reads "USA<>COL:041@2026-01-07".
inline std::vector<std::string> Compact(const std::vector<Event>& events, bool countries_only = false) {
  std::vector<std::string> out;
  for (const Event& e : events) {
    // (an organisation has no country: its code stands for it)
    auto who = [&](const Actor& a) { return countries_only && !a.country.empty() ? a.country : a.code; };
    std::string s = who(e.source);
    s += (e.symmetric ? "<>" : ">") + who(e.target) + ":" + e.code + "@" + e.date.ToString();
    if (e.mood != Mood::kAsserted) s += std::string("/") + MoodName(e.mood);
    out.push_back(s);
  }
  return out;
}

}  // namespace detente::testing_util

#endif  // DETENTE_TESTS_TEST_UTIL_H_
