#pragma once
// Where the index lives when the user does not say: one rule for both tools.

#include <filesystem>

namespace dateline::schema {

/// Environment variable naming the index location.
inline constexpr const char* kIndexEnvironmentVariable = "DATELINE_INDEX";

/// The index location used without --index: $DATELINE_INDEX if set and
/// non-empty, else $XDG_DATA_HOME/dateline/index, else
/// $HOME/.local/share/dateline/index, else ./dateline-index.
[[nodiscard]] std::filesystem::path default_index_path();

}  // namespace dateline::schema
