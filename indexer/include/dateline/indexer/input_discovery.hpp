#pragma once
// Input discovery: from the paths a user gives to the list of files to read.
//
// Folders are walked recursively in sorted order (stable runs). Hidden files
// and folders (".name") and documentation files (README, LICENSE, LICENCE,
// COPYING, with any extension) found inside folders are skipped, symbolic links to folders are not
// followed (no loops), and --exclude globs drop files by name or relative path.
// A folder that holds a Reuters-21578 collection (it contains reut2-*.sgm or
// lewis.dtd) contributes only its .sgm files: the README, DTD and category
// lists beside them are documentation, not articles; its codebook
// (cat-descriptions_120396.txt) is loaded for display names.

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dateline/indexer/diagnostic.hpp"
#include "dateline/indexer/reader.hpp"
#include "dateline/indexer/reuters_codebook.hpp"

namespace dateline::indexer {

struct InputFile {
    std::filesystem::path path;    ///< as the user would write it (root joined with the rest)
    std::string relative_path;     ///< relative to the root it was found under ('/' separated)
    std::optional<Format> format;  ///< forced format, or nullopt to detect per file
    std::shared_ptr<const ReutersCodebook> codebook;  ///< for files of a Reuters collection
};

/// A file or folder found under a root but not read, and why ("hidden",
/// "documentation", "excluded", ...): the run counts and lists them.
struct IgnoredFile {
    std::string path;    ///< as the user would write it
    std::string reason;  ///< one of the short reasons of discover_inputs()
};

using IgnoredFileSink = std::function<void(IgnoredFile)>;

struct DiscoveryOptions {
    std::optional<Format> forced_format;     ///< --format; default: detect per file
    std::vector<std::string> exclude_globs;  ///< --exclude; fnmatch() on name and relative path
};

/// Lists the files to read under `roots`. A root that is a file is taken as
/// it is (relative path = its file name). Unreadable folders and missing
/// roots are reported through `on_diagnostic` and skipped. Entries passed
/// over on purpose go to `on_ignored` (if given) with their reason:
/// "hidden", "documentation", "excluded", "not a Reuters data file" (beside
/// the .sgm files of a Reuters collection), "link to a folder" (not
/// followed), "not a regular file" (a socket, a device).
[[nodiscard]] std::vector<InputFile> discover_inputs(
    const std::vector<std::filesystem::path>& roots, const DiscoveryOptions& options,
    const DiagnosticSink& on_diagnostic, const IgnoredFileSink& on_ignored = {});

/// The format of one discovered file: its forced format, or the one
/// detect_format() picks from its name and first bytes.
[[nodiscard]] Format input_format(const InputFile& input, std::string_view content);

/// The --format a discovered file is read with ("jsonl"), "" when detected.
[[nodiscard]] std::string forced_format_name(const InputFile& input);

/// Reads the articles of one discovered file from its bytes, in its
/// input_format(), with its Reuters code book, numeric dates in `date_order`.
void read_input_articles(const InputFile& input, std::string_view content,
                         const ArticleSink& on_article, const DiagnosticSink& on_diagnostic,
                         schema::DateOrder date_order = schema::DateOrder::MonthFirst);

}  // namespace dateline::indexer
