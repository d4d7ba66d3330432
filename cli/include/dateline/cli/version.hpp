#pragma once
// The version of Dateline, as project(VERSION) in the top CMakeLists.txt
// spells it; the only place it is written.

#include <string>
#include <string_view>

namespace dateline::cli {

/// "0.1.0"
[[nodiscard]] std::string_view version();

/// What --version prints: "<program> <version> (Xapian <xapian version>)".
[[nodiscard]] std::string version_line(std::string_view program);

}  // namespace dateline::cli
