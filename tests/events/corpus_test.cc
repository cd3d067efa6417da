// The hand-coded test corpora (tests/corpus/*.jsonl, see tests/corpus/README.md), coded with the
// production dictionaries and scored like the development scorer: an expected event is found
// when a predicted asserted event has the same source and target countries (either way when
// one of them is symmetric), the same CAMEO root and an overlapping date. The figures are printed;
// the floors below guard against regressions and are raised as the coder improves.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>

#include "common/date.h"
#include "common/json.h"
#include "test_util.h"

namespace detente {
namespace {

struct Item {
  std::string id, lang, date, text;
  std::vector<std::string> expect;
};

std::vector<Item> ReadCorpus(const std::string& path) {
  std::vector<Item> items;
  std::ifstream in(path);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    auto j = ParseJson(line);
    EXPECT_TRUE(j.ok()) << path << ":" << n << ": " << j.status().message();
    if (!j.ok()) continue;
    Item it;
    for (auto [key, dst] : {std::pair{"id", &it.id}, {"lang", &it.lang}, {"date", &it.date}, {"text", &it.text}})
      if (const JsonValue* v = j->Find(key); v && v->is_string()) *dst = v->str();
    if (const JsonValue* e = j->Find("expect"))
      for (const JsonValue& v : e->items()) it.expect.push_back(v.str());
    items.push_back(std::move(it));
  }
  return items;
}

// One event as the scorer sees it.
struct Key {
  std::string src, tgt, code;
  long first = 0, last = 0;
  bool symmetric = false;
};

bool ParseExpect(const std::string& s, Key* k) {
  size_t colon = s.find(':'), at = s.find('@');
  size_t arrow = s.find("<>");
  size_t gt = arrow != std::string::npos ? arrow : s.find('>');
  if (gt == std::string::npos || colon == std::string::npos || at == std::string::npos) return false;
  k->symmetric = arrow != std::string::npos;
  k->src = s.substr(0, gt);
  k->tgt = s.substr(gt + (k->symmetric ? 2 : 1), colon - gt - (k->symmetric ? 2 : 1));
  k->code = s.substr(colon + 1, at - colon - 1);
  Date d;
  if (!Date::Parse(s.substr(at + 1), &d)) return false;
  k->first = FirstDay(d);
  k->last = LastDay(d);
  return true;
}

std::string Who(const Actor& a) { return a.country.empty() ? a.code : a.country; }

bool Compatible(const Key& want, const Key& got) {
  if (want.code.substr(0, 2) != got.code.substr(0, 2)) return false;
  if (got.last < want.first || got.first > want.last) return false;
  if (got.src == want.src && got.tgt == want.tgt) return true;
  return (want.symmetric || got.symmetric) && got.src == want.tgt && got.tgt == want.src;
}

struct Score {
  int expected = 0, predicted = 0, matched = 0, exact_code = 0, items = 0, items_right = 0;
  std::string misses;
  void Add(const Score& o) {
    expected += o.expected;
    predicted += o.predicted;
    matched += o.matched;
    exact_code += o.exact_code;
    items += o.items;
    items_right += o.items_right;
    misses += o.misses;
  }
  double precision() const { return predicted ? static_cast<double>(matched) / predicted : 0; }
  double recall() const { return expected ? static_cast<double>(matched) / expected : 0; }
};

// Maximum bipartite matching of expected to predicted events (Kuhn's algorithm; items are small).
int Match(const std::vector<Key>& want, const std::vector<Key>& got, int* exact) {
  std::vector<int> owner(got.size(), -1);
  std::function<bool(size_t, std::vector<bool>&)> augment = [&](size_t w, std::vector<bool>& seen) {
    for (size_t g = 0; g < got.size(); ++g) {
      if (seen[g] || !Compatible(want[w], got[g])) continue;
      seen[g] = true;
      if (owner[g] < 0 || augment(static_cast<size_t>(owner[g]), seen)) {
        owner[g] = static_cast<int>(w);
        return true;
      }
    }
    return false;
  };
  int matched = 0;
  for (size_t w = 0; w < want.size(); ++w) {
    std::vector<bool> seen(got.size(), false);
    if (augment(w, seen)) ++matched;
  }
  *exact = 0;
  for (size_t g = 0; g < got.size(); ++g)
    if (owner[g] >= 0 && got[g].code == want[static_cast<size_t>(owner[g])].code) ++*exact;
  return matched;
}

std::vector<Key> Predict(const Item& it) {
  std::vector<Key> out;
  for (const Event& e : testing_util::CodeText(testing_util::ProductionEngine(), it.text, it.date)) {
    Key k;
    k.src = Who(e.source);
    k.tgt = Who(e.target);
    k.code = e.code;
    k.first = FirstDay(e.date);
    k.last = LastDay(e.date);
    k.symmetric = e.symmetric;
    out.push_back(k);
  }
  return out;
}

std::string Show(const std::vector<Key>& keys) {
  std::string s;
  for (const Key& k : keys)
    s += " " + k.src + (k.symmetric ? "<>" : ">") + k.tgt + ":" + k.code + "@" + DayDate(k.first).ToString();
  return s.empty() ? " -" : s;
}

std::vector<Key> Expected(const Item& it) {
  std::vector<Key> want;
  for (const std::string& s : it.expect) {
    Key k;
    EXPECT_TRUE(ParseExpect(s, &k)) << it.id << ": bad expectation " << s;
    want.push_back(k);
  }
  return want;
}

// One item's expected events against what was coded for it.
Score ScoreItem(const Item& it, const std::vector<Key>& want, const std::vector<Key>& got) {
  Score sc;
  // Like the development scorer: a prediction with one country on both sides counts only if
  // it matches (a domestic event the corpus lists).
  std::vector<Key> scored;
  for (const Key& g : got) {
    bool dyadic = g.src != g.tgt;
    bool matches = false;
    for (const Key& w : want) matches = matches || Compatible(w, g);
    if (dyadic || matches) scored.push_back(g);
  }
  int exact = 0;
  int m = Match(want, scored, &exact);
  sc.expected += static_cast<int>(want.size());
  sc.predicted += static_cast<int>(scored.size());
  sc.matched += m;
  sc.exact_code += exact;
  ++sc.items;
  if (m == static_cast<int>(want.size()) && m == static_cast<int>(scored.size())) {
    ++sc.items_right;
  } else {
    sc.misses += "  " + it.id + " want" + Show(want) + " | got" + Show(scored) + " | " + it.text.substr(0, 150) + "\n";
  }
  return sc;
}

Score ScoreItems(const std::vector<Item>& items) {
  Score sc;
  for (const Item& it : items) sc.Add(ScoreItem(it, Expected(it), Predict(it)));
  return sc;
}

Score ScoreCorpus(const std::string& name) { return ScoreItems(ReadCorpus(std::string(DETENTE_TEST_CORPUS) + "/" + name)); }

void Report(const std::string& name, const Score& sc) {
  std::printf("%s: %d items, %d right; precision %.3f recall %.3f (%d of %d expected, %d predicted); exact code %.3f\n",
              name.c_str(), sc.items, sc.items_right, sc.precision(), sc.recall(), sc.matched, sc.expected, sc.predicted,
              sc.matched ? static_cast<double>(sc.exact_code) / sc.matched : 0.0);
  if (std::getenv("DETENTE_CORPUS_VERBOSE")) std::printf("%s", sc.misses.c_str());
}

TEST(Corpus, Chinese) {
  Score sc = ScoreCorpus("zh.jsonl");
  Report("zh.jsonl", sc);
  EXPECT_GE(sc.items, 300);
  EXPECT_GE(sc.precision(), 0.92) << sc.misses;
  EXPECT_GE(sc.recall(), 0.82) << sc.misses;
}

TEST(Corpus, English) {
  Score sc = ScoreCorpus("en.jsonl");
  Report("en.jsonl", sc);
  EXPECT_GE(sc.items, 300);
  EXPECT_GE(sc.precision(), 0.92) << sc.misses;
  EXPECT_GE(sc.recall(), 0.85) << sc.misses;
}

// The (source, target, root, date) set of a list of keys. A symmetric key (a joint act of the
// pair) stands for the act each way, so 美中同意降低关税 and "each agreed to cut tariffs" agree.
std::set<std::string> RootSet(const std::vector<Key>& keys) {
  std::set<std::string> out;
  for (const Key& k : keys) {
    const Date first = DayDate(k.first), last = DayDate(k.last);
    std::string date = first.ToString();
    if (k.first != k.last) date = first.month == last.month ? date.substr(0, 7) : date.substr(0, 4);
    const std::string tail = ":" + k.code.substr(0, 2) + "@" + date;
    out.insert(k.src + ">" + k.tgt + tail);
    if (k.symmetric) out.insert(k.tgt + ">" + k.src + tail);
  }
  return out;
}

std::string ShowSet(const std::set<std::string>& s) {
  std::string out;
  for (const std::string& k : s) out += " " + k;
  return out;
}

// An English article and a Chinese one reporting the same events code to the same (source,
// target, root, date) set: each side is scored against the pair's expectation, and the pairs
// whose two sides both code to exactly its set are counted.
TEST(Corpus, ChineseAndEnglishArticlesAgree) {
  Score zh, en;
  int both_exact = 0, same_set = 0, pairs = 0;
  std::string set_misses;
  std::ifstream in(std::string(DETENTE_TEST_CORPUS) + "/pairs.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto j = ParseJson(line);
    ASSERT_TRUE(j.ok()) << j.status().message();
    ++pairs;
    Item it;
    for (const JsonValue& v : j->Find("expect")->items()) it.expect.push_back(v.str());
    const std::vector<Key> want = Expected(it);
    const std::set<std::string> want_set = RootSet(want);
    std::set<std::string> sets[2];
    int side = 0;
    for (auto [lang, score] : {std::pair{"zh", &zh}, {"en", &en}}) {
      it.id = j->Find("id")->str() + "/" + lang;
      it.date = j->Find("date")->str();
      it.text = j->Find(lang)->str();
      const std::vector<Key> got = Predict(it);
      score->Add(ScoreItem(it, want, got));
      std::vector<Key> dyadic;
      for (const Key& k : got)
        if (k.src != k.tgt) dyadic.push_back(k);
      sets[side++] = RootSet(dyadic);
    }
    same_set += sets[0] == sets[1];
    both_exact += sets[0] == want_set && sets[1] == want_set;
    if (sets[0] != want_set || sets[1] != want_set)
      set_misses += "  " + j->Find("id")->str() + " want" + ShowSet(want_set) + "\n    zh" + ShowSet(sets[0]) + "\n    en" +
                    ShowSet(sets[1]) + "\n";
  }
  Report("pairs.jsonl (zh)", zh);
  Report("pairs.jsonl (en)", en);
  std::printf("pairs.jsonl: %d of %d pairs code to the same (source, target, root, date) set in both languages, "
              "%d of them to exactly the expected set\n",
              same_set, pairs, both_exact);
  if (std::getenv("DETENTE_CORPUS_VERBOSE")) std::printf("%s", set_misses.c_str());
  EXPECT_GE(pairs, 6);
  EXPECT_GE(zh.recall(), 0.85) << zh.misses;
  EXPECT_GE(en.recall(), 0.85) << en.misses;
  EXPECT_GE(same_set, 7) << set_misses;
  EXPECT_GE(both_exact, 6) << set_misses;
}

// The Traditional items, converted to Simplified by OpenCC (an independent converter), code to
// the same events as the originals.
TEST(Corpus, TraditionalAndSimplifiedCodeAlike) {
  std::map<std::string, Item> originals;
  for (Item& it : ReadCorpus(std::string(DETENTE_TEST_CORPUS) + "/zh.jsonl")) originals[it.id] = std::move(it);
  int compared = 0;
  std::string failures;
  for (const Item& s : ReadCorpus(std::string(DETENTE_TEST_CORPUS) + "/zh-hant.simplified.jsonl")) {
    auto it = originals.find(s.id);
    ASSERT_NE(it, originals.end()) << s.id << " is not in zh.jsonl (regenerate with scripts/gen_corpus_simplified.sh)";
    ASSERT_EQ(it->second.lang, "zh-Hant") << s.id;
    ++compared;
    Item simplified = it->second;
    simplified.text = s.text;
    std::string a = Show(Predict(it->second)), b = Show(Predict(simplified));
    if (a != b) failures += s.id + ":" + a + " | simplified:" + b + "\n   " + it->second.text + "\n";
  }
  EXPECT_GE(compared, 100);
  EXPECT_TRUE(failures.empty()) << failures;
}

}  // namespace
}  // namespace detente
