#include "dateline/cli/errors.hpp"

#include <fmt/format.h>
#include <xapian.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>

#include "dateline/cli/usage_error.hpp"

namespace dateline::cli {

void print_error(std::string_view program, std::string_view message) {
    // Whatever the tool wrote to stdout goes first when both are one terminal.
    std::cout.flush();
    fmt::print(stderr, "{}: error: {}\n", program, message);
}

void print_usage_error(std::string_view program, std::string_view message) {
    print_error(program, message);
    fmt::print(stderr, "Try '{} --help'.\n", program);
}

int report_current_exception(std::string_view program, std::string_view consequence) {
    try {
        throw;
    } catch (const UsageError& e) {
        print_usage_error(program, e.what());
    } catch (const Xapian::Error& e) {
        // Not a std::exception: what a library did not wrap for us.
        print_error(program, e.get_description() + std::string(consequence));
    } catch (const std::exception& e) {
        print_error(program, e.what() + std::string(consequence));
    } catch (...) {
        print_error(program, "unexpected failure" + std::string(consequence));
    }
    return kExitError;
}

bool flush_stdout(std::string_view program) {
    errno = 0;
    if (std::cout.flush() && std::fflush(stdout) == 0) return true;
    if (errno == EPIPE) return true;
    const int error = errno;
    std::cout.clear();
    print_error(program, fmt::format("cannot write output: {}",
                                     error != 0 ? std::strerror(error) : "write failed"));
    return false;
}

void ignore_broken_pipe() { std::signal(SIGPIPE, SIG_IGN); }

}  // namespace dateline::cli
