#pragma once
// Tool: what a command-line tool says about itself, beside its option table.
//
// Each tool (dateline-index, dateline-search, dateline-ner) describes itself
// once with a Tool and one boost::program_options table; --help, the man page
// (man_page.hpp) and the bash and zsh completions (completion.hpp) are all
// generated from the pair, so they cannot disagree with what the parser
// accepts.
//
// Text fields are plain text. Paragraphs are separated by a blank line and
// are re-wrapped to the output's width; a paragraph whose every line starts
// with two spaces is an example, shown as written.

#include <string>
#include <vector>

namespace dateline::cli {

/// A section of the man page beyond NAME, SYNOPSIS, DESCRIPTION, OPTIONS,
/// EXIT STATUS and SEE ALSO (e.g. ENVIRONMENT, FILES, QUERY WORDS).
struct ManSection {
    std::string title;  ///< upper case by man-page convention ("ENVIRONMENT")
    std::string text;   ///< paragraphs, as described above
};

/// What completes the value of an option.
enum class ValueKind {
    Text,       ///< anything: nothing is offered
    File,       ///< a file name
    Directory,  ///< a folder name
    Choice,     ///< one of ValueHint::choices
};

struct ValueHint {
    std::string option;                ///< long name, without "--"
    ValueKind kind = ValueKind::Text;  ///< Default: Text
    std::vector<std::string> choices;  ///< for ValueKind::Choice
};

/// What the operands (arguments that are not options) are.
enum class OperandKind {
    /// File or folder names (or "-" for stdin). Every argument that starts
    /// with '-' (except "-" itself) is an option.
    Files,
    /// Query words. An argument that starts with '-' is an option only when
    /// it starts with "--" or is exactly '-' and one letter; "-gas" and "+oil"
    /// are query words (see command_line.hpp).
    QueryWords,
};

struct Tool {
    std::string name;     ///< "dateline-search"
    std::string summary;  ///< the man page's NAME line: "search a Dateline news index"
    /// What follows the name on the usage line ("[options] QUERY..."); one
    /// line per form when there are several.
    std::string usage;
    std::string description;            ///< what the tool does (help and man DESCRIPTION)
    std::string exit_status;            ///< what each exit status means (help and man EXIT STATUS)
    std::vector<ManSection> sections;   ///< man page only, after OPTIONS
    std::vector<std::string> see_also;  ///< man page references: "dateline-index(1)"

    OperandKind operands = OperandKind::Files;
    std::string operand_name;  ///< the operand's name in usage and completions: "QUERY"
    /// Words offered when completing an operand (query field prefixes such as
    /// "person:"); file names are offered for OperandKind::Files instead.
    std::vector<std::string> operand_words;
    std::vector<ValueHint> value_hints;  ///< how option values complete
};

}  // namespace dateline::cli
