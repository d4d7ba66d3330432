// The command-line grammar shared by the tools (command_line.hpp), as a
// table: arguments -> the options and operands seen, or the error.

#include "dateline/cli/command_line.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dateline/cli/usage_error.hpp"

namespace dateline::cli {
namespace {

namespace po = boost::program_options;

po::options_description table() {
    po::options_description options;
    options.add_options()                                                    //
        ("index,i", po::value<std::vector<std::string>>(), "index")          //
        ("limit,n", po::value<long long>()->default_value(10), "limit")      //
        ("compare", po::value<std::vector<std::string>>(), "another query")  //
        ("quiet,q", "quiet")                                                 //
        ("json", "json");
    return options;
}

ParsedCommandLine parse(std::vector<std::string> args, OperandKind kind) {
    args.insert(args.begin(), "tool");
    std::vector<const char*> argv;
    for (const auto& arg : args) argv.push_back(arg.c_str());
    return parse_command_line(static_cast<int>(argv.size()), argv.data(), table(), kind);
}

// What a parse saw, in one comparable line: "limit=N quiet json | operands".
std::string seen(const ParsedCommandLine& parsed) {
    std::string out;
    const auto& vm = parsed.values;
    if (!vm["limit"].defaulted())
        out += "limit=" + std::to_string(vm["limit"].as<long long>()) + ' ';
    for (const char* list : {"index", "compare"}) {
        if (vm.count(list) == 0) continue;
        for (const auto& value : vm[list].as<std::vector<std::string>>()) {
            out += std::string(list) + '=' + value + ' ';
        }
    }
    if (vm.count("quiet") != 0) out += "quiet ";
    if (vm.count("json") != 0) out += "json ";
    out += '|';
    for (const auto& operand : parsed.operands) out += ' ' + operand;
    return out;
}

struct Case {
    std::vector<std::string> args;
    std::string expected;  // seen(), or "error: <message start>"
};

void check(const std::vector<Case>& cases, OperandKind kind) {
    for (const auto& c : cases) {
        std::string got;
        try {
            got = seen(parse(c.args, kind));
        } catch (const UsageError& e) {
            got = std::string("error: ") + e.what();
        }
        std::string args;
        for (const auto& arg : c.args) args += " [" + arg + "]";
        if (c.expected.starts_with("error: ")) {
            EXPECT_EQ(got.rfind(c.expected, 0), 0U) << args << " gave " << got;
        } else {
            EXPECT_EQ(got, c.expected) << args;
        }
    }
}

TEST(CommandLine, QueryWordsStartingWithDashStayWords) {
    check(
        {
            {{"oil", "-gas"}, "| oil -gas"},
            {{"-gas", "oil"}, "| -gas oil"},
            {{"+oil", "-n", "5", "-gas"}, "limit=5 | +oil -gas"},
            {{"-n", "3", "oil"}, "limit=3 | oil"},
            {{"--limit", "3", "oil"}, "limit=3 | oil"},
            {{"--limit=3", "oil"}, "limit=3 | oil"},
            {{"-q", "oil", "-i", "a", "--index", "b"}, "index=a index=b quiet | oil"},
            {{"--json", "--", "-rates"}, "json | -rates"},
            {{"--", "--json", "-n"}, "| --json -n"},
            {{"oil", "-5"}, "| oil -5"},
            {{"-"}, "| -"},
            // A value is taken as given, even one that looks like an option.
            {{"--compare", "-gold", "oil"}, "compare=-gold | oil"},
            {{"--compare=--json", "oil"}, "compare=--json | oil"},
            {{"-x", "oil"}, "error: unknown option '-x' (to exclude a one-letter word"},
            {{"--bogus", "oil"}, "error: unknown option '--bogus'"},
            {{"--lim", "3", "oil"}, "error: unknown option '--lim'"},  // no abbreviations
            {{"oil", "-n"}, "error: option '-n' needs a value"},
            {{"--json=yes", "oil"}, "error: option '--json' takes no value"},
            {{"-n", "many", "oil"}, "error: the argument ('many') for option '--limit' is invalid"},
            {{"-n", "1", "-n", "2"}, "error: option '--limit' cannot be specified more than once"},
        },
        OperandKind::QueryWords);
}

TEST(CommandLine, ForFilesEveryDashArgumentIsAnOption) {
    check(
        {
            {{"-i", "db", "corpus"}, "index=db | corpus"},
            {{"corpus", "-q"}, "quiet | corpus"},
            {{"-"}, "| -"},
            {{"--", "-odd-name"}, "| -odd-name"},
            {{"-odd-name"}, "error: unknown option '-odd-name' (short options stand alone"},
            {{"-idb"}, "error: unknown option '-idb' (short options stand alone"},
            {{"-x"}, "error: unknown option '-x'"},
        },
        OperandKind::Files);
}

}  // namespace
}  // namespace dateline::cli
