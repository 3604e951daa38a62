// Each `dyad` subcommand lives in tools/dyad/cmd_<name>.cc and registers
// itself with DYAD_COMMAND. A command only parses options, calls the library,
// and prints: no pipeline logic here.
//
// Exit codes (documented in README.md):
//   0 success; 1 some input was skipped or a check failed; 2 usage error;
//   3 a required model/dictionary/database could not be loaded.
#ifndef DYAD_TOOLS_COMMAND_H_
#define DYAD_TOOLS_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace dyad::cli {

enum ExitCode { kExitOk = 0, kExitSkipped = 1, kExitUsage = 2, kExitLoad = 3 };

// Sets up `sub` (options, callback). The callback stores the exit code in *rc.
using CommandSetup = std::function<void(CLI::App* sub, int* rc)>;

struct CommandInfo {
  std::string name, description;
  CommandSetup setup;
};

std::vector<CommandInfo>& Commands();

struct CommandRegistrar {
  CommandRegistrar(std::string name, std::string description, CommandSetup setup) {
    Commands().push_back({std::move(name), std::move(description), std::move(setup)});
  }
};

}  // namespace dyad::cli

#define DYAD_COMMAND(ident, name, description, setup) \
  static ::dyad::cli::CommandRegistrar dyad_command_##ident(name, description, setup)

#endif  // DYAD_TOOLS_COMMAND_H_
