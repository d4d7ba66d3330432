#pragma once
// Where the tools find ner.model and gazetteer.bin when no --model is given.
//
// $DATELINE_NER_MODEL, when set and not empty, is the only place looked at
// (an explicit choice, like a tool's --model: a wrong folder is an error).
// Otherwise, in order (first folder that holds both files wins):
//  1. <dir of the executable>/../share/dateline/ner (a relocated install);
//  2. the install data dir, CMAKE_INSTALL_FULL_DATADIR/dateline/ner;
//  3. extractor/model in the source tree the program was built from.

#include <filesystem>
#include <string_view>
#include <vector>

namespace dateline::extractor {

inline constexpr const char* kModelFileName = "ner.model";
inline constexpr const char* kGazetteerFileName = "gazetteer.bin";

/// The candidate folders, in search order (argv0 may be null).
[[nodiscard]] std::vector<std::filesystem::path> model_search_path(const char* argv0);

/// The first folder of `candidates` holding both files; throws ModelError
/// listing the folders tried when none does, and saying to use `option`
/// (the calling tool's own option: "--model", "--ner-model") or
/// $DATELINE_NER_MODEL.
[[nodiscard]] std::filesystem::path find_model_dir(
    const std::vector<std::filesystem::path>& candidates, std::string_view option);

/// find_model_dir(model_search_path(argv0), option).
[[nodiscard]] std::filesystem::path find_model_dir(const char* argv0, std::string_view option);

}  // namespace dateline::extractor
