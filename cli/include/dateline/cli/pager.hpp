#pragma once
// Paging: output longer than the screen goes through a pager, as git does.
//
// pager_command() decides whether to page and with what; Pager runs it. The
// command is $DATELINE_PAGER, else $PAGER, else "less"; an empty command or
// "cat" means no pager. LESS defaults to "FRX" (quit when the output fits
// on one screen, pass colours through, leave the screen as it is) and LV to
// "-c", unless the user set them, so the default pager is `less -FRX`.

#include <optional>
#include <string>
#include <string_view>

namespace dateline::cli {

enum class PagerMode {
    Auto,    ///< page when standard output is a terminal (the default)
    Always,  ///< page even when it is not (a pipe to a file, for tests)
    Never,   ///< --no-pager
};

/// "auto", "always", "never"; nullopt otherwise.
[[nodiscard]] std::optional<PagerMode> parse_pager_mode(std::string_view text);

/// The shell command to page through, or nullopt for none. `dateline_pager`
/// and `pager` are the values of $DATELINE_PAGER and $PAGER (nullptr when
/// unset); a set but empty value, or "cat", means no pager.
[[nodiscard]] std::optional<std::string> pager_command(PagerMode mode, bool output_is_terminal,
                                                       const char* dateline_pager,
                                                       const char* pager);

/// A running pager that standard output (file descriptor 1 and std::cout)
/// writes to. Destroying it flushes and closes standard output and waits
/// for the pager to finish, so the shell prompt comes back after it.
class Pager {
  public:
    /// Starts `/bin/sh -c command` with its standard input on a pipe from
    /// standard output. When it cannot be started, standard output is left
    /// as it was (paging is a comfort, not a requirement). Once it runs,
    /// SIGINT and SIGQUIT are ignored: the user ends the pager, not the
    /// tool under it.
    explicit Pager(const std::string& command);
    ~Pager();
    Pager(const Pager&) = delete;
    Pager& operator=(const Pager&) = delete;

    /// True when output goes to the pager.
    [[nodiscard]] bool running() const { return pid_ > 0; }

  private:
    int pid_ = -1;
};

}  // namespace dateline::cli
