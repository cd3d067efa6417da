#include "text/reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "common/json.h"
#include "common/strings.h"
#include "detente/event.h"
#include "text/utf8.h"

namespace detente {

namespace {

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

Status CheckText(const std::string& text, const std::string& where, const ReadOptions& opt) {
  if (text.find('\0') != std::string::npos) return DataError(where + ": binary data (NUL byte) in text");
  if (size_t bad = FindInvalidUtf8(text); bad != std::string::npos)
    return DataError(where + ": invalid UTF-8 at byte " + std::to_string(bad + 1));
  if (text.size() > opt.max_document_bytes)
    return DataError(where + ": document of " + std::to_string(text.size()) + " bytes is longer than the limit of " +
                     std::to_string(opt.max_document_bytes));
  return Status::Ok();
}

// Reads one line (without its '\n') into `line`, keeping at most `limit` bytes so that a huge
// line cannot exhaust memory; `*length` is its full length. False at the end of the input.
bool ReadBoundedLine(std::istream& in, size_t limit, std::string* line, size_t* length) {
  line->clear();
  *length = 0;
  std::streambuf* sb = in.rdbuf();
  bool any = false;
  for (int c; (c = sb->sbumpc()) != std::char_traits<char>::eof();) {
    any = true;
    if (c == '\n') return true;
    if (*length < limit) line->push_back(static_cast<char>(c));
    ++*length;
  }
  if (!any) in.setstate(std::ios::eofbit);
  return any;
}

}  // namespace

Result<Document> ParseDocumentLine(const std::string& line, const std::string& where, const ReadOptions& opt) {
  if (line.size() > opt.max_document_bytes + 65536)
    return DataError(where + ": line of " + std::to_string(line.size()) + " bytes is longer than the document limit");
  if (line.find('\0') != std::string::npos) return DataError(where + ": binary data (NUL byte)");
  if (size_t bad = FindInvalidUtf8(line); bad != std::string::npos)
    return DataError(where + ": invalid UTF-8 at byte " + std::to_string(bad + 1));
  auto json = ParseJson(line);
  if (!json.ok()) return DataError(where + ": bad JSON: " + json.status().message());
  if (!json->is_object()) return DataError(where + ": expected a JSON object");
  Document d;
  d.origin = where;
  struct Field { const char* name; std::string* dst; };
  const Field fields[] = {{"id", &d.id}, {"date", &d.date}, {"lang", &d.lang}, {"title", &d.title},
                          {"text", &d.text}, {"url", &d.url}, {"source", &d.source}};
  for (const Field& f : fields) {
    const JsonValue* v = json->Find(f.name);
    if (!v || v->is_null()) continue;
    if (v->is_string()) *f.dst = v->str();
    else if (v->is_number() && std::string(f.name) == "id") *f.dst = JsonNumber(v->number());
    else return DataError(where + ": field \"" + f.name + "\" must be a string");
  }
  if (!json->Find("text") || json->Find("text")->is_null()) return DataError(where + ": missing \"text\"");
  if (d.id.empty()) return DataError(where + ": missing \"id\"");
  if (Trim(d.text).empty()) return DataError(where + ": empty document (\"text\" has no content)");
  if (d.text.size() > opt.max_document_bytes)
    return DataError(where + ": document of " + std::to_string(d.text.size()) + " bytes is longer than the limit of " +
                     std::to_string(opt.max_document_bytes));
  if (!d.date.empty()) {
    Date pd;
    std::string day = d.date.substr(0, 10);
    if (!Date::Parse(day, &pd) || pd.precision != DatePrecision::kDay)
      return DataError(where + ": \"date\" must be YYYY-MM-DD, got \"" + d.date + "\"");
    d.date = day;
  }
  return d;
}

Status ForEachDocument(const std::string& path, const ReadOptions& opt, const std::function<Status(Document&&)>& fn,
                       std::vector<Status>* skipped) {
  const bool is_stdin = path == "-";
  const std::string name = is_stdin ? "<stdin>" : path;
  std::ifstream file;
  if (!is_stdin) {
    file.open(path, std::ios::binary);
    if (!file) return IoError(name + ": cannot open: " + std::strerror(errno));
  }
  std::istream& in = is_stdin ? std::cin : file;

  auto report = [&](Status st) -> Status {
    if (!opt.keep_going) return st;
    if (skipped) skipped->push_back(std::move(st));
    return Status::Ok();
  };

  ReadOptions::Format format = opt.format;
  if (format == ReadOptions::Format::kAuto) {
    if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson") || EndsWith(path, ".json")) {
      format = ReadOptions::Format::kJsonl;
    } else {
      // Sniff: a stream whose first non-blank byte is '{' is JSONL.
      int c;
      while ((c = in.peek()) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) in.get();
      format = in.peek() == '{' ? ReadOptions::Format::kJsonl : ReadOptions::Format::kText;
    }
  }

  if (format == ReadOptions::Format::kText) {
    std::string text;
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
      text.append(buf, static_cast<size_t>(in.gcount()));
      if (text.size() > opt.max_document_bytes) break;
    }
    Status st = CheckText(text, name, opt);
    if (!st.ok()) return report(st);
    if (Trim(text).empty()) return report(DataError(name + ": empty document"));
    Document d;
    d.id = is_stdin ? "stdin" : BaseName(path);
    d.date = opt.date;
    d.text = std::move(text);
    d.origin = name;
    return fn(std::move(d));
  }

  std::string line;
  int n = 0;
  const size_t line_limit = opt.max_document_bytes + 65536;  // the text plus its other fields
  size_t length = 0;
  while (ReadBoundedLine(in, line_limit + 1, &line, &length)) {
    ++n;
    std::string where = name + ":" + std::to_string(n);
    if (length > line_limit) {
      DETENTE_RETURN_IF_ERROR(report(DataError(where + ": line of " + std::to_string(length) +
                                               " bytes is longer than the document limit of " +
                                               std::to_string(opt.max_document_bytes) + " bytes")));
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty()) continue;
    auto doc = ParseDocumentLine(line, where, opt);
    if (!doc.ok()) {
      DETENTE_RETURN_IF_ERROR(report(doc.status()));
      continue;
    }
    if (doc->date.empty()) doc->date = opt.date;
    DETENTE_RETURN_IF_ERROR(fn(std::move(*doc)));
  }
  if (in.bad()) return IoError(name + ": read failed");
  return Status::Ok();
}

}  // namespace detente
