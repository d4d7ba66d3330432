#pragma once
// The one way the tools report a failure: "<tool>: error: <message>" on
// stderr (stdout only ever carries results), and the exit status 2 that all
// three tools give a usage or fatal error.

#include <string_view>

namespace dateline::cli {

/// Exit status of a usage error or a fatal one, for every tool.
inline constexpr int kExitError = 2;

/// Writes "<program>: error: <message>" and a newline to stderr.
void print_error(std::string_view program, std::string_view message);

/// As print_error, then "Try '<program> --help'." on a second line.
void print_usage_error(std::string_view program, std::string_view message);

/// Reports the exception being handled (call it inside a catch block) and
/// returns kExitError: a UsageError with the --help hint; a Xapian::Error by
/// its description; any other std::exception by what(); anything else as
/// "unexpected failure". `consequence`, when not empty, is appended to the
/// message of every error except a UsageError, e.g. " (the previous index is
/// unchanged)".
[[nodiscard]] int report_current_exception(std::string_view program,
                                           std::string_view consequence = {});

/// Flushes stdout. A reader that went away (`| head -1`, EPIPE) is not an
/// error worth a word: true. Any other failure is reported with print_error:
/// false. Tools that call this ignore SIGPIPE (ignore_broken_pipe) so that a
/// write to a closed pipe fails with EPIPE instead of killing them.
[[nodiscard]] bool flush_stdout(std::string_view program);

/// SIGPIPE ignored, so that writes to a closed pipe fail with EPIPE.
void ignore_broken_pipe();

}  // namespace dateline::cli
