#include "dateline/schema/index_location.hpp"

#include <cstdlib>

namespace dateline::schema {

namespace {

const char* non_empty_env(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? value : nullptr;
}

}  // namespace

std::filesystem::path default_index_path() {
    if (const char* explicit_path = non_empty_env(kIndexEnvironmentVariable)) return explicit_path;
    if (const char* data_home = non_empty_env("XDG_DATA_HOME")) {
        return std::filesystem::path(data_home) / "dateline" / "index";
    }
    if (const char* home = non_empty_env("HOME")) {
        return std::filesystem::path(home) / ".local" / "share" / "dateline" / "index";
    }
    return "dateline-index";
}

}  // namespace dateline::schema
