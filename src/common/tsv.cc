#include "common/tsv.h"

#include <sstream>

#include "text/utf8.h"

namespace detente {

Result<std::vector<TsvRow>> ReadTsv(const std::string& path, size_t min_cols, size_t max_cols,
                                    const std::string& display) {
  auto content = ReadFile(path);
  if (!content.ok()) return content.status();
  const std::string name = display.empty() ? path : display;
  std::vector<TsvRow> rows;
  std::istringstream in(*content);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (size_t bad = FindInvalidUtf8(line); bad != std::string::npos)
      return DataError(name + ":" + std::to_string(n) + ": invalid UTF-8 at byte " + std::to_string(bad + 1));
    if (line.empty() || line[0] == '#') continue;
    if (Trim(line).empty()) continue;
    TsvRow row{name, n, Split(line, '\t')};
    if (row.fields.size() < min_cols || row.fields.size() > max_cols)
      return DataError(row.Where() + ": expected " + std::to_string(min_cols) +
                       (min_cols == max_cols ? "" : "-" + std::to_string(max_cols)) + " tab-separated columns, found " +
                       std::to_string(row.fields.size()));
    for (auto& f : row.fields) f = Trim(f);
    row.fields.resize(max_cols);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace detente
