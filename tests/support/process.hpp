#pragma once
// Running the real binaries from tests.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::test {

struct ProcessResult {
    int exit_code = -1;  ///< exit status, or 128 + signal number when killed
    std::string out;
    std::string err;
};

/// Runs `argv` (argv[0] is the program path) with `input` on stdin, waits for
/// it, and returns its exit status and everything it wrote. `env` entries
/// ("NAME=value") are set in the inherited environment, replacing a variable
/// of the same name.
[[nodiscard]] ProcessResult run_process(const std::vector<std::string>& argv,
                                        const std::string& input = {},
                                        const std::vector<std::string>& env = {});

/// Resource limits for a child process (setrlimit() before exec).
struct ProcessLimits {
    /// RLIMIT_FSIZE in bytes: no file may grow beyond it. The child also
    /// ignores SIGXFSZ, so an oversized write() fails with EFBIG the way a
    /// full disk fails it with ENOSPC, instead of killing the process.
    /// Default: no limit.
    std::optional<std::uint64_t> max_file_size;
};

/// As run_process(), with `limits` applied to the child only.
[[nodiscard]] ProcessResult run_process_with_limits(const std::vector<std::string>& argv,
                                                    const ProcessLimits& limits,
                                                    const std::string& input = {},
                                                    const std::vector<std::string>& env = {});

/// How spawn_process() starts a child.
struct SpawnOptions {
    /// Put the child in a process group of its own. Needed for servers such
    /// as xapian-tcpsrv, which answer SIGTERM by signalling their whole
    /// process group: otherwise that group is the test's, and ctest's.
    bool own_process_group = false;
};

/// Starts `argv` with stdin, stdout and stderr on /dev/null and returns its
/// pid without waiting.
[[nodiscard]] int spawn_process(const std::vector<std::string>& argv,
                                const SpawnOptions& options = {});
/// Waits for a process from spawn_process(); returns its exit status, or
/// 128 + signal number when it was killed.
int wait_process(int pid);

/// The executable `name` in a folder of $PATH, if any.
[[nodiscard]] std::optional<std::filesystem::path> find_on_path(std::string_view name);

/// Path of the built dateline-index and dateline-search.
[[nodiscard]] std::string index_binary();
[[nodiscard]] std::string search_binary();
/// tests/data, the source tree, and ../shared (may not exist).
[[nodiscard]] std::string test_data_dir();
[[nodiscard]] std::string source_dir();
[[nodiscard]] std::string shared_dir();

}  // namespace dateline::test
