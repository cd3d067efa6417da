// Whole news articles (tests/corpus/articles-en.jsonl in English, articles-zh.jsonl in Chinese)
// against events coded by hand (articles-*.gold.jsonl, see tests/corpus/README.md), scored the way the development set is:
// a gold event is found by a predicted asserted event with the same two actors (either way when
// it is symmetric), a root among the gold roots and an overlapping date. Required events are
// matched first; a prediction that matches only an optional event counts neither way. The
// figures are printed; the floors guard against regressions.
#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <fstream>
#include <map>

#include "common/date.h"
#include "common/json.h"
#include "test_util.h"

namespace detente {
namespace {

struct Gold {
  std::string doc, id, source, target, code, evidence;
  std::vector<std::string> roots;
  long first = 0, last = 0;
  bool symmetric = false, required = true;
};

struct Predicted {
  std::string doc, source, target, code;
  long first = 0, last = 0;
  std::string text;
};

std::vector<JsonValue> ReadJsonLines(const std::string& path) {
  std::vector<JsonValue> out;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    auto j = ParseJson(line);
    EXPECT_TRUE(j.ok()) << path << ":" << n << ": " << j.status().message();
    if (j.ok()) out.push_back(std::move(*j));
  }
  return out;
}

std::string Str(const JsonValue& j, const char* key) {
  const JsonValue* v = j.Find(key);
  return v && v->is_string() ? v->str() : "";
}

// An actor of the gold file (a country, or an organisation's code) names the predicted one when
// the countries agree, or when the organisation's code is a prefix of the predicted code
// (IGOUNO covers IGOUNOSCR, the Security Council; a gold file may write any organisation "IGO").
bool SameActor(const std::string& gold, const Actor& a) {
  if (!a.country.empty()) return gold == a.country;
  return !a.code.empty() && gold.size() >= 3 && a.code.compare(0, gold.size(), gold) == 0;
}

struct Scored {
  Predicted p;
  Actor source, target;
  bool symmetric = false;
};

bool Compatible(const Gold& g, const Scored& s) {
  if (g.doc != s.p.doc) return false;
  const bool pair = (SameActor(g.source, s.source) && SameActor(g.target, s.target)) ||
                    (g.symmetric && SameActor(g.source, s.target) && SameActor(g.target, s.source));
  if (!pair) return false;
  bool root = false;
  for (const std::string& r : g.roots) root = root || s.p.code.compare(0, 2, r) == 0;
  return root && !(s.p.last < g.first || s.p.first > g.last);
}

// Maximum bipartite matching of `golds` to the predictions not in `taken` (Kuhn's algorithm).
std::map<size_t, size_t> Match(const std::vector<const Gold*>& golds, const std::vector<Scored>& preds,
                               const std::vector<bool>& taken) {
  std::vector<int> owner(preds.size(), -1);
  std::function<bool(size_t, std::vector<bool>&)> augment = [&](size_t g, std::vector<bool>& seen) {
    for (size_t p = 0; p < preds.size(); ++p) {
      if (taken[p] || seen[p] || !Compatible(*golds[g], preds[p])) continue;
      seen[p] = true;
      if (owner[p] < 0 || augment(static_cast<size_t>(owner[p]), seen)) {
        owner[p] = static_cast<int>(g);
        return true;
      }
    }
    return false;
  };
  for (size_t g = 0; g < golds.size(); ++g) {
    std::vector<bool> seen(preds.size(), false);
    augment(g, seen);
  }
  std::map<size_t, size_t> pred_of_gold;
  for (size_t p = 0; p < preds.size(); ++p)
    if (owner[p] >= 0) pred_of_gold[static_cast<size_t>(owner[p])] = p;
  return pred_of_gold;
}

void ScoreArticles(const std::string& name, int min_articles, double min_precision, double min_recall) {
  const std::string dir = DETENTE_TEST_CORPUS;
  std::vector<Gold> golds;
  for (const JsonValue& j : ReadJsonLines(dir + "/" + name + ".gold.jsonl")) {
    Gold g;
    g.doc = Str(j, "doc");
    g.id = Str(j, "id");
    g.source = Str(j, "source");
    g.target = Str(j, "target");
    g.code = Str(j, "code");
    g.evidence = Str(j, "evidence");
    if (const JsonValue* r = j.Find("roots"))
      for (const JsonValue& v : r->items()) g.roots.push_back(v.str());
    if (const JsonValue* v = j.Find("symmetric")) g.symmetric = v->boolean();
    if (const JsonValue* v = j.Find("required")) g.required = v->boolean();
    Date from, to;
    ASSERT_TRUE(Date::Parse(Str(j, "from"), &from) && Date::Parse(Str(j, "to"), &to)) << g.doc << " " << g.id;
    g.first = FirstDay(from);
    g.last = LastDay(to);
    ASSERT_FALSE(g.roots.empty()) << g.doc << " " << g.id;
    golds.push_back(g);
  }
  std::vector<Scored> preds;
  int articles = 0;
  for (const JsonValue& j : ReadJsonLines(dir + "/" + name + ".jsonl")) {
    ++articles;
    for (const Event& e : testing_util::CodeText(testing_util::ProductionEngine(), Str(j, "text"), Str(j, "date"))) {
      Scored s;
      s.p.doc = Str(j, "id");
      s.p.code = e.code;
      s.p.first = FirstDay(e.date);
      s.p.last = LastDay(e.date);
      s.p.text = e.source.code + (e.symmetric ? "<>" : ">") + e.target.code + ":" + e.code + "@" + e.date.ToString() +
                 " 「" + e.trigger + "」";
      s.source = e.source;
      s.target = e.target;
      preds.push_back(s);
    }
  }
  std::vector<const Gold*> required, optional;
  for (const Gold& g : golds) (g.required ? required : optional).push_back(&g);
  std::vector<bool> taken(preds.size(), false);
  const auto req = Match(required, preds, taken);
  for (const auto& [g, p] : req) taken[p] = true;
  const auto opt = Match(optional, preds, taken);
  std::vector<bool> optional_only(preds.size(), false);
  for (const auto& [g, p] : opt) optional_only[p] = true;
  // Left out of precision, as in the development scorer: a prediction matching only an optional
  // event, and one with the same country on both sides that matches nothing.
  int scored = 0, exact = 0;
  std::string report;
  for (size_t p = 0; p < preds.size(); ++p) {
    if (optional_only[p]) continue;
    const bool domestic = !preds[p].source.country.empty() && preds[p].source.country == preds[p].target.country;
    if (!taken[p] && domestic) continue;
    ++scored;
    if (!taken[p]) report += "  FP   " + preds[p].p.doc + " " + preds[p].p.text + "\n";
  }
  for (size_t g = 0; g < required.size(); ++g) {
    auto it = req.find(g);
    if (it == req.end())
      report += "  MISS " + required[g]->doc + " " + required[g]->id + " " + required[g]->source + ">" +
                required[g]->target + " " + required[g]->code + " 「" + required[g]->evidence.substr(0, 60) + "」\n";
    else if (preds[it->second].p.code == required[g]->code)
      ++exact;
  }
  const double precision = scored ? static_cast<double>(req.size()) / scored : 0;
  const double recall = required.empty() ? 0 : static_cast<double>(req.size()) / required.size();
  std::printf("%s.jsonl: %d articles; precision %.3f recall %.3f (%zu of %zu required, %d scored predictions, "
              "%zu optional matched); exact code %.3f\n",
              name.c_str(), articles, precision, recall, req.size(), required.size(), scored, opt.size(),
              req.empty() ? 0.0 : static_cast<double>(exact) / req.size());
  if (std::getenv("DETENTE_CORPUS_VERBOSE")) std::printf("%s", report.c_str());
  EXPECT_GE(articles, min_articles);
  EXPECT_GE(precision, min_precision) << report;
  EXPECT_GE(recall, min_recall) << report;
}

TEST(Corpus, EnglishArticles) { ScoreArticles("articles-en", 40, 0.71, 0.61); }
TEST(Corpus, ChineseArticles) { ScoreArticles("articles-zh", 30, 0.51, 0.42); }

}  // namespace
}  // namespace detente
