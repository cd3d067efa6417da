// Coding throughput on the production dictionaries for a Chinese and an English sentence.
#include <benchmark/benchmark.h>

#include "detente/detente.h"

namespace detente {
namespace {

const Engine& Production() {
  static const Engine* e = new Engine(std::move(*Engine::Load("")));
  return *e;
}

void Run(benchmark::State& state, const std::string& text) {
  Document d;
  d.id = "b";
  d.date = "2026-01-08";
  d.text = text;
  for (auto _ : state) {
    auto r = Production().Code(d);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

void BM_CodeChineseSentence(benchmark::State& state) {
  Run(state, "去年10月，美国财政部与国务院推出对哥伦比亚总统佩特罗及其相关人员的制裁。");
}
void BM_CodeEnglishSentence(benchmark::State& state) {
  Run(state, "The US Treasury imposed sanctions on Colombian President Gustavo Petro on Friday.");
}
BENCHMARK(BM_CodeChineseSentence);
BENCHMARK(BM_CodeEnglishSentence);

}  // namespace
}  // namespace detente
