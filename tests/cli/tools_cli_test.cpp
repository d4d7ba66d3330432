// The three tools agree (issue 13): one version from CMake, the same short
// options, the same usage errors; and each has a man page and bash and zsh
// completions generated from its option table, installed by cmake --install.
// The completions are run in real bash and zsh.

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;

std::string ner_binary() {
    return (fs::path(index_binary()).parent_path().parent_path() / "extractor" / "dateline-ner")
        .string();
}

struct ToolBinary {
    std::string name;
    std::string path;
};

std::vector<ToolBinary> tools() {
    return {{"dateline-index", index_binary()},
            {"dateline-search", search_binary()},
            {"dateline-ner", ner_binary()}};
}

// The program `name` found on $PATH (run_process does not search it).
std::string program(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path != nullptr ? path : "/usr/bin:/bin");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        if (!dir.empty() && ::access((fs::path(dir) / name).c_str(), X_OK) == 0) {
            return (fs::path(dir) / name).string();
        }
    }
    ADD_FAILURE() << name << " is not installed (tools/setup-debian.sh installs it)";
    return name;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The long options --help lists ("--limit", ...).
std::set<std::string> help_options(const std::string& help) {
    std::set<std::string> options;
    const std::regex option(R"(^  (?:-[a-zA-Z], |    )(--[a-z-]+))");
    std::istringstream lines(help);
    for (std::string line; std::getline(lines, line);) {
        std::smatch match;
        if (std::regex_search(line, match, option)) options.insert(match[1]);
    }
    return options;
}

TEST(Tools, VersionComesFromCMake) {
    for (const auto& tool : tools()) {
        for (const char* flag : {"--version", "-V"}) {
            const auto result = run_process({tool.path, flag});
            EXPECT_EQ(result.exit_code, 0) << tool.name << result.err;
            EXPECT_EQ(result.out.rfind(tool.name + " " DATELINE_PROJECT_VERSION " (Xapian 1.4.", 0),
                      0U)
                << result.out;
        }
    }
}

TEST(Tools, HelpIsTheSameForShortAndLongOption) {
    for (const auto& tool : tools()) {
        const auto help = run_process({tool.path, "--help"}, {}, {"COLUMNS=80"});
        EXPECT_EQ(help.exit_code, 0) << tool.name;
        EXPECT_EQ(help.out.rfind("Usage: " + tool.name + " [options] ", 0), 0U) << help.out;
        EXPECT_EQ(run_process({tool.path, "-h"}, {}, {"COLUMNS=80"}).out, help.out) << tool.name;
        EXPECT_EQ(help.err, "");
    }
}

TEST(Tools, ShortOptionsMeanTheSameEverywhere) {
    const auto index_help = run_process({index_binary(), "--help"}).out;
    const auto search_help = run_process({search_binary(), "--help"}).out;
    const auto ner_help = run_process({ner_binary(), "--help"}).out;
    for (const std::string* help : {&index_help, &search_help, &ner_help}) {
        EXPECT_NE(help->find("  -h, --help "), std::string::npos) << *help;
        EXPECT_NE(help->find("  -V, --version "), std::string::npos) << *help;
    }
    for (const std::string* help : {&index_help, &search_help}) {
        EXPECT_NE(help->find("  -i, --index DIR "), std::string::npos) << *help;
        EXPECT_NE(help->find("  -q, --quiet "), std::string::npos) << *help;
    }
    EXPECT_NE(search_help.find("  -n, --limit N "), std::string::npos) << search_help;
}

TEST(Tools, UsageErrorsLookAlike) {
    for (const auto& tool : tools()) {
        const auto result = run_process({tool.path, "--no-such-option"});
        EXPECT_EQ(result.exit_code, 2) << tool.name;
        EXPECT_EQ(result.out, "");
        EXPECT_EQ(result.err, tool.name + ": error: unknown option '--no-such-option'\nTry '" +
                                  tool.name + " --help'.\n");
        const auto generate = run_process({tool.path, "--generate", "fish"});
        EXPECT_EQ(generate.exit_code, 2);
        EXPECT_EQ(generate.err.rfind(tool.name + ": error: --generate must be man, bash or zsh", 0),
                  0U)
            << generate.err;
    }
}

TEST(Tools, ManPagesAreValidRoffAndListEveryOption) {
    const TempDir dir;
    for (const auto& tool : tools()) {
        const auto man = run_process({tool.path, "--generate", "man"});
        ASSERT_EQ(man.exit_code, 0) << man.err;
        const fs::path page = dir.path() / (tool.name + ".1");
        std::ofstream(page) << man.out;
        // groff's warnings (-ww) on stderr mean a malformed page.
        const auto checked = run_process({program("groff"), "-man", "-ww", "-z", page.string()});
        EXPECT_EQ(checked.exit_code, 0) << checked.err;
        EXPECT_EQ(checked.err, "") << tool.name;
        const auto rendered =
            run_process({program("groff"), "-man", "-Tutf8", "-P", "-cbou", page.string()});
        ASSERT_EQ(rendered.exit_code, 0);
        for (const auto& option : help_options(run_process({tool.path, "--help"}).out)) {
            EXPECT_NE(rendered.out.find(option), std::string::npos)
                << tool.name << ": " << option << " missing from the man page";
        }
        EXPECT_NE(rendered.out.find("EXIT STATUS"), std::string::npos);
    }
}

