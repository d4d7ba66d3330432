#pragma once
// OptionTable: a tool's options, in captioned groups ("Output", "Explore"),
// as boost::program_options tables. The parser reads all of them as one
// table; --help, the man page and the completions (help.hpp, man_page.hpp,
// completion.hpp) show them group by group. Boost 1.74 cannot list the groups
// of an options_description, hence this small holder.
//
//   OptionTable table;
//   table.add_group("Options")("limit,n", po::value<long long>()->value_name("N"), "...");

#include <boost/program_options.hpp>
#include <memory>
#include <string>
#include <vector>

namespace dateline::cli {

class OptionTable {
  public:
    /// Adds an empty group and returns it, to add options to.
    boost::program_options::options_description& add_group(const std::string& caption);

    /// The group with this caption, or nullptr.
    [[nodiscard]] boost::program_options::options_description* find_group(
        const std::string& caption);

    struct Group {
        std::string caption;
        boost::program_options::options_description options;
    };
    [[nodiscard]] const std::vector<std::unique_ptr<Group>>& groups() const { return groups_; }

    /// Every option of every group, for the parser.
    [[nodiscard]] boost::program_options::options_description all() const;

  private:
    // unique_ptr: boost's easy_init keeps a pointer to the group it fills.
    std::vector<std::unique_ptr<Group>> groups_;
};

}  // namespace dateline::cli
