// detente ingest, events, recode, demo: the SQLite store from the command line.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "cli_common.h"
#include "cmd_analysis.h"
#include "commands.h"
#include "detente/store.h"
#include "text/reader.h"

namespace detente::cli {

namespace {

// Codes and stores `inputs` in batches of `batch` documents, one transaction each.
int Ingest(const std::string& cmd, const Engine& engine, Store& store, const std::vector<std::string>& inputs,
           const ReadOptions& ropt, size_t batch, IngestStats* total) {
  std::vector<Document> docs;
  std::vector<std::vector<Event>> events;
  std::vector<Status> skipped;
  auto flush = [&]() -> Status {
    if (docs.empty()) return Status::Ok();
    auto st = store.Put(docs, events, engine.lexicon_version());
    if (!st.ok()) return st.status();
    total->documents_new += st->documents_new;
    total->documents_replaced += st->documents_replaced;
    total->documents_unchanged += st->documents_unchanged;
    total->events_written += st->events_written;
    docs.clear();
    events.clear();
    return Status::Ok();
  };
  for (const std::string& in : inputs) {
    Status st = ForEachDocument(in, ropt, [&](Document&& doc) -> Status {
      auto coded = engine.Code(doc, CodeOptions{true});
      if (!coded.ok()) {
        if (!ropt.keep_going) return coded.status();
        skipped.push_back(coded.status());
        return Status::Ok();
      }
      if (doc.date.empty() && coded->publication_date_inferred) doc.date = coded->publication_date;
      docs.push_back(std::move(doc));
      events.push_back(std::move(coded->events));
      if (docs.size() >= batch) return flush();
      return Status::Ok();
    }, &skipped);
    if (!st.ok()) {
      // Whole batches already committed stay; the partial batch is not written.
      Fail(cmd, st.message());
      return 1;
    }
  }
  Status st = flush();
  if (!st.ok()) return Fail(cmd, st.message());
  for (const Status& s : skipped) std::cerr << "detente " << cmd << ": skipped: " << s.message() << "\n";
  return 0;
}

void PrintDyadSummary(const std::vector<Event>& events, std::ostream& out) {
  struct Row {
    int n = 0;
    double goldstein = 0;
    int quad[5] = {0, 0, 0, 0, 0};
    std::string first, last;
  };
  std::map<std::pair<std::string, std::string>, Row> rows;
  for (const Event& e : events) {
    if (e.source.country.empty() || e.target.country.empty() || e.source.country == e.target.country) continue;
    Row& r = rows[{e.source.country, e.target.country}];
    ++r.n;
    r.goldstein += e.goldstein;
    if (e.quad >= 1 && e.quad <= 4) ++r.quad[e.quad];
    std::string d = e.date.ToString();
    if (!d.empty() && (r.first.empty() || d < r.first)) r.first = d;
    if (!d.empty() && d > r.last) r.last = d;
  }
  std::vector<std::pair<std::pair<std::string, std::string>, Row>> sorted(rows.begin(), rows.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second.n > b.second.n; });
  out << "Dyad        events  goldstein  mean   VC  MC  VK  MK  first..last\n";
  for (const auto& [k, r] : sorted) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%s -> %s  %6d  %9.1f  %5.2f  %3d %3d %3d %3d  %s..%s\n", k.first.c_str(),
                  k.second.c_str(), r.n, r.goldstein, r.goldstein / r.n, r.quad[1], r.quad[2], r.quad[3], r.quad[4],
                  r.first.c_str(), r.last.c_str());
    out << buf;
  }
  out << "(VC verbal cooperation, MC material cooperation, VK verbal conflict, MK material conflict)\n";
}

}  // namespace

int RunIngest(const std::vector<std::string>& argv) {
  auto args = Args::Parse(argv, {"db", "data", "date", "batch"}, {"keep-going"});
  if (!args.ok()) return Fail("ingest", args.status().message(), 2);
  if (args->positional().empty()) return Fail("ingest", "no input files (use - for standard input)", 2);
  ReadOptions ropt;
  ropt.keep_going = args->Has("keep-going");
  ropt.date = args->Get("date");
  auto batch_flag = args->GetNumber("batch", 500, 1, 1e7);
  if (!batch_flag.ok()) return Fail("ingest", batch_flag.status().message(), 2);
  const size_t batch = static_cast<size_t>(*batch_flag);
  auto engine = LoadEngine(*args);
  if (!engine.ok()) return Fail("ingest", engine.status().ToString());
  auto store = Store::Open(args->Get("db"));
  if (!store.ok()) return Fail("ingest", store.status().message());
  IngestStats total;
  int rc = Ingest("ingest", *engine, **store, args->positional(), ropt, batch, &total);
  std::cerr << "detente ingest: " << total.documents_new << " new, " << total.documents_replaced << " replaced, "
            << total.documents_unchanged << " unchanged documents; " << total.events_written << " events written\n";
  return rc;
}

