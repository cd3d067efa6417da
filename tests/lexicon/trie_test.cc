#include "lexicon/trie.h"

#include <gtest/gtest.h>

#include <random>

#include "text/utf8.h"

namespace detente {
namespace {

// The obviously correct matcher the trie must agree with: compare every key at every position.
std::vector<std::pair<size_t, uint32_t>> NaivePrefixes(const std::vector<std::u32string>& keys,
                                                       std::u32string_view text, size_t pos) {
  std::vector<std::pair<size_t, uint32_t>> out;
  for (uint32_t i = 0; i < keys.size(); ++i)
    if (text.substr(pos, keys[i].size()) == keys[i]) out.push_back({keys[i].size(), i});
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Trie, AgreesWithNaiveMatcherOnRandomText) {
  std::mt19937 rng(7);
  const std::u32string alphabet = U"美国哥伦比亚制裁召回大使abc 𠀀";
  std::vector<std::u32string> keys;
  Trie::Builder b;
  for (int i = 0; i < 400; ++i) {
    std::u32string k;
    int len = 1 + static_cast<int>(rng() % 5);
    for (int j = 0; j < len; ++j) k.push_back(alphabet[rng() % alphabet.size()]);
    if (b.Add(k, static_cast<uint32_t>(keys.size()))) keys.push_back(k);
  }
  Trie t = b.Build();
  EXPECT_EQ(t.num_keys(), keys.size());
  std::u32string text;
  for (int i = 0; i < 3000; ++i) text.push_back(alphabet[rng() % alphabet.size()]);
  for (size_t pos = 0; pos < text.size(); ++pos) {
    std::vector<std::pair<size_t, uint32_t>> got;
    t.ForEachPrefix(text, pos, [&](size_t len, uint32_t v) { got.push_back({len, v}); });
    std::sort(got.begin(), got.end());
    ASSERT_EQ(got, NaivePrefixes(keys, text, pos)) << "at position " << pos;
  }
}

TEST(Trie, DuplicateKeysKeepTheFirstValue) {
  Trie::Builder b;
  EXPECT_TRUE(b.Add(U"制裁", 1));
  EXPECT_FALSE(b.Add(U"制裁", 2));
  EXPECT_FALSE(b.Add(U"", 3));
  Trie t = b.Build();
  EXPECT_EQ(t.Find(U"制裁"), 1u);
  EXPECT_EQ(t.Find(U"制"), Trie::kNoValue);
  EXPECT_EQ(t.Find(U"制裁令"), Trie::kNoValue);
}

TEST(Trie, EmptyTrieMatchesNothing) {
  Trie t = Trie::Builder().Build();
  int calls = 0;
  t.ForEachPrefix(U"abc", 0, [&](size_t, uint32_t) { ++calls; });
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace detente
