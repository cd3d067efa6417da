// Reading documents: JSONL (one {"id","text",...} object a line), plain-text files (one
// document each) and standard input ("-"). Every problem names the input, the line and what is
// wrong; with keep_going the bad record is reported and the rest is read.
#ifndef DETENTE_TEXT_READER_H_
#define DETENTE_TEXT_READER_H_

#include <functional>
#include <string>
#include <vector>

#include "detente/document.h"
#include "detente/status.h"

namespace detente {

struct ReadOptions {
  bool keep_going = false;
  std::string date;                      // publication date for plain-text input
  size_t max_document_bytes = 8u << 20;  // longer documents are refused, not truncated
  enum class Format { kAuto, kJsonl, kText } format = Format::kAuto;
};

// Calls `fn` for each document in `path` ("-" reads standard input). Returns the first error
// (of the input or from `fn`) unless keep_going, in which case input errors go to `skipped`
// and reading goes on; an error returned by `fn` always stops.
Status ForEachDocument(const std::string& path, const ReadOptions& options,
                       const std::function<Status(Document&&)>& fn, std::vector<Status>* skipped);

// Parses one JSONL line into a document; `where` ("docs.jsonl:3") prefixes errors.
Result<Document> ParseDocumentLine(const std::string& line, const std::string& where,
                                   const ReadOptions& options);

}  // namespace detente

#endif  // DETENTE_TEXT_READER_H_
