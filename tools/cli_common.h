// Pieces shared by the subcommands: loading the engine, reading inputs, writing events.
#ifndef DETENTE_TOOLS_CLI_COMMON_H_
#define DETENTE_TOOLS_CLI_COMMON_H_

#include <iostream>
#include <string>
#include <vector>

#include "args.h"
#include "detente/detente.h"
#include "events/format.h"

namespace detente::cli {

// Prints "detente CMD: message" to stderr and returns `code`.
int Fail(const std::string& cmd, const std::string& message, int code = 1);

// Loads the engine from --data (or the default) and reports errors.
Result<Engine> LoadEngine(const Args& args);

// Writes events in the chosen format; `number` counts GDELT ids across calls.
class EventWriter {
 public:
  EventWriter(std::ostream& out, EventFormat format, bool explain) : out_(out), format_(format), explain_(explain) {}
  void Write(const Event& e, const std::string& url = "", const std::string& date_added = "");

 private:
  std::ostream& out_;
  EventFormat format_;
  bool explain_;
  bool header_done_ = false;
  long number_ = 0;
};

}  // namespace detente::cli

#endif  // DETENTE_TOOLS_CLI_COMMON_H_
