#pragma once
// FileState: what the index remembers about each input file, so the next run
// re-reads only what changed.
//
// States live in the index's own metadata ("dateline.file:" + relative path),
// written in the same commit as the file's documents: after a crash the
// states and the documents always agree. A run compares each with the file
// as it is now (FileStat), and with its bytes' hash when only the time moved.

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace dateline::indexer {

struct FileState {
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0;   ///< modification time, nanoseconds since the epoch
    std::uint64_t hash = 0;      ///< content_hash() of the bytes
    std::uint64_t articles = 0;  ///< articles indexed from the file
    /// The --format the file was read with ("jsonl"), empty when it was
    /// detected: a run with another --format reads the file again.
    std::string forced_format;
    /// The first problem the file had when it was read ("line 2: invalid
    /// JSON; line skipped", with "(and N more)"), empty when it was read
    /// cleanly: while the file is unchanged, every run names it again.
    std::string problem;

    friend bool operator==(const FileState&, const FileState&) = default;
};

/// What the file system says about a file now: what FileState is compared with.
struct FileStat {
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0;  ///< modification time, nanoseconds since the epoch
};

/// The file's size and modification time; nullopt when it cannot be stat()ed.
[[nodiscard]] std::optional<FileStat> stat_file(const std::filesystem::path& path);

/// A whole file's bytes; nullopt, with `error` set ("cannot open file",
/// "read error"), when it cannot be read.
[[nodiscard]] std::optional<std::string> read_file(const std::filesystem::path& path,
                                                   std::string& error);

/// 64-bit XXH3 hash of a file's bytes.
[[nodiscard]] std::uint64_t content_hash(std::string_view bytes);

/// Metadata key of a file's state; empty when the path is too long for a
/// Xapian key (such a file is simply re-read every run).
[[nodiscard]] std::string file_state_key(std::string_view relative_path);

/// "size mtime hash articles[ format]", then "\n" and the problem if there
/// is one; states written before the format was recorded decode with an
/// empty one.
[[nodiscard]] std::string encode_file_state(const FileState& state);
[[nodiscard]] std::optional<FileState> decode_file_state(std::string_view value);

/// Every file state recorded in `db`, by relative path.
[[nodiscard]] std::map<std::string, FileState> load_file_states(const Xapian::Database& db);

}  // namespace dateline::indexer
