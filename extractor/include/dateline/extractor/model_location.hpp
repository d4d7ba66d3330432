#pragma once
// Where the tools find ner.model and gazetteer.bin when no --model is given.
//
// Order (first folder that holds both files wins):
//  1. $DATELINE_NER_MODEL, if set;
//  2. <dir of the executable>/../share/dateline/ner (a relocated install);
//  3. the install data dir, CMAKE_INSTALL_FULL_DATADIR/dateline/ner;
//  4. extractor/model in the source tree the program was built from.

#include <filesystem>
#include <vector>

namespace dateline::extractor {

inline constexpr const char* kModelFileName = "ner.model";
inline constexpr const char* kGazetteerFileName = "gazetteer.bin";

/// The candidate folders, in search order (argv0 may be null).
[[nodiscard]] std::vector<std::filesystem::path> model_search_path(const char* argv0);

/// The first candidate holding both files; throws ModelError listing the
/// folders tried when none does.
[[nodiscard]] std::filesystem::path find_model_dir(const char* argv0);

}  // namespace dateline::extractor
