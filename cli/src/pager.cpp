#include "dateline/cli/pager.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace dateline::cli {

std::optional<PagerMode> parse_pager_mode(std::string_view text) {
    if (text == "auto") return PagerMode::Auto;
    if (text == "always") return PagerMode::Always;
    if (text == "never") return PagerMode::Never;
    return std::nullopt;
}

std::optional<std::string> pager_command(PagerMode mode, bool output_is_terminal,
                                         const char* dateline_pager, const char* pager) {
    if (mode == PagerMode::Never) return std::nullopt;
    if (mode == PagerMode::Auto && !output_is_terminal) return std::nullopt;
    std::string command = "less";
    if (dateline_pager != nullptr) {
        command = dateline_pager;
    } else if (pager != nullptr) {
        command = pager;
    }
    if (command.find_first_not_of(" \t") == std::string::npos || command == "cat") {
        return std::nullopt;
    }
    return command;
}

Pager::Pager(const std::string& command) {
    std::cout.flush();
    std::fflush(stdout);
    int fds[2];
    if (::pipe(fds) != 0) return;
    // As git: less quits when the output fits, keeps colours and the screen.
    ::setenv("LESS", "FRX", 0);
    ::setenv("LV", "-c", 0);
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return;
    }
    if (pid == 0) {
        ::dup2(fds[0], STDIN_FILENO);
        ::close(fds[0]);
        ::close(fds[1]);
        ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[0]);
    if (::dup2(fds[1], STDOUT_FILENO) < 0) {
        ::close(fds[1]);
        ::kill(pid, SIGTERM);
        ::waitpid(pid, nullptr, 0);
        return;
    }
    ::close(fds[1]);
    pid_ = pid;
    // Ctrl-C in the pager reaches this process too: it must not end before
    // the pager does, which would give the terminal back to the shell while
    // the pager still reads it. The user quits the pager instead; writes
    // to it then fail (EPIPE), and the tool ends quietly.
    std::signal(SIGINT, SIG_IGN);
    std::signal(SIGQUIT, SIG_IGN);
}

Pager::~Pager() {
    if (pid_ <= 0) return;
    std::cout.flush();
    std::fflush(stdout);
    // The pager sees the end of its input, shows the rest, and is left to
    // the user until it quits.
    ::close(STDOUT_FILENO);
    while (::waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
}

}  // namespace dateline::cli
