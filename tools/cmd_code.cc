// detente code, check-data: coding documents to events on standard output.
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "common/json.h"
#include "events/confidence.h"
#include "events/format.h"
#include "extract/mentions.h"
#include "lexicon/lexicon.h"
#include "text/reader.h"
#include "text/segment.h"
#include "text/utf8.h"

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
  auto args = Args::Parse(argv, {"format", "date", "data", "max-bytes", "min-confidence"},
                          {"all", "orgs", "explain", "keep-going", "assume-day", "skipped", "features"});
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
  auto max_bytes = args->GetNumber("max-bytes", static_cast<double>(ropt.max_document_bytes), 1, 1e10);
  if (!max_bytes.ok()) return Fail("code", max_bytes.status().message(), 2);
  ropt.max_document_bytes = static_cast<size_t>(*max_bytes);
  auto min_confidence = args->GetNumber("min-confidence", 0.0, 0.0, 1.0);
  if (!min_confidence.ok()) return Fail("code", min_confidence.status().message(), 2);
  // The features the confidence model saw, on each JSON line (for scripts/train_confidence.py).
  const bool features = args->Has("features");
  if (features && (format != EventFormat::kJsonl || args->Has("explain")))
    return Fail("code", "--features needs the jsonl format", 2);
  auto engine = LoadEngine(*args);
  if (!engine.ok()) return Fail("code", engine.status().ToString());
  CodeOptions copt;
  copt.all_moods = args->Has("all");
  copt.assume_day = args->Has("assume-day");
  copt.skipped = args->Has("skipped");
  // The default view is the state dyads Detente measures; an organisation (the UN, the EU) on
  // either side is shown on request.
  const bool organisations = args->Has("orgs") || args->Has("all");
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
      // (on standard error, so that the events on standard output stay one stream)
      for (const SkippedMatch& m : coded->skipped)
        std::cerr << "detente code: " << doc.id << ": sentence " << m.sentence + 1 << ": skipped \"" << m.trigger
                  << "\" (" << m.rule << "): " << m.reason << "\n";
      std::vector<std::vector<std::string>> feats;
      if (features) feats = ConfidenceFeatures(coded->events);
      for (size_t i = 0; i < coded->events.size(); ++i) {
        const Event& e = coded->events[i];
        if (!organisations && (e.source.country.empty() || e.target.country.empty())) continue;
        if (*min_confidence > 0 && e.confidence < *min_confidence) continue;  // as EventQuery does
        if (features) {
          std::string line = EventToJson(e);
          line.pop_back();
          line += ",\"features\":[";
          for (size_t k = 0; k < feats[i].size(); ++k) {
            if (k) line.push_back(',');
            AppendJsonString(&line, feats[i][k]);
          }
          std::cout << line << "]}\n";
        } else {
          writer.Write(e, doc.url, coded->publication_date);
        }
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

// detente tokens: how the dictionaries segment each sentence, for dictionary authors.
int RunTokens(const std::vector<std::string>& argv) {
  auto args = Args::Parse(argv, {"data", "date"}, {});
  if (!args.ok()) return Fail("tokens", args.status().message(), 2);
  auto engine = LoadEngine(*args);
  if (!engine.ok()) return Fail("tokens", engine.status().ToString());
  const Lexicon& lex = engine->lexicon();
  std::vector<std::string> inputs = args->positional();
  if (inputs.empty()) inputs.push_back("-");
  ReadOptions ropt;
  ropt.date = args->Get("date");
  for (const std::string& in : inputs) {
    Status st = ForEachDocument(in, ropt, [&](Document&& doc) -> Status {
      std::u32string orig = ToUtf32(doc.text), norm = lex.normalizer().Fold(orig);
      for (const Sentence& s : SplitSentences(orig, norm, lex.abbreviations())) {
        std::cout << (s.lang == Lang::kZh ? "zh" : "en") << " " << ToUtf8(orig.substr(s.begin, s.end - s.begin)) << "\n";
        std::vector<Token> toks;
        ScanTokens(lex, norm, orig, s.begin, s.end, s.lang, &toks);
        for (const Token& t : toks) {
          std::cout << "   " << ToUtf8(orig.substr(t.begin, t.end - t.begin)) << " :";
          for (const Item& it : lex.Items(t.list)) {
            if (it.lang != s.lang) continue;
            switch (it.kind) {
              case ItemKind::kActor: std::cout << " actor=" << lex.actors()[it.index].code; break;
              case ItemKind::kRole: std::cout << " role=" << lex.roles()[it.index].role; break;
              case ItemKind::kDyad: std::cout << " dyad=" << lex.dyads()[it.index].a << "+" << lex.dyads()[it.index].b; break;
              case ItemKind::kMarker: std::cout << " " << MarkerName(it.marker); break;
              case ItemKind::kPattern: std::cout << " pattern=" << lex.patterns()[it.index].where; break;
              case ItemKind::kTimeWord: std::cout << " time=" << lex.time_words()[it.index].where; break;
              case ItemKind::kPeriod: std::cout << " period=" << lex.periods()[it.index].name; break;
            }
          }
          std::cout << "\n";
        }
      }
      return Status::Ok();
    }, nullptr);
    if (!st.ok()) return Fail("tokens", st.message());
  }
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