// cmake --install puts the generated man pages and completions where man,
// bash-completion and zsh look for them, identical to what --generate prints.
TEST(Tools, InstallPutsManPagesAndCompletionsInPlace) {
    const TempDir prefix;
    const auto installed = run_process({DATELINE_CMAKE_COMMAND, "--install", DATELINE_BUILD_DIR,
                                        "--prefix", prefix.path().string()});
    ASSERT_EQ(installed.exit_code, 0) << installed.err;
    for (const auto& tool : tools()) {
        const fs::path root = prefix.path() / "share";
        const std::vector<std::pair<fs::path, std::string>> files = {
            {root / "man" / "man1" / (tool.name + ".1"), "man"},
            {root / "bash-completion" / "completions" / tool.name, "bash"},
            {root / "zsh" / "site-functions" / ("_" + tool.name), "zsh"},
        };
        for (const auto& [file, what] : files) {
            ASSERT_TRUE(fs::is_regular_file(file)) << file;
            EXPECT_EQ(read_file(file), run_process({tool.path, "--generate", what}).out) << file;
        }
        EXPECT_TRUE(fs::is_regular_file(prefix.path() / "bin" / tool.name));
    }
}

class Completion : public testing::Test {
  protected:
    void SetUp() override {
        for (const auto& tool : tools()) {
            std::ofstream(dir_.path() / (tool.name + ".bash"))
                << run_process({tool.path, "--generate", "bash"}).out;
            std::ofstream(dir_.path() / ("_" + tool.name))
                << run_process({tool.path, "--generate", "zsh"}).out;
        }
    }

    // The candidates bash offers for `line` (the cursor at its end), sorted.
    std::set<std::string> bash(const std::string& tool, const std::string& line) const {
        const std::string script = "source '" + (dir_.path() / (tool + ".bash")).string() +
                                   "'\n"
                                   "COMP_LINE=$1; COMP_POINT=${#1}; COMPREPLY=()\n"
                                   "_" +
                                   function_suffix(tool) +
                                   "\n"
                                   "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        const auto result = run_process({program("bash"), "-c", script, "bash", line});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return lines(result.out);
    }

    // The matches zsh's completion system offers for `line`.
    std::set<std::string> zsh(const std::string& line) const {
        const std::string driver = source_dir() + "/tests/cli/zsh_complete.zsh";
        const auto result =
            run_process({program("zsh"), "-f", driver, dir_.path().string(), line}, {},
                        {"PATH=" + fs::path(search_binary()).parent_path().string() + ":" +
                         fs::path(index_binary()).parent_path().string() + ":/usr/bin:/bin"});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return lines(result.out);
    }

  private:
    static std::string function_suffix(std::string tool) {
        for (char& c : tool) c = c == '-' ? '_' : c;
        return tool;
    }
    static std::set<std::string> lines(const std::string& text) {
        std::set<std::string> out;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);) {
            if (!line.empty()) out.insert(line);
        }
        return out;
    }

    TempDir dir_;
};

using Words = std::set<std::string>;

TEST_F(Completion, BashCompletesOptionsValuesAndFieldPrefixes) {
    EXPECT_EQ(bash("dateline-search", "dateline-search --so"), Words{"--sort"});
    EXPECT_EQ(bash("dateline-search", "dateline-search --sort "),
              (Words{"relevance", "date", "-date"}));
    EXPECT_EQ(bash("dateline-search", "dateline-search --sort=-"), Words{"-date"});
    // bash splits words at ':'; only the part after it is replaced.
    EXPECT_EQ(bash("dateline-search", "dateline-search --facet date:"),
              (Words{"year", "month", "week", "day"}));
    EXPECT_EQ(bash("dateline-search", "dateline-search --facet pe"), Words{"person"});
    EXPECT_EQ(bash("dateline-search", "dateline-search --timeline "),
              (Words{"year", "month", "week", "day"}));
    EXPECT_EQ(bash("dateline-search", "dateline-search --significant "),
              (Words{"person", "place", "org", "term"}));
    EXPECT_EQ(bash("dateline-search", "dateline-search oil pla"), Words{"place:"});
    EXPECT_EQ(bash("dateline-search", "dateline-search oil -q"), Words{"-q"});
    EXPECT_EQ(bash("dateline-search", "dateline-search -- --q"), Words{});
    EXPECT_EQ(bash("dateline-index", "dateline-index --format r"), Words{"reuters"});
    EXPECT_EQ(bash("dateline-ner", "dateline-ner --ev"), Words{"--eval"});
}

TEST_F(Completion, ZshCompletesOptionsValuesAndFieldPrefixes) {
    EXPECT_EQ(zsh("dateline-search --so"), Words{"--sort"});
    EXPECT_EQ(zsh("dateline-search --sort "), (Words{"relevance", "date", "-date"}));
    EXPECT_EQ(zsh("dateline-search --facet date:"),
              (Words{"date:year", "date:month", "date:week", "date:day"}));
    EXPECT_EQ(zsh("dateline-search oil pers"), Words{"person:"});
    EXPECT_EQ(zsh("dateline-index --format "), (Words{"text", "reuters", "jsonl", "csv"}));
    EXPECT_EQ(zsh("dateline-ner --no-i"), Words{"--no-implied"});
}

}  // namespace
}  // namespace dateline::test
