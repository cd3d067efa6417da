// detente relation, forecast, backtest, plot, import-gdelt: the analysis module from the
// command line. Each returns the exit status: 0 success, 1 a data or runtime error, 2 usage.
#ifndef DETENTE_TOOLS_CMD_ANALYSIS_H_
#define DETENTE_TOOLS_CMD_ANALYSIS_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "detente/event.h"

namespace detente::cli {

int RunRelation(const std::vector<std::string>& args);
int RunForecast(const std::vector<std::string>& args);
int RunBacktest(const std::vector<std::string>& args);
int RunPlot(const std::vector<std::string>& args);
int RunImportGdelt(const std::vector<std::string>& args);

// For `detente demo`: the relation index of the `dyads` pairs with the most events (latest
// year, band, monthly turning points).
void PrintRelationSummary(const std::vector<Event>& events, size_t dyads, std::ostream& out);

}  // namespace detente::cli

#endif  // DETENTE_TOOLS_CMD_ANALYSIS_H_
