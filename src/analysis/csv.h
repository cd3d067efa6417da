// Reading the small comma-separated files of the analysis module (indicators, scenarios,
// parameters, GDELT counts): `#` comments, blank lines skipped, quoted fields, every row
// remembering its file and line so that errors can name them.
#ifndef DETENTE_ANALYSIS_CSV_H_
#define DETENTE_ANALYSIS_CSV_H_

#include <string>
#include <vector>

#include "detente/status.h"

namespace detente::analysis {

struct CsvRow {
  std::string file;  // name used in messages
  int line = 0;
  std::vector<std::string> fields;  // trimmed
  std::string Where() const { return file + ":" + std::to_string(line); }
};

// Reads `path`; each row must have between min_cols and max_cols fields (missing trailing
// fields are filled with ""). `display` names the file in errors (default: path).
Result<std::vector<CsvRow>> ReadCsv(const std::string& path, size_t min_cols, size_t max_cols,
                                    const std::string& display = "");

// Splits one line at commas outside double quotes ("" inside quotes is a quote). False on an
// unterminated quote.
bool SplitCsvLine(const std::string& line, std::vector<std::string>* out);

// Strict decimal number (optionally signed, with exponent); false on anything else,
// including trailing characters, NaN and infinity.
bool ParseNumber(const std::string& s, double* out);
// Strict non-negative integer that fits in a long.
bool ParseInteger(const std::string& s, long* out);
// A number for messages and reports: at most 3 decimals, no trailing zeros ("0.5", "-3", "1e+09").
std::string FormatShort(double v);

}  // namespace detente::analysis

#endif  // DETENTE_ANALYSIS_CSV_H_
