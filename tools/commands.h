// The `detente` subcommands. Each takes its arguments (without the program and subcommand
// names) and returns the exit status: 0 success, 1 a data or runtime error, 2 a usage error.
#ifndef DETENTE_TOOLS_COMMANDS_H_
#define DETENTE_TOOLS_COMMANDS_H_

#include <string>
#include <vector>

namespace detente::cli {

int RunCode(const std::vector<std::string>& args);
int RunIngest(const std::vector<std::string>& args);
int RunEvents(const std::vector<std::string>& args);
int RunRecode(const std::vector<std::string>& args);
int RunDemo(const std::vector<std::string>& args);
int RunBench(const std::vector<std::string>& args);
int RunCheckData(const std::vector<std::string>& args);
int RunTokens(const std::vector<std::string>& args);

}  // namespace detente::cli

#endif  // DETENTE_TOOLS_COMMANDS_H_
