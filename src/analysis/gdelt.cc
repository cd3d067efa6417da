// GDELT: event exports into the store, and monthly code counts as a series.
#include "analysis/gdelt.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>

#include "analysis/csv.h"
#include "analysis/index.h"
#include "analysis/series.h"
#include "common/date.h"
#include "common/strings.h"
#include "detente/store.h"
#include "text/utf8.h"

namespace detente {

namespace analysis {

namespace {

// Columns shared by GDELT 1.0 and 2.0 (0-based).
enum Col {
  kId = 0, kSqlDate = 1, kActor1Code = 5, kActor1Name = 6, kActor1Country = 7,
  kActor2Code = 15, kActor2Name = 16, kActor2Country = 17, kEventCode = 26, kRootCode = 28,
  kQuadClass = 29, kGoldstein = 30,
};

bool Digits(const std::string& s, size_t lo, size_t hi) {
  return s.size() >= lo && s.size() <= hi && s.find_first_not_of("0123456789") == std::string::npos;
}

bool CountryOrEmpty(const std::string& s) {
  return s.empty() || (s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
}

}  // namespace

GdeltLayout LayoutFor(size_t columns) {
  switch (columns) {
    case 57: return {1, 56, -1};
    case 58: return {1, 56, 57};
    case 61: return {2, 59, 60};
    default: return {};
  }
}

Result<Event> ParseGdeltRow(const std::vector<std::string>& f, const GdeltLayout& layout, const std::string& where,
                            const std::string& batch) {
  if (layout.version == 0) return DataError(where + ": not a GDELT export row");
  Event e;
  e.doc = batch;
  if (!Digits(f[kId], 1, 20)) return DataError(where + ": GLOBALEVENTID \"" + f[kId] + "\" is not a number");
  e.id = f[kId];
  const std::string& d = f[kSqlDate];
  if (!Digits(d, 8, 8) || !Date::Parse(d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2), &e.date))
    return DataError(where + ": SQLDATE \"" + d + "\" is not a date YYYYMMDD");
  e.date_source = "gdelt";
  e.date_reason = "SQLDATE " + d;
  const std::string& code = f[kEventCode];
  if (!Digits(code, 2, 4)) return DataError(where + ": EventCode \"" + code + "\" is not a CAMEO code (2-4 digits)");
  if (f[kRootCode] != code.substr(0, 2))
    return DataError(where + ": EventRootCode \"" + f[kRootCode] + "\" does not match EventCode " + code);
  e.code = code;
  e.root = f[kRootCode];
  long quad = 0;
  if (!ParseInteger(f[kQuadClass], &quad) || quad < 1 || quad > 4)
    return DataError(where + ": QuadClass \"" + f[kQuadClass] + "\" is not 1-4");
  e.quad = static_cast<int>(quad);
  if (!ParseNumber(f[kGoldstein], &e.goldstein) || e.goldstein < -10 || e.goldstein > 10)
    return DataError(where + ": GoldsteinScale \"" + f[kGoldstein] + "\" is not a number in [-10, 10]");
  for (int c : {kActor1Country, kActor2Country})
    if (!CountryOrEmpty(f[static_cast<size_t>(c)]))
      return DataError(where + ": actor country \"" + f[static_cast<size_t>(c)] + "\" is not a three-letter code");
  e.source = Actor{f[kActor1Code], f[kActor1Country], f[kActor1Name], "gdelt:Actor1"};
  e.target = Actor{f[kActor2Code], f[kActor2Country], f[kActor2Name], "gdelt:Actor2"};
  e.mood = Mood::kAsserted;
  if (layout.source_url >= 0) e.evidence = f[static_cast<size_t>(layout.source_url)];
  e.rule = where;
  return e;
}

}  // namespace analysis

namespace {

// Calls `row(fields, where)` for every line of a GDELT export; stops at the first failure.
Status ForEachExportRow(const std::string& path, const std::string& name,
                        const std::function<Status(const std::vector<std::string>&, const analysis::GdeltLayout&,
                                                   const std::string&, int line)>& row) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return IoError(name + ": is a directory, not a GDELT export");
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(name + ": cannot open");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (n == 1 && line.compare(0, 4, "PK\x03\x04") == 0)
      return DataError(name + ": a zip archive; unzip it first (GDELT distributes exports zipped)");
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const std::string where = name + ":" + std::to_string(n);
    if (size_t bad = FindInvalidUtf8(line); bad != std::string::npos)
      DETENTE_RETURN_IF_ERROR(row({}, {}, where + ": invalid UTF-8 at byte " + std::to_string(bad + 1), n));
    else {
      std::vector<std::string> fields = Split(line, '\t');
      DETENTE_RETURN_IF_ERROR(row(fields, analysis::LayoutFor(fields.size()), where, n));
    }
  }
  if (in.bad()) return IoError(name + ": read failed");
  return Status::Ok();
}

}  // namespace

