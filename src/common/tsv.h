// Reading the project's tab-separated dictionary files: `#` comments, blank lines skipped,
// UTF-8 checked, column counts checked, every row remembering its file and line.
#ifndef DETENTE_COMMON_TSV_H_
#define DETENTE_COMMON_TSV_H_

#include <functional>
#include <string>
#include <vector>

#include "common/strings.h"
#include "detente/status.h"

namespace detente {

struct TsvRow {
  std::string file;  // name used in messages: "actors/leaders.tsv"
  int line = 0;
  std::vector<std::string> fields;
  std::string Where() const { return file + ":" + std::to_string(line); }
};

// Calls `row(line, number)` for each line of `path` that is neither blank nor a comment (`#`
// in the first column), the line's CR removed and its UTF-8 checked. `name` names the file in
// errors; the first error `row` returns stops the reading.
Status ForEachDataLine(const std::string& path, const std::string& name,
                       const std::function<Status(const std::string& line, int number)>& row);

// "file:3: expected 2-3 tab-separated columns, found 4"
std::string ColumnCountError(const std::string& where, size_t min_cols, size_t max_cols, size_t found,
                             const std::string& separator);

// Reads `path`; each non-comment row must have between min_cols and max_cols fields (missing
// trailing fields are filled with ""). `display` names the file in errors (default: path).
Result<std::vector<TsvRow>> ReadTsv(const std::string& path, size_t min_cols, size_t max_cols,
                                    const std::string& display = "");

}  // namespace detente

#endif  // DETENTE_COMMON_TSV_H_
