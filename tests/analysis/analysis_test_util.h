// Helpers for the analysis tests: temporary files, synthetic events, fixture paths.
#ifndef DETENTE_TESTS_ANALYSIS_TEST_UTIL_H_
#define DETENTE_TESTS_ANALYSIS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "detente/analysis.h"
#include "detente/event.h"

namespace detente::analysis_test {

inline std::string Fixture(const std::string& name) { return std::string(DETENTE_TEST_FIXTURES) + "/analysis/" + name; }

// Writes `content` to a fresh file in the test temp folder and returns its path.
inline std::string TempFile(const std::string& name, const std::string& content) {
  std::string path = testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// An event between two countries on `date` ("2025", "2025-07" or "2025-07-15").
inline Event MakeEvent(const std::string& id, const std::string& src, const std::string& tgt, const std::string& code,
                       double goldstein, int quad, const std::string& date) {
  Event e;
  e.doc = "doc";
  e.id = id;
  if (!date.empty()) Date::Parse(date, &e.date);
  e.source.code = src + "GOV";
  e.source.country = src;
  e.target.code = tgt + "GOV";
  e.target.country = tgt;
  e.code = code;
  e.root = code.substr(0, 2);
  e.quad = quad;
  e.goldstein = goldstein;
  e.evidence = "sentence of " + id;
  e.rule = "test:" + id;
  return e;
}

// Parameters whose arithmetic is easy to follow by hand: no volume saturation.
inline IndexParams PlainParams() {
  IndexParams p;
  p.volume_ref = 0;
  return p;
}

}  // namespace detente::analysis_test

#endif  // DETENTE_TESTS_ANALYSIS_TEST_UTIL_H_
