// --help, the man page and the completion scripts generated from one tool
// description and option table (help.hpp, man_page.hpp, completion.hpp).

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "dateline/cli/completion.hpp"
#include "dateline/cli/help.hpp"
#include "dateline/cli/man_page.hpp"
#include "dateline/cli/standard_options.hpp"
#include "dateline/cli/version.hpp"

namespace dateline::cli {
namespace {

namespace po = boost::program_options;

Tool example_tool() {
    Tool tool;
    tool.name = "dateline-example";
    tool.summary = "an example tool";
    tool.usage = "[options] WORD...";
    tool.description =
        "Does nothing with each WORD, but says so at length, so that the paragraph has to be "
        "wrapped.\n"
        "\n"
        "  dateline-example -n 2 some words";
    tool.exit_status = "Exit status: 0 always.";
    tool.sections = {{"Environment", ".EXAMPLE is read with a back\\slash."}};
    tool.see_also = {"dateline-search(1)"};
    tool.operands = OperandKind::QueryWords;
    tool.operand_name = "WORD";
    tool.operand_words = {"person:", "date:"};
    tool.value_hints = {{"sort", ValueKind::Choice, {"relevance", "-date"}}};
    return tool;
}

OptionTable example_table() {
    OptionTable table;
    table.add_group("Options").add_options()                                     //
        ("limit,n", po::value<long long>()->value_name("N")->default_value(10),  //
         "show at most N hits")                                                  //
        ("sort", po::value<std::string>()->value_name("ORDER"),
         "relevance, or -date for the newest first; a long description that wraps")  //
        ("facet", po::value<std::vector<std::string>>()->value_name("FIELD"), "count by FIELD");
    auto& other = table.add_group("Other options");
    other.add_options()("json", "print JSON");
    add_standard_options(other);
    return table;
}

TEST(Help, IsGeneratedFromTheTable) {
    std::ostringstream out;
    print_help(out, example_tool(), example_table(), 60);
    EXPECT_EQ(out.str(),
              "Usage: dateline-example [options] WORD...\n"
              "Does nothing with each WORD, but says so at length, so that\n"
              "the paragraph has to be wrapped.\n"
              "\n"
              "  dateline-example -n 2 some words\n"
              "\n"
              "Options:\n"
              "  -n, --limit N        show at most N hits (default: 10)\n"
              "      --sort ORDER     relevance, or -date for the newest\n"
              "                       first; a long description that wraps\n"
              "      --facet FIELD    count by FIELD\n"
              "\n"
              "Other options:\n"
              "      --json           print JSON\n"
              "  -h, --help           show this help and exit\n"
              "  -V, --version        show the version and exit\n"
              "      --generate WHAT  print the man page (man) or the bash\n"
              "                       or zsh completion script (bash, zsh)\n"
              "                       and exit\n"
              "\n"
              "Exit status: 0 always.\n");
}

TEST(ManPage, HasTheSectionsAndEscapesRoff) {
    std::ostringstream out;
    write_man_page(out, example_tool(), example_table());
    const std::string page = out.str();
    for (const std::string& expected : std::vector<std::string>{
             ".TH DATELINE\\-EXAMPLE 1 \"\" \"dateline " + std::string(version()) + "\"",
             ".SH NAME\ndateline\\-example \\- an example tool\n",
             ".SH SYNOPSIS\n.B dateline\\-example\n[options] WORD...\n",
             ".RS 4\n.nf\ndateline\\-example \\-n 2 some words\n.fi\n.RE\n",
             ".SS Other options\n",
             ".TP\n\\fB\\-n\\fR, \\fB\\-\\-limit\\fR \\fIN\\fR\nshow at most N hits (default: "
             "10)\n",
             ".TP\n\\fB\\-\\-json\\fR\nprint JSON\n",
             // A leading '.' is text, not a request; a backslash is printed.
             ".SH \"ENVIRONMENT\"\n\\&.EXAMPLE is read with a back\\eslash.\n",
             ".SH \"EXIT STATUS\"\nExit status: 0 always.\n",
             ".SH \"SEE ALSO\"\n\\fBdateline\\-search\\fR(1)\n",
         }) {
        EXPECT_NE(page.find(expected), std::string::npos) << expected << "\nin\n" << page;
    }
}

TEST(Completion, BashAndZshScriptsNameEveryOptionAndChoice) {
    std::ostringstream bash;
    write_bash_completion(bash, example_tool(), example_table());
    for (const std::string expected :
         {"_dateline_example() {", "complete -F _dateline_example dateline-example",
          "'--limit -n --sort --facet --json --help -h --version -V --generate'",
          "--sort) mapfile -t candidates < <(compgen -W 'relevance -date' -- \"$value\")",
          "compgen -W 'person: date:' -- \"$cur\""}) {
        EXPECT_NE(bash.str().find(expected), std::string::npos) << expected << "\nin\n"
                                                                << bash.str();
    }
    std::ostringstream zsh;
    write_zsh_completion(zsh, example_tool(), example_table());
    for (const std::string expected :
         {"#compdef dateline-example\n", "'(-n --limit)'{-n,--limit=}'[show at most N hits]:N: '",
          "'--sort=[relevance, or -date for the newest first]:ORDER:(relevance -date)'",
          "'*--facet=[count by FIELD]:FIELD: '", "compadd -S '' -- 'person:' 'date:'"}) {
        EXPECT_NE(zsh.str().find(expected), std::string::npos) << expected << "\nin\n" << zsh.str();
    }
}

}  // namespace
}  // namespace dateline::cli
