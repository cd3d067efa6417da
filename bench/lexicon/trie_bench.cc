// Trie matching throughput: every key at every position of a Chinese text, as the coder does.
#include <benchmark/benchmark.h>

#include <random>

#include "lexicon/trie.h"

namespace detente {
namespace {

void BM_TriePrefixes(benchmark::State& state) {
  std::mt19937 rng(1);
  Trie::Builder b;
  for (uint32_t i = 0; i < static_cast<uint32_t>(state.range(0)); ++i) {
    std::u32string k;
    int len = 2 + static_cast<int>(rng() % 4);
    for (int j = 0; j < len; ++j) k.push_back(static_cast<char32_t>(0x4E00 + rng() % 3000));
    b.Add(k, i);
  }
  Trie t = b.Build();
  std::u32string text;
  for (int i = 0; i < 100000; ++i) text.push_back(static_cast<char32_t>(0x4E00 + rng() % 3000));
  for (auto _ : state) {
    uint64_t hits = 0;
    for (size_t pos = 0; pos < text.size(); ++pos) t.ForEachPrefix(text, pos, [&](size_t, uint32_t v) { hits += v; });
    benchmark::DoNotOptimize(hits);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size() * 3));
}
BENCHMARK(BM_TriePrefixes)->Arg(10000)->Arg(100000);

}  // namespace
}  // namespace detente
