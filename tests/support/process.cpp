#include "support/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace dateline::test {

namespace {

struct Pipe {
    int read_end = -1;
    int write_end = -1;
    Pipe() {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
        read_end = fds[0];
        write_end = fds[1];
    }
    ~Pipe() {
        close_read();
        close_write();
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;
    void close_read() {
        if (read_end >= 0) ::close(read_end);
        read_end = -1;
    }
    void close_write() {
        if (write_end >= 0) ::close(write_end);
        write_end = -1;
    }
};

std::vector<char*> c_strings(std::vector<std::string>& strings) {
    std::vector<char*> result;
    for (auto& s : strings) result.push_back(s.data());
    result.push_back(nullptr);
    return result;
}

// posix_spawn() cannot set resource limits, so a limited child is started
// with fork() and exec(). Between the two only async-signal-safe calls are
// made: everything the child needs is prepared before fork().
pid_t fork_with_limits(char* const* args, char* const* env, const Pipe& in, const Pipe& out,
                       const Pipe& err, const ProcessLimits& limits) {
    rlimit file_size{};
    if (limits.max_file_size) {
        file_size.rlim_cur = static_cast<rlim_t>(*limits.max_file_size);
        file_size.rlim_max = file_size.rlim_cur;
    }
    // Reports why the child could not start, through a close-on-exec pipe
    // that exec() closes on success.
    Pipe status;
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error(std::string("fork failed: ") + std::strerror(errno));
    if (pid == 0) {
        int error = 0;
        if (::dup2(in.read_end, 0) < 0 || ::dup2(out.write_end, 1) < 0 ||
            ::dup2(err.write_end, 2) < 0) {
            error = errno;
        } else if (limits.max_file_size && ::setrlimit(RLIMIT_FSIZE, &file_size) != 0) {
            error = errno;
        } else {
            struct sigaction ignore {};
            ignore.sa_handler = SIG_IGN;
            ::sigaction(SIGXFSZ, &ignore, nullptr);
            ::execve(args[0], args, env);
            error = errno;
        }
        (void)!::write(status.write_end, &error, sizeof error);
        ::_exit(127);
    }
    status.close_write();
    int error = 0;
    ssize_t n = 0;
    while ((n = ::read(status.read_end, &error, sizeof error)) < 0 && errno == EINTR) {
    }
    if (n == static_cast<ssize_t>(sizeof error)) {
        int ignored = 0;
        while (waitpid(pid, &ignored, 0) < 0 && errno == EINTR) {
        }
        throw std::runtime_error(std::string("cannot run ") + args[0] + ": " +
                                 std::strerror(error));
    }
    return pid;
}

ProcessResult run(const std::vector<std::string>& argv, const std::string& input,
                  const std::vector<std::string>& env, const ProcessLimits* limits) {
    Pipe in, out, err;
    std::vector<std::string> args = argv;
    // The inherited environment, without the variables `env` sets: with two
    // entries of one name, getenv() would find the inherited one first.
    const auto set_here = [&](std::string_view entry) {
        const std::string_view name = entry.substr(0, entry.find('='));
        return std::any_of(env.begin(), env.end(), [&](const std::string& own) {
            return std::string_view(own).substr(0, own.find('=')) == name;
        });
    };
    std::vector<std::string> environment;
    for (char** e = environ; *e != nullptr; ++e) {
        if (!set_here(*e)) environment.emplace_back(*e);
    }
    environment.insert(environment.end(), env.begin(), env.end());
    auto c_args = c_strings(args);
    auto c_env = c_strings(environment);

    pid_t pid = 0;
    if (limits != nullptr) {
        pid = fork_with_limits(c_args.data(), c_env.data(), in, out, err, *limits);
    } else {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, in.read_end, 0);
        posix_spawn_file_actions_adddup2(&actions, out.write_end, 1);
        posix_spawn_file_actions_adddup2(&actions, err.write_end, 2);
        const int rc = posix_spawn(&pid, c_args[0], &actions, nullptr, c_args.data(), c_env.data());
        posix_spawn_file_actions_destroy(&actions);
        if (rc != 0)
            throw std::runtime_error("cannot run " + argv.at(0) + ": " + std::strerror(rc));
    }
    in.close_read();
    out.close_write();
    err.close_write();

    ProcessResult result;
    std::size_t written = 0;
    if (input.empty()) in.close_write();
    std::array<char, 65536> buffer{};
    while (out.read_end >= 0 || err.read_end >= 0) {
        std::array<pollfd, 3> fds{};
        nfds_t count = 0;
        if (out.read_end >= 0) fds[count++] = {out.read_end, POLLIN, 0};
        if (err.read_end >= 0) fds[count++] = {err.read_end, POLLIN, 0};
        if (in.write_end >= 0) fds[count++] = {in.write_end, POLLOUT, 0};
        if (poll(fds.data(), count, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (nfds_t i = 0; i < count; ++i) {
            if (fds[i].revents == 0) continue;
            if (fds[i].fd == in.write_end) {
                const ssize_t n =
                    ::write(in.write_end, input.data() + written, input.size() - written);
                if (n <= 0) {
                    in.close_write();
                } else {
                    written += static_cast<std::size_t>(n);
                    if (written == input.size()) in.close_write();
                }
                continue;
            }
            const ssize_t n = ::read(fds[i].fd, buffer.data(), buffer.size());
            std::string& target = fds[i].fd == out.read_end ? result.out : result.err;
            if (n <= 0) {
                (fds[i].fd == out.read_end ? out : err).close_read();
            } else {
                target.append(buffer.data(), static_cast<std::size_t>(n));
            }
        }
    }
    in.close_write();
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.exit_code = 128 + WTERMSIG(status);
    return result;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input,
                          const std::vector<std::string>& env) {
    return run(argv, input, env, nullptr);
}

ProcessResult run_process_with_limits(const std::vector<std::string>& argv,
                                      const ProcessLimits& limits, const std::string& input,
                                      const std::vector<std::string>& env) {
    return run(argv, input, env, &limits);
}

int spawn_process(const std::vector<std::string>& argv, const SpawnOptions& options) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    if (options.own_process_group) {
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);  // a new group, led by the child
    }
    std::vector<std::string> args = argv;
    auto c_args = c_strings(args);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, c_args[0], &actions, &attributes, c_args.data(), environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot run " + argv.at(0) + ": " + std::strerror(rc));
    return pid;
}

int wait_process(int pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

std::optional<std::filesystem::path> find_on_path(std::string_view name) {
    const char* path = std::getenv("PATH");
    std::string_view folders = path == nullptr ? "" : path;
    while (!folders.empty()) {
        const auto colon = folders.find(':');
        const std::filesystem::path candidate =
            std::filesystem::path(folders.substr(0, colon)) / name;
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
        folders = colon == std::string_view::npos ? "" : folders.substr(colon + 1);
    }
    return std::nullopt;
}

std::string index_binary() { return DATELINE_INDEX_BIN; }
std::string search_binary() { return DATELINE_SEARCH_BIN; }
std::string test_data_dir() { return DATELINE_TEST_DATA_DIR; }
std::string source_dir() { return DATELINE_SOURCE_DIR; }
std::string shared_dir() { return DATELINE_SHARED_DIR; }

}  // namespace dateline::test
