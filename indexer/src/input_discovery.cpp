#include "dateline/indexer/input_discovery.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <system_error>

namespace dateline::indexer {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kCodebookName = "cat-descriptions_120396.txt";

bool is_hidden(const fs::path& name) {
    const std::string text = name.string();
    return !text.empty() && text.front() == '.';
}

// Documentation that commonly sits beside an archive (README.md, LICENSE,
// COPYING.txt): never an article, so a folder can be indexed as it is.
bool is_documentation(const fs::path& name) {
    const std::string stem = name.stem().string();
    std::string upper;
    for (const char c : stem)
        upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return upper == "README" || upper == "LICENSE" || upper == "LICENCE" || upper == "COPYING";
}

bool excluded(const DiscoveryOptions& options, const std::string& name,
              const std::string& relative_path) {
    return std::any_of(options.exclude_globs.begin(), options.exclude_globs.end(),
                       [&](const std::string& glob) {
                           return fnmatch(glob.c_str(), name.c_str(), 0) == 0 ||
                                  fnmatch(glob.c_str(), relative_path.c_str(), 0) == 0;
                       });
}

bool is_reuters_data_file(const std::string& name) {
    return name.ends_with(".sgm") && name.starts_with("reut2-");
}

// The sorted entries of one folder; nullopt (and a diagnostic) if unreadable.
std::optional<std::vector<fs::directory_entry>> list_folder(const fs::path& folder,
                                                            const DiagnosticSink& on_diagnostic) {
    std::error_code error;
    fs::directory_iterator it(folder, error);
    std::vector<fs::directory_entry> entries;
    for (; !error && it != fs::directory_iterator(); it.increment(error)) entries.push_back(*it);
    if (error) {
        on_diagnostic(Diagnostic{folder.string(), 0, "cannot read folder: " + error.message()});
        return std::nullopt;
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return a.path().filename() < b.path().filename();
    });
    return entries;
}

// A Reuters-21578 collection folder holds reut2-*.sgm or lewis.dtd.
bool is_reuters_collection(const std::vector<fs::directory_entry>& entries) {
    return std::any_of(entries.begin(), entries.end(), [](const fs::directory_entry& entry) {
        const std::string name = entry.path().filename().string();
        return name == "lewis.dtd" || is_reuters_data_file(name);
    });
}

std::shared_ptr<const ReutersCodebook> load_codebook(const fs::path& folder,
                                                     const DiagnosticSink& on_diagnostic) {
    const fs::path path = folder / kCodebookName;
    std::error_code error;
    if (!fs::exists(path, error)) return nullptr;  // codes are then shown as they are
    auto book = ReutersCodebook::load(path);
    if (!book) {
        on_diagnostic(Diagnostic{path.string(), 0, "cannot read the Reuters codebook"});
        return nullptr;
    }
    return std::make_shared<const ReutersCodebook>(std::move(*book));
}

class Walker {
  public:
    Walker(const DiscoveryOptions& options, const DiagnosticSink& on_diagnostic,
           const IgnoredFileSink& on_ignored, std::vector<InputFile>& out)
        : options_(options), on_diagnostic_(on_diagnostic), on_ignored_(on_ignored), out_(out) {}

    void walk(const fs::path& folder, const fs::path& relative) {
        const auto entries = list_folder(folder, on_diagnostic_);
        if (!entries) return;
        const bool reuters = is_reuters_collection(*entries);
        const auto codebook = reuters ? load_codebook(folder, on_diagnostic_) : nullptr;
        for (const auto& entry : *entries) {
            const fs::path name = entry.path().filename();
            if (is_hidden(name)) {
                ignore(entry, "hidden");
                continue;
            }
            if (is_documentation(name)) {
                ignore(entry, "documentation");
                continue;
            }
            const fs::path entry_relative = relative / name;
            const std::string relative_text = entry_relative.generic_string();
            if (excluded(options_, name.string(), relative_text)) {
                ignore(entry, "excluded");
                continue;
            }

            std::error_code error;
            const fs::file_status link_status = entry.symlink_status(error);
            fs::file_status status = link_status;
            if (fs::is_symlink(link_status)) {
                status = entry.status(error);
                if (error || !fs::exists(status)) {
                    on_diagnostic_(Diagnostic{entry.path().string(), 0, "broken symbolic link"});
                    continue;
                }
                // Links to folders are not followed: they could form a loop.
                if (fs::is_directory(status)) {
                    ignore(entry, "link to a folder");
                    continue;
                }
            }
            if (fs::is_directory(status)) {
                walk(entry.path(), entry_relative);
            } else if (fs::is_regular_file(status)) {
                if (reuters && entry.path().extension() != ".sgm") {
                    ignore(entry, "not a Reuters data file");
                    continue;
                }
                out_.push_back(
                    InputFile{entry.path(), relative_text, options_.forced_format, codebook});
            } else {
                ignore(entry, "not a regular file");
            }
        }
    }

  private:
    void ignore(const fs::directory_entry& entry, std::string reason) {
        if (on_ignored_) on_ignored_(IgnoredFile{entry.path().string(), std::move(reason)});
    }

    const DiscoveryOptions& options_;
    const DiagnosticSink& on_diagnostic_;
    const IgnoredFileSink& on_ignored_;
    std::vector<InputFile>& out_;
};

}  // namespace

std::vector<InputFile> discover_inputs(const std::vector<fs::path>& roots,
                                       const DiscoveryOptions& options,
                                       const DiagnosticSink& on_diagnostic,
                                       const IgnoredFileSink& on_ignored) {
    std::vector<InputFile> files;
    Walker walker(options, on_diagnostic, on_ignored, files);
    for (const auto& root : roots) {
        std::error_code error;
        const fs::file_status status = fs::status(root, error);
        if (!fs::exists(status)) {
            const bool dangling = fs::is_symlink(fs::symlink_status(root, error));
            on_diagnostic(Diagnostic{root.string(), 0,
                                     dangling ? "broken symbolic link" : "no such file or folder"});
            continue;
        }
        if (fs::is_directory(status)) {
            walker.walk(root, fs::path());
            continue;
        }
        // A file named on the command line is read even if hidden or not a
        // regular file (e.g. a named pipe); a Reuters file still gets the
        // codebook of its folder.
        const fs::path parent = root.has_parent_path() ? root.parent_path() : fs::path(".");
        std::shared_ptr<const ReutersCodebook> codebook;
        if (is_reuters_data_file(root.filename().string())) {
            codebook = load_codebook(parent, on_diagnostic);
        }
        files.push_back(
            InputFile{root, root.filename().generic_string(), options.forced_format, codebook});
    }
    return files;
}

Format input_format(const InputFile& input, std::string_view content) {
    return input.format.value_or(detect_format(input.path, content.substr(0, 4096)));
}

std::string forced_format_name(const InputFile& input) {
    return input.format ? std::string(format_name(*input.format)) : std::string();
}

void read_input_articles(const InputFile& input, std::string_view content,
                         const ArticleSink& on_article, const DiagnosticSink& on_diagnostic,
                         schema::DateOrder date_order) {
    const ReadContext context{SourceLocation{input.path.string(), input.relative_path, 1},
                              input.codebook.get(), date_order};
    read_articles(input_format(input, content), content, context, on_article, on_diagnostic);
}

}  // namespace dateline::indexer
