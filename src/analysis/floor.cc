// Structural indicators and the floor they set.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "analysis/csv.h"
#include "detente/analysis.h"

namespace detente {

namespace {

struct IndicatorSpec {
  const char* name;
  bool per_side;   // the value belongs to one country (export share, remittances received)
  bool share;      // a fraction in [0, 1]
};

constexpr IndicatorSpec kIndicators[] = {
    {"aid_usd", true, false},         {"export_share", true, true}, {"gdp_usd", true, false},
    {"remittances_usd", true, false}, {"security_agreements", false, false}, {"trade_usd", false, false},
};

const IndicatorSpec* FindSpec(const std::string& name) {
  for (const auto& s : kIndicators)
    if (name == s.name) return &s;
  return nullptr;
}

bool IsCountry(const std::string& s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

Result<Indicators> LoadIndicators(const std::string& path) {
  auto rows = analysis::ReadCsv(path, 4, 5);
  if (!rows.ok()) return rows.status();
  Indicators ind;
  ind.path = path;
  std::set<std::tuple<int, std::string, std::string>> seen;
  for (size_t i = 0; i < rows->size(); ++i) {
    const auto& r = (*rows)[i];
    if (i == 0 && r.fields[0] == "year") continue;  // an optional header row
    IndicatorRow row;
    row.where = r.Where();
    long year = 0;
    if (!analysis::ParseInteger(r.fields[0], &year) || year < 1800 || year > 2200)
      return DataError(r.Where() + ": year \"" + r.fields[0] + "\" is not a year between 1800 and 2200");
    row.year = static_cast<int>(year);
    row.name = r.fields[1];
    const IndicatorSpec* spec = FindSpec(row.name);
    if (!spec) {
      std::string known;
      for (const auto& s : kIndicators) known += std::string(known.empty() ? "" : ", ") + s.name;
      return DataError(r.Where() + ": unknown indicator \"" + row.name + "\" (known: " + known + ")");
    }
    row.side = r.fields[2] == "-" ? "" : r.fields[2];
    if (spec->per_side && !IsCountry(row.side))
      return DataError(r.Where() + ": " + row.name + " needs the country it belongs to (three capital letters), got \"" +
                       r.fields[2] + "\"");
    if (!spec->per_side && !row.side.empty())
      return DataError(r.Where() + ": " + row.name + " belongs to the dyad: write - as its side, not \"" + row.side +
                       "\"");
    if (!analysis::ParseNumber(r.fields[3], &row.value) || row.value < 0)
      return DataError(r.Where() + ": value \"" + r.fields[3] + "\" is not a non-negative number");
    if (spec->share && row.value > 1)
      return DataError(r.Where() + ": " + row.name + " is a fraction (0.3 for 30 %), got " + r.fields[3]);
    if (!seen.insert({row.year, row.name, row.side}).second)
      return DataError(r.Where() + ": duplicate " + row.name + " for " + (row.side.empty() ? "the dyad" : row.side) +
                       " in " + std::to_string(row.year));
    ind.rows.push_back(std::move(row));
  }
  if (ind.rows.empty()) return DataError(path + ": no indicator rows");
  return ind;
}

double FloorOfBallast(double ballast, const IndexParams& p) {
  if (!(ballast > 0)) return -9;
  double depth = std::pow(ballast / p.floor_reference, -p.floor_elasticity);
  return -9 * std::min(1.0, depth);
}

Result<std::vector<FloorYear>> FloorByYear(const Indicators& ind, const std::string& a, const std::string& b,
                                           const IndexParams& p) {
  // (name, side) -> year -> value
  std::map<std::pair<std::string, std::string>, std::map<int, double>> series;
  std::set<int> years;
  for (const IndicatorRow& r : ind.rows) {
    if (!r.side.empty() && r.side != a && r.side != b)
      return DataError(r.where + ": side " + r.side + " is neither " + a + " nor " + b +
                             " (an indicator file describes one dyad)");
    series[{r.name, r.side}][r.year] = r.value;
    years.insert(r.year);
  }
  auto value = [&](const std::string& name, const std::string& side, int year, double* out) {
    auto it = series.find({name, side});
    if (it == series.end()) return false;
    auto y = it->second.upper_bound(year);  // first year after `year`
    if (y == it->second.begin()) return false;  // not yet reported in that year
    *out = std::prev(y)->second;
    return true;
  };
  std::vector<FloorYear> out;
  for (int year : years) {
    FloorYear fy;
    fy.year = year;
    fy.ballast = -1;
    double security = 0;
    value("security_agreements", "", year, &security);
    for (const std::string& side : {a, b}) {
      double share = 0, trade = 0, gdp = 0, rem = 0, aid = 0, ballast = 0;
      std::string basis;
      bool has_gdp = value("gdp_usd", side, year, &gdp) && gdp > 0;
      if (value("export_share", side, year, &share)) {
        ballast += share;
        basis = "export_share " + analysis::FormatShort(share);
      } else if (has_gdp && value("trade_usd", "", year, &trade)) {
        ballast += trade / gdp;
        basis = "trade_usd/gdp_usd " + analysis::FormatShort(trade / gdp);
      }
      bool has_rem = value("remittances_usd", side, year, &rem);
      bool has_aid = value("aid_usd", side, year, &aid);
      if (has_gdp && (has_rem || has_aid)) {
        ballast += (rem + aid) / gdp;
        basis += std::string(basis.empty() ? "" : " + ") + "(remittances+aid)/gdp " + analysis::FormatShort((rem + aid) / gdp);
      }
      if (security > 0) {
        ballast += p.floor_security_weight * security;
        basis += std::string(basis.empty() ? "" : " + ") + analysis::FormatShort(security) + " security agreement(s) x " +
                 analysis::FormatShort(p.floor_security_weight);
      }
      if (ballast > fy.ballast) {
        fy.ballast = ballast;
        fy.side = side;
        fy.basis = side + ": " + (basis.empty() ? "nothing" : basis);
      }
    }
    fy.floor = FloorOfBallast(fy.ballast, p);
    out.push_back(fy);
  }
  return out;
}

double FloorForYear(const std::vector<FloorYear>& floors, int year) {
  if (floors.empty()) return -9;
  if (year <= floors.front().year) return floors.front().floor;
  for (size_t i = floors.size(); i-- > 0;)
    if (floors[i].year <= year) return floors[i].floor;
  return floors.front().floor;
}

}  // namespace detente
