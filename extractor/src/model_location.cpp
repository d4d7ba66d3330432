#include "dateline/extractor/model_location.hpp"

#include <cstdlib>
#include <string>
#include <system_error>

#include "dateline/extractor/errors.hpp"

namespace dateline::extractor {

std::vector<std::filesystem::path> model_search_path(const char* argv0) {
    std::vector<std::filesystem::path> dirs;
    // Set, it is the user's choice as --model is: a wrong folder is an error,
    // not a reason to fall back silently on another model.
    if (const char* env = std::getenv("DATELINE_NER_MODEL"); env != nullptr && *env != '\0') {
        dirs.emplace_back(env);
        return dirs;
    }
    std::error_code ec;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec && argv0 != nullptr) exe = std::filesystem::absolute(argv0, ec);
    if (!exe.empty())
        dirs.push_back(exe.parent_path().parent_path() / DATELINE_NER_RELATIVE_MODEL_DIR);
    dirs.emplace_back(DATELINE_NER_INSTALLED_MODEL_DIR);
    dirs.emplace_back(DATELINE_NER_SOURCE_MODEL_DIR);
    return dirs;
}

std::filesystem::path find_model_dir(const std::vector<std::filesystem::path>& candidates,
                                     std::string_view option) {
    std::string tried;
    for (const auto& dir : candidates) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(dir / kModelFileName, ec) &&
            std::filesystem::is_regular_file(dir / kGazetteerFileName, ec)) {
            return dir;
        }
        tried += (tried.empty() ? "" : ", ") + dir.string();
    }
    throw ModelError("no NER model found (tried " + tried + "); use " + std::string(option) +
                     " DIR or set DATELINE_NER_MODEL");
}

std::filesystem::path find_model_dir(const char* argv0, std::string_view option) {
    return find_model_dir(model_search_path(argv0), option);
}

}  // namespace dateline::extractor
