// Detente: CAMEO event coding of Chinese and English news text.
//
//   auto engine = detente::Engine::Load("");        // "" = the default data folder
//   if (!engine.ok()) { std::cerr << engine.status().ToString() << "\n"; return 1; }
//   detente::Document doc;
//   doc.id = "d1"; doc.date = "2026-01-08";
//   doc.text = "1月7日，美国总统特朗普同哥伦比亚总统佩特罗通话。";
//   auto coded = engine->Code(doc);
//   if (!coded.ok()) { ... coded.status().message() names the document and the problem ... }
//   for (const detente::Event& e : coded->events) ...   // USAGOV 041 COLGOV 2026-01-07
//
// Loading validates every dictionary (errors name file:line); coding validates the document
// (UTF-8, size) and never throws. An Engine is immutable after loading: share it between
// threads freely.
#ifndef DETENTE_DETENTE_H_
#define DETENTE_DETENTE_H_

#include <memory>
#include <string>
#include <vector>

#include "detente/document.h"
#include "detente/event.h"
#include "detente/status.h"

namespace detente {

class Lexicon;

struct CodeOptions {
  bool all_moods = false;  // also return negated and hypothetical events
  // An act whose day the text does not tell is dated by the story's lead or the publication day
  // at month precision; true keeps that assumed day at day precision (for daily series).
  bool assume_day = false;
  // Also list the pattern matches that coded no event, each with the reason (for dictionary
  // authors and analysts asking why a sentence gave nothing).
  bool skipped = false;
};

// A pattern that matched but coded no event.
struct SkippedMatch {
  int sentence = 0;     // 0-based, as in Event::sentence
  std::string trigger;  // the matched words
  std::string rule;     // dictionary file:line and pattern
  std::string reason;   // why no event came of it
};

struct CodedDocument {
  std::vector<Event> events;
  int sentences = 0;
  std::string publication_date;  // as used: given, or inferred from the text
  bool publication_date_inferred = false;
  std::vector<std::string> notes;  // e.g. "publication date inferred from the latest date in the text"
  std::vector<SkippedMatch> skipped;  // filled when CodeOptions::skipped is set
};

class Engine {
 public:
  // `data_dir` empty: $DETENTE_DATA, else the folder compiled in at build time.
  static Result<Engine> Load(const std::string& data_dir);
  static std::string DefaultDataDir();

  Result<CodedDocument> Code(const Document& doc, const CodeOptions& options = {}) const;

  // Hash of the dictionaries: stored with each coded document.
  const std::string& lexicon_version() const;
  const std::string& data_dir() const;
  double load_seconds() const;
  size_t dictionary_keys() const;
  size_t pattern_count() const;
  const Lexicon& lexicon() const { return *lex_; }

 private:
  std::shared_ptr<const Lexicon> lex_;
};

}  // namespace detente

#endif  // DETENTE_DETENTE_H_
