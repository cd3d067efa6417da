// detente bench: coding throughput (sentences/s, documents/s, MB/s) per language, dictionary
// load time and peak memory, with the host and compiler so figures can be compared.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "text/reader.h"
#include "text/segment.h"
#include "text/utf8.h"

namespace detente::cli {

namespace {

double PeakMiB() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

struct Corpus {
  std::string name;
  std::vector<Document> docs;
};

void Measure(const Engine& engine, const Corpus& c, double min_seconds) {
  if (c.docs.empty()) {
    std::cout << c.name << ": no documents\n";
    return;
  }
  size_t bytes = 0;
  for (const auto& d : c.docs) bytes += d.text.size();
  long docs = 0, sentences = 0, events = 0;
  double total_bytes = 0;
  auto start = std::chrono::steady_clock::now();
  double elapsed = 0;
  int rounds = 0;
  do {
    for (const auto& d : c.docs) {
      auto r = engine.Code(d);
      if (!r.ok()) continue;
      ++docs;
      sentences += r->sentences;
      events += static_cast<long>(r->events.size());
    }
    total_bytes += static_cast<double>(bytes);
    ++rounds;
    elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  } while (elapsed < min_seconds);
  std::printf("%-8s %6zu docs x %3d rounds  %10.0f sentences/s  %8.0f documents/s  %6.2f MB/s  (%ld events/round)\n",
              c.name.c_str(), c.docs.size(), rounds, sentences / elapsed, docs / elapsed, total_bytes / elapsed / 1e6,
              events / rounds);
}

}  // namespace

int RunBench(const std::vector<std::string>& argv) {
  auto args = Args::Parse(argv, {"data", "seconds"}, {});
  if (!args.ok()) return Fail("bench", args.status().message(), 2);
  auto seconds_flag = args->GetNumber("seconds", 3, 0, 3600);
  if (!seconds_flag.ok()) return Fail("bench", seconds_flag.status().message(), 2);
  const double seconds = *seconds_flag;
  auto engine = LoadEngine(*args);
  if (!engine.ok()) return Fail("bench", engine.status().ToString());
  char host[256] = "?";
  gethostname(host, sizeof host - 1);
  std::time_t now = std::time(nullptr);
  char when[32];
  std::strftime(when, sizeof when, "%Y-%m-%d %H:%M", std::gmtime(&now));
  std::printf("detente bench  %s UTC  host %s  compiler %s  one thread\n", when, host, __VERSION__);
  std::printf("dictionaries: %zu keys, %zu patterns, loaded in %.3f s\n", engine->dictionary_keys(),
              engine->pattern_count(), engine->load_seconds());
  // The documents to code: the files given, else the bundled example corpus. Each document
  // goes to the corpus of its language (its "lang", else the language most of its text is in).
  Corpus zh{"zh", {}}, en{"en", {}};
  std::vector<std::string> inputs = args->positional();
  if (inputs.empty()) {
    std::error_code ec;
    for (const auto& ent : std::filesystem::directory_iterator(engine->data_dir() + "/corpus", ec))
      if (ent.path().extension() == ".jsonl") inputs.push_back(ent.path().string());
    std::sort(inputs.begin(), inputs.end());
  }
  ReadOptions ropt;
  ropt.keep_going = true;
  for (const std::string& in : inputs) {
    Status st = ForEachDocument(in, ropt, [&](Document&& d) {
      bool is_en = d.lang.empty() ? DetectLang(ToUtf32(d.text)) == Lang::kEn : d.lang.rfind("en", 0) == 0;
      (is_en ? en : zh).docs.push_back(std::move(d));
      return Status::Ok();
    }, nullptr);
    if (!st.ok()) return Fail("bench", st.message());
  }
  Measure(*engine, zh, seconds);
  Measure(*engine, en, seconds);
  std::printf("peak memory: %.1f MiB\n", PeakMiB());
  return 0;
}

}  // namespace detente::cli