int RunEvents(const std::vector<std::string>& argv) {
  auto args = Args::Parse(argv, {"db", "dyad", "country", "from", "to", "root", "format", "min-confidence"},
                          {"all", "directed", "explain"});
  if (!args.ok()) return Fail("events", args.status().message(), 2);
  EventQuery q;
  auto min_confidence = args->GetNumber("min-confidence", 0.0, 0.0, 1.0);
  if (!min_confidence.ok()) return Fail("events", min_confidence.status().message(), 2);
  q.min_confidence = *min_confidence;
  if (args->Has("dyad")) {
    std::string d = args->Get("dyad");
    for (char& c : d) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    size_t colon = d.find(':');
    if (colon == std::string::npos || colon != 3 || d.size() != 7)
      return Fail("events", "--dyad takes two country codes, e.g. USA:COL (--country USA for one)", 2);
    q.a = d.substr(0, 3);
    q.b = d.substr(4);
  }
  if (args->Has("country")) {
    if (args->Has("dyad")) return Fail("events", "--country and --dyad exclude each other", 2);
    q.a = args->Get("country");
    for (char& c : q.a) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (q.a.size() != 3) return Fail("events", "--country takes a country code, e.g. USA", 2);
  }
  for (const char* f : {"from", "to"}) {
    if (!args->Has(f)) continue;
    Date d;
    if (!Date::Parse(args->Get(f), &d)) return Fail("events", std::string("--") + f + " must be YYYY[-MM[-DD]]", 2);
    (std::string(f) == "from" ? q.from : q.to) = std::string(f) == "from" ? d.First() : d.Last();
  }
  q.root = args->Get("root");
  if (!q.root.empty() && (q.root.size() != 2 || q.root.find_first_not_of("0123456789") != std::string::npos))
    return Fail("events", "--root takes a two-digit CAMEO root, e.g. 16", 2);
  q.directed = args->Has("directed");
  q.include_all_moods = args->Has("all");
  EventFormat format;
  if (!ParseEventFormat(args->Get("format", "jsonl"), &format))
    return Fail("events", "--format must be jsonl, csv or gdelt", 2);
  if (!std::filesystem::exists(args->Get("db"))) return Fail("events", args->Get("db") + ": no such database", 1);
  auto store = Store::Open(args->Get("db"));
  if (!store.ok()) return Fail("events", store.status().message());
  auto events = (*store)->QueryEvents(q);
  if (!events.ok()) return Fail("events", events.status().message());
  EventWriter writer(std::cout, format, args->Has("explain"));
  for (const Event& e : *events) writer.Write(e);
  return 0;
}

int RunRecode(const std::vector<std::string>& argv) {
  auto args = Args::Parse(argv, {"db", "data"}, {});
  if (!args.ok()) return Fail("recode", args.status().message(), 2);
  auto engine = LoadEngine(*args);
  if (!engine.ok()) return Fail("recode", engine.status().ToString());
  if (!std::filesystem::exists(args->Get("db"))) return Fail("recode", args->Get("db") + ": no such database", 1);
  auto store = Store::Open(args->Get("db"));
  if (!store.ok()) return Fail("recode", store.status().message());
  auto docs = (*store)->Documents(engine->lexicon_version());
  if (!docs.ok()) return Fail("recode", docs.status().message());
  int recoded = 0, events = 0;
  std::vector<Document> batch;
  std::vector<std::vector<Event>> batch_events;
  auto flush = [&]() -> Status {
    if (batch.empty()) return Status::Ok();
    auto st = (*store)->Put(batch, batch_events, engine->lexicon_version(), /*replace_unchanged=*/true);
    batch.clear();
    batch_events.clear();
    return st.ok() ? Status::Ok() : st.status();
  };
  for (StoredDocument& sd : *docs) {
    auto coded = engine->Code(sd.doc, CodeOptions{true});
    if (!coded.ok()) {
      std::cerr << "detente recode: " << coded.status().message() << "\n";
      continue;
    }
    events += static_cast<int>(coded->events.size());
    ++recoded;
    batch.push_back(sd.doc);
    batch_events.push_back(std::move(coded->events));
    if (batch.size() >= 500) {
      Status st = flush();
      if (!st.ok()) return Fail("recode", st.message());
    }
  }
  Status st = flush();
  if (!st.ok()) return Fail("recode", st.message());
  std::cerr << "detente recode: " << recoded << " documents re-coded with lexicon " << engine->lexicon_version() << ", "
            << events << " events\n";
  return 0;
}

int RunDemo(const std::vector<std::string>& argv) {
  auto args = Args::Parse(argv, {"db", "data"}, {"quiet"});
  if (!args.ok()) return Fail("demo", args.status().message(), 2);
  auto engine = LoadEngine(*args);
  if (!engine.ok()) return Fail("demo", engine.status().ToString());
  std::string db = args->Get("db", "detente-demo.db");
  std::vector<std::string> inputs;
  std::string corpus = engine->data_dir() + "/corpus";
  std::error_code ec;
  for (const auto& ent : std::filesystem::directory_iterator(corpus, ec))
    if (ent.path().extension() == ".jsonl") inputs.push_back(ent.path().string());
  if (inputs.empty()) return Fail("demo", corpus + ": no example corpus (*.jsonl) found");
  std::sort(inputs.begin(), inputs.end());
  auto store = Store::Open(db);
  if (!store.ok()) return Fail("demo", store.status().message());
  IngestStats total;
  int rc = Ingest("demo", *engine, **store, inputs, ReadOptions{}, 500, &total);
  if (rc != 0) return rc;
  auto events = (*store)->QueryEvents(EventQuery{});
  if (!events.ok()) return Fail("demo", events.status().message());
  std::cout << "Coded " << inputs.size() << " corpus file(s) into " << db << " (lexicon " << engine->lexicon_version()
            << "): " << total.documents_new << " new, " << total.documents_replaced << " replaced, "
            << total.documents_unchanged << " unchanged documents; " << events->size() << " asserted events stored.\n\n";
  PrintDyadSummary(*events, std::cout);
  std::cout << "\n";
  PrintRelationSummary(*events, 3, std::cout);
  std::cout << "\nEvents:\n";
  for (const Event& e : *events) {
    std::cout << "  " << std::left << std::setw(10) << e.date.ToString() << " " << std::setw(9) << e.source.code
              << (e.symmetric ? "<>" : "> ") << std::setw(5) << e.code << " " << std::setw(9) << e.target.code << "  "
              << e.trigger << "  (" << e.doc << ")\n";
  }
  return 0;
}

}  // namespace detente::cli
