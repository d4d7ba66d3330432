#pragma once
// UsageError: the command line cannot be obeyed (an unknown option, a bad
// value, a missing operand). Every tool reports it the same way, with a hint
// to --help, and exits with kExitUsage (errors.hpp).

#include <stdexcept>

namespace dateline::cli {

class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace dateline::cli
