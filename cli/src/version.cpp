#include "dateline/cli/version.hpp"

#include <fmt/format.h>
#include <xapian.h>

namespace dateline::cli {

std::string_view version() { return DATELINE_VERSION; }

std::string version_line(std::string_view program) {
    return fmt::format("{} {} (Xapian {})", program, version(), Xapian::version_string());
}

}  // namespace dateline::cli
