// A news document as read from JSONL or a plain-text file.
#ifndef DETENTE_DOCUMENT_H_
#define DETENTE_DOCUMENT_H_

#include <string>

namespace detente {

struct Document {
  std::string id;
  std::string date;  // publication date "YYYY-MM-DD", may be empty
  std::string lang;  // "zh", "zh-Hant", "en" or empty (detected per sentence)
  std::string title;
  std::string text;
  std::string url;
  std::string source;
  std::string origin;  // where it was read: "docs.jsonl:3"
};

}  // namespace detente

#endif  // DETENTE_DOCUMENT_H_
