// detente code, check-data: coding documents to events on standard output.
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "lexicon/lexicon.h"
#include "text/reader.h"

namespace detente::cli {

int Fail(const std::string& cmd, const std::string& message, int code) {
  std::cerr << "detente " << cmd << ": " << message << "\n";
  return code;
}

Result<Engine> LoadEngine(const Args& args) { return Engine::Load(args.Get("data")); }

void EventWriter::Write(const Event& e, const std::string& url, const std::string& date_added) {
  if (explain_) {
    out_ << ExplainEvent(e) << "\n";
    return;
  }
  switch (format_) {
    case EventFormat::kJsonl: out_ << EventToJson(e) << "\n"; break;
    case EventFormat::kCsv:
      if (!header_done_) out_ << CsvHeader() << "\n";
      header_done_ = true;
      out_ << EventToCsv(e) << "\n";
      break;
    case EventFormat::kGdelt: out_ << EventToGdelt(e, ++number_, url, date_added) << "\n"; break;
  }
}

int RunCode(const std::vector<std::string>& argv) {
  auto args = Args::Parse(argv, {"format", "date", "data", "max-bytes"}, {"all", "explain", "keep-going"});
  if (!args.ok()) return Fail("code", args.status().message(), 2);
  EventFormat format;
  if (!ParseEventFormat(args->Get("format", "jsonl"), &format))
    return Fail("code", "--format must be jsonl, csv or gdelt", 2);
  ReadOptions ropt;
  ropt.keep_going = args->Has("keep-going");
  ropt.date = args->Get("date");
  if (!ropt.date.empty()) {
    Date d;
    if (!Date::Parse(ropt.date, &d) || d.precision != DatePrecision::kDay)
      return Fail("code", "--date must be YYYY-MM-DD, got \"" + ropt.date + "\"", 2);
  }
  if (args->Has("max-bytes")) ropt.max_document_bytes = std::stoul(args->Get("max-bytes"));
  auto engine = LoadEngine(*args);
  if (!engine.ok()) return Fail("code", engine.status().ToString());
  CodeOptions copt;
  copt.all_moods = args->Has("all");
  EventWriter writer(std::cout, format, args->Has("explain"));
  std::vector<std::string> inputs = args->positional();
  if (inputs.empty()) inputs.push_back("-");
  std::vector<Status> skipped;
  int docs = 0, events = 0;
  for (const std::string& in : inputs) {
    Status st = ForEachDocument(in, ropt, [&](Document&& doc) -> Status {
      auto coded = engine->Code(doc, copt);
      if (!coded.ok()) {
        if (!ropt.keep_going) return coded.status();
        skipped.push_back(coded.status());
        return Status::Ok();
      }
      ++docs;
      for (const std::string& note : coded->notes) std::cerr << "detente code: " << doc.id << ": " << note << "\n";
      for (const Event& e : coded->events) {
        writer.Write(e, doc.url, coded->publication_date);
        ++events;
      }
      return Status::Ok();
    }, &skipped);
    if (!st.ok()) return Fail("code", st.message());
  }
  for (const Status& s : skipped) std::cerr << "detente code: skipped: " << s.message() << "\n";
  std::cerr << "detente code: " << docs << " documents, " << events << " events";
  if (!skipped.empty()) std::cerr << ", " << skipped.size() << " records skipped";
  std::cerr << "\n";
  return 0;
}

int RunCheckData(const std::vector<std::string>& argv) {
  auto args = Args::Parse(argv, {"data"}, {});
  if (!args.ok()) return Fail("check-data", args.status().message(), 2);
  auto engine = LoadEngine(*args);
  if (!engine.ok()) return Fail("check-data", engine.status().ToString());
  const Lexicon& lex = engine->lexicon();
  size_t zh = 0, en = 0, persons = 0;
  for (const Pattern& p : lex.patterns()) (p.lang == Lang::kZh ? zh : en)++;
  for (const ActorEntry& a : lex.actors()) persons += a.person;
  std::cout << "data folder:     " << engine->data_dir() << "\n"
            << "lexicon version: " << engine->lexicon_version() << "\n"
            << "CAMEO codes:     " << lex.cameo().codes().size() << "\n"
            << "actor entries:   " << lex.actors().size() << " (" << persons << " dated office-holders)\n"
            << "role nouns:      " << lex.roles().size() << "\n"
            << "patterns:        " << zh << " Chinese, " << en << " English\n"
            << "trie keys:       " << lex.trie().num_keys() << " (" << lex.trie().memory_bytes() / 1024 << " KiB)\n"
            << "load time:       " << engine->load_seconds() << " s\n";
  return 0;
}

}  // namespace detente::cli