Status ImportGdelt(Store& store, const std::string& path, const GdeltImportOptions& o, GdeltImportStats* stats,
                   std::vector<Status>* skipped) {
  const std::string name = std::filesystem::path(path).filename().string();
  const std::string batch = "gdelt:" + name;
  const int chunk = std::max(1, o.chunk_rows);
  int version = 0;
  // Checks one row: its layout (the same for the whole file) and its fields.
  auto parse = [&](const std::vector<std::string>& fields, const analysis::GdeltLayout& layout,
                   const std::string& where, int line) -> Result<Event> {
    if (fields.empty()) return DataError(where);  // invalid UTF-8: `where` carries the message
    if (layout.version == 0)
      return DataError(where + ": " + std::to_string(fields.size()) +
                       " tab-separated columns; a GDELT export row has 57 or 58 (1.0) or 61 (2.0)");
    if (version && layout.version != version)
      return DataError(where + ": a GDELT " + std::to_string(layout.version) + ".0 row in a " + std::to_string(version) +
                       ".0 file");
    std::string id = line > chunk ? batch + "#" + std::to_string((line - 1) / chunk + 1) : batch;
    return analysis::ParseGdeltRow(fields, layout, where, id);
  };
  auto wanted = [&](const Event& e) {
    if (o.a.empty()) return true;
    const std::string &s = e.source.country, &t = e.target.country;
    if (o.b.empty()) return s == o.a || t == o.a;
    return (s == o.a && t == o.b) || (s == o.b && t == o.a);
  };
  if (!o.keep_going) {  // check the whole file first: a bad row stores nothing
    Status st = ForEachExportRow(path, name, [&](const auto& fields, const auto& layout, const std::string& where, int line) {
      auto e = parse(fields, layout, where, line);
      if (!e.ok()) return e.status();
      version = layout.version;
      return Status::Ok();
    });
    if (!st.ok()) return st;
    version = 0;
  }
  std::vector<Event> pending;
  int pending_chunk = 1, last_chunk = 0;
  auto flush = [&]() -> Status {
    std::string id = pending_chunk == 1 ? batch : batch + "#" + std::to_string(pending_chunk);
    auto n = store.PutEvents(id, pending);
    if (!n.ok()) return n.status();
    stats->imported += *n;
    ++stats->batches;
    last_chunk = pending_chunk;
    pending.clear();
    return Status::Ok();
  };
  Status st = ForEachExportRow(path, name, [&](const auto& fields, const auto& layout, const std::string& where, int line) {
    int c = (line - 1) / chunk + 1;
    if (c != pending_chunk) {
      DETENTE_RETURN_IF_ERROR(flush());
      pending_chunk = c;
    }
    ++stats->rows;
    auto e = parse(fields, layout, where, line);
    if (!e.ok()) {
      if (!o.keep_going) return e.status();
      ++stats->skipped;
      if (skipped) skipped->push_back(e.status());
      return Status::Ok();
    }
    version = layout.version;
    if (!wanted(*e)) {
      ++stats->filtered;
      return Status::Ok();
    }
    pending.push_back(std::move(*e));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  if (!pending.empty() || last_chunk < pending_chunk) DETENTE_RETURN_IF_ERROR(flush());
  return Status::Ok();
}

Result<Series> ReadGdeltCounts(const std::string& path, const EventScale& scale, Measure m, const IndexParams& p) {
  auto rows = analysis::ReadCsv(path, 3, 3);
  if (!rows.ok()) return rows.status();
  std::map<long, analysis::PeriodAgg> months;
  std::set<std::pair<long, std::string>> seen;
  for (size_t i = 0; i < rows->size(); ++i) {
    const auto& r = (*rows)[i];
    if (i == 0 && r.fields[0] == "MonthYear") continue;  // the header
    long ym = 0, count = 0;
    if (!analysis::ParseInteger(r.fields[0], &ym) || r.fields[0].size() != 6 || ym % 100 < 1 || ym % 100 > 12)
      return DataError(r.Where() + ": MonthYear \"" + r.fields[0] + "\" is not YYYYMM");
    const std::string& code = r.fields[1];
    double g = 0;
    int quad = 0;
    if (code.size() < 2 || code.size() > 4 || code.find_first_not_of("0123456789") != std::string::npos)
      return DataError(r.Where() + ": EventCode \"" + code + "\" is not a CAMEO code (2-4 digits, leading zeros kept)");
    if (!scale.Find(code, &g, &quad))
      return DataError(r.Where() + ": EventCode " + code + " is not in the CAMEO table (a leading zero lost?)");
    if (!analysis::ParseInteger(r.fields[2], &count))
      return DataError(r.Where() + ": N_events \"" + r.fields[2] + "\" is not a non-negative integer");
    long ordinal = (ym / 100) * 12 + (ym % 100 - 1);
    if (!seen.insert({ordinal, code}).second)
      return DataError(r.Where() + ": a second row for " + r.fields[0] + " and code " + code);
    months[ordinal].events += static_cast<double>(count);
    months[ordinal].goldstein_sum += static_cast<double>(count) * g;
  }
  if (months.empty()) return DataError(path + ": no count rows");
  Series s;
  s.name = std::filesystem::path(path).filename().string() + (m == Measure::kIndex ? " index" : " mean Goldstein");
  s.measure = m;
  s.freq = Freq::kMonth;
  s.first = months.begin()->first;
  s.params = p;
  const size_t n = static_cast<size_t>(months.rbegin()->first - s.first + 1);
  std::vector<analysis::PeriodAgg> aggs(n);
  for (const auto& [ord, agg] : months) aggs[static_cast<size_t>(ord - s.first)] = agg;
  if (m == Measure::kIndex) {
    s.lower.assign(n, -9);
    s.values = analysis::IndexPath(aggs, s.lower, 1, p, nullptr);
  } else {
    s.lo = -10;
    s.hi = 10;
    s.lower.assign(n, -10);
    s.values.resize(n);
    double last = 0;
    bool any = false;
    for (size_t t = 0; t < n; ++t) {
      if (aggs[t].events > 0) {
        last = aggs[t].goldstein_sum / aggs[t].events;
        any = true;
      }
      s.values[t] = any ? last : 0;
    }
  }
  return s;
}

}  // namespace detente
