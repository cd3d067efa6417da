#include "analysis/csv.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "common/strings.h"
#include "common/tsv.h"

namespace detente::analysis {

bool SplitCsvLine(const std::string& line, std::vector<std::string>* out) {
  out->clear();
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out->push_back(Trim(field));
      field.clear();
    } else {
      field.push_back(c);
    }
  }
  if (quoted) return false;
  out->push_back(Trim(field));
  return true;
}

Result<std::vector<CsvRow>> ReadCsv(const std::string& path, size_t min_cols, size_t max_cols,
                                    const std::string& display) {
  const std::string name = display.empty() ? path : display;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return IoError(name + ": is a directory, not a file");
  std::vector<CsvRow> rows;
  Status s = ForEachDataLine(path, name, [&](const std::string& line, int n) {
    if (Trim(line)[0] == '#') return Status::Ok();  // an indented comment
    CsvRow row{name, n, {}};
    if (!SplitCsvLine(line, &row.fields)) return DataError(row.Where() + ": unterminated quoted field");
    if (row.fields.size() < min_cols || row.fields.size() > max_cols)
      return DataError(ColumnCountError(row.Where(), min_cols, max_cols, row.fields.size(), "comma"));
    row.fields.resize(max_cols);
    rows.push_back(std::move(row));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return rows;
}

bool ParseNumber(const std::string& s, double* out) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E'))
      return false;
  errno = 0;
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || errno == ERANGE || !std::isfinite(v)) return false;
  *out = v;
  return true;
}

bool ParseInteger(const std::string& s, long* out) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  *out = std::strtol(s.c_str(), nullptr, 10);
  return true;
}

std::string FormatShort(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[48];
  if (std::fabs(v) >= 1e7 || (v != 0 && std::fabs(v) < 1e-3)) {
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%.3f", v);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

}  // namespace detente::analysis
