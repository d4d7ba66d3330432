#include "dateline/cli/option_table.hpp"

namespace dateline::cli {

namespace po = boost::program_options;

po::options_description& OptionTable::add_group(const std::string& caption) {
    groups_.push_back(std::make_unique<Group>(Group{caption, po::options_description(caption)}));
    return groups_.back()->options;
}

po::options_description* OptionTable::find_group(const std::string& caption) {
    for (const auto& group : groups_) {
        if (group->caption == caption) return &group->options;
    }
    return nullptr;
}

po::options_description OptionTable::all() const {
    po::options_description all;
    for (const auto& group : groups_) all.add(group->options);
    return all;
}

}  // namespace dateline::cli
