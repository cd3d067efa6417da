#include "common/tsv.h"

#include <sstream>

#include "text/utf8.h"

namespace detente {

Status ForEachDataLine(const std::string& path, const std::string& name,
                       const std::function<Status(const std::string& line, int number)>& row) {
  auto content = ReadFile(path);
  if (!content.ok()) return content.status();
  std::istringstream in(*content);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (size_t bad = FindInvalidUtf8(line); bad != std::string::npos)
      return DataError(name + ":" + std::to_string(n) + ": invalid UTF-8 at byte " + std::to_string(bad + 1));
    if (line.empty() || line[0] == '#' || Trim(line).empty()) continue;
    if (Status s = row(line, n); !s.ok()) return s;
  }
  return Status::Ok();
}

std::string ColumnCountError(const std::string& where, size_t min_cols, size_t max_cols, size_t found,
                             const std::string& separator) {
  return where + ": expected " + std::to_string(min_cols) + (min_cols == max_cols ? "" : "-" + std::to_string(max_cols)) +
         " " + separator + "-separated columns, found " + std::to_string(found);
}

Result<std::vector<TsvRow>> ReadTsv(const std::string& path, size_t min_cols, size_t max_cols,
                                    const std::string& display) {
  const std::string name = display.empty() ? path : display;
  std::vector<TsvRow> rows;
  Status s = ForEachDataLine(path, name, [&](const std::string& line, int n) {
    TsvRow row{name, n, Split(line, '\t')};
    if (row.fields.size() < min_cols || row.fields.size() > max_cols)
      return DataError(ColumnCountError(row.Where(), min_cols, max_cols, row.fields.size(), "tab"));
    for (auto& f : row.fields) f = Trim(f);
    row.fields.resize(max_cols);
    rows.push_back(std::move(row));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return rows;
}

}  // namespace detente
