// detente: code news text into CAMEO events, store them, and measure bilateral relations.
#include <iostream>
#include <map>
#include <string>
#include <vector>


#include "cmd_analysis.h"
#include "commands.h"

namespace {

const char* kUsage = R"(usage: detente COMMAND [ARGS]

Coding
  code [FILE...]           code documents (JSONL, plain text, or stdin) to events on stdout
                           --format jsonl|csv|gdelt  --orgs  --all  --explain  --keep-going  --date D  --assume-day
                           --skipped (each pattern match that coded no event, and why, on stderr)
                           --min-confidence X (events the model gives at least X, 0..1)
                           --features (each event's confidence features, for training)
  check-data               load and validate the dictionaries, print their sizes
  tokens [FILE...]         show how the dictionaries segment each sentence
  bench [FILE...]          measure coding throughput, load time and peak memory (default: the example corpus)

Store (SQLite)
  ingest --db FILE INPUT...  code and store documents (one transaction per batch)
  events --db FILE         query stored events: --dyad USA:COL or --country USA, --from D --to D --root 16
                           --format jsonl|csv|gdelt --all --min-confidence X
  recode --db FILE         re-code documents coded with an older dictionary version
  import-gdelt --db FILE EXPORT...   load GDELT 1.0/2.0 event exports: --dyad A:B --country A --keep-going

Relations (README.md, "Relations")
  relation --db FILE A B   dyad series, relation index, channels, floor, turning points:
                           --freq month|quarter|year --from D --to D --direction both|ab|ba
                           --indicators FILE --params FILE --coverage --json
                           --min-confidence X (also forecast, backtest --db, plot: the surer events only)
  forecast --db FILE A B   forecast fan and scenario: --horizon 12 --scenario FILE --measure index|mean
                           --seed N --paths N --json
  backtest                 rolling-origin backtest: --db FILE A B | --counts FILE; --horizon 1
                           --min-train 24 --measure index|mean --json
  plot --db FILE A B -o F.svg   chart of the index, bands, floor, turning points and forecast fan
  (index parameters: --scale --volume-ref --damp-top --damp-bottom --initial X|auto --rupture --top)

  demo [--db FILE]         code the bundled example corpus, store it, print a summary

Common options: --data DIR (dictionary folder; default $DETENTE_DATA or the built-in one)
)";

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  std::string cmd = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  using Fn = int (*)(const std::vector<std::string>&);
  const std::map<std::string, Fn> commands = {
      {"code", detente::cli::RunCode},
      {"ingest", detente::cli::RunIngest},
      {"events", detente::cli::RunEvents},
      {"recode", detente::cli::RunRecode},
      {"demo", detente::cli::RunDemo},
      {"bench", detente::cli::RunBench},
      {"check-data", detente::cli::RunCheckData},
      {"tokens", detente::cli::RunTokens},
      {"relation", detente::cli::RunRelation},
      {"forecast", detente::cli::RunForecast},
      {"backtest", detente::cli::RunBacktest},
      {"plot", detente::cli::RunPlot},
      {"import-gdelt", detente::cli::RunImportGdelt},
  };
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (cmd == "version" || cmd == "--version") {
    std::cout << "detente 0.1.0\n";
    return 0;
  }
  auto it = commands.find(cmd);
  if (it == commands.end()) {
    std::cerr << "detente: unknown command \"" << cmd << "\"\n" << kUsage;
    return 2;
  }
  for (const std::string& a : args)
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    }
  return it->second(args);
}
