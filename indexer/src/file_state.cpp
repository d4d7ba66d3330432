#include "dateline/indexer/file_state.hpp"

#include <sys/stat.h>
#include <xxhash.h>

#include <charconv>
#include <fstream>
#include <sstream>

namespace dateline::indexer {

namespace {

constexpr std::string_view kKeyPrefix = "dateline.file:";
// Xapian's limit on a metadata key is the term limit (about 245 bytes).
constexpr std::size_t kMaxKeyBytes = 240;

template <typename Number>
bool read_number(std::string_view& text, Number& out) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (error != std::errc{}) return false;
    text.remove_prefix(static_cast<std::size_t>(end - text.data()));
    if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    return true;
}

}  // namespace

std::optional<FileStat> stat_file(const std::filesystem::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return std::nullopt;
    return FileStat{
        static_cast<std::uint64_t>(info.st_size),
        static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
}

std::optional<std::string> read_file(const std::filesystem::path& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open file";
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        error = "read error";
        return std::nullopt;
    }
    return std::move(buffer).str();
}

std::uint64_t content_hash(std::string_view bytes) {
    return XXH3_64bits(bytes.data(), bytes.size());
}

std::string file_state_key(std::string_view relative_path) {
    if (kKeyPrefix.size() + relative_path.size() > kMaxKeyBytes) return {};
    std::string key(kKeyPrefix);
    key += relative_path;
    return key;
}

std::string encode_file_state(const FileState& state) {
    std::string value = std::to_string(state.size) + ' ' + std::to_string(state.mtime_ns) + ' ' +
                        std::to_string(state.hash) + ' ' + std::to_string(state.articles);
    if (!state.forced_format.empty()) value += ' ' + state.forced_format;
    if (!state.problem.empty()) value += '\n' + state.problem;
    return value;
}

std::optional<FileState> decode_file_state(std::string_view value) {
    FileState state;
    if (const auto newline = value.find('\n'); newline != std::string_view::npos) {
        state.problem = std::string(value.substr(newline + 1));
        value = value.substr(0, newline);
    }
    if (!read_number(value, state.size) || !read_number(value, state.mtime_ns) ||
        !read_number(value, state.hash) || !read_number(value, state.articles)) {
        return std::nullopt;
    }
    if (value.find(' ') != std::string_view::npos) return std::nullopt;
    state.forced_format = std::string(value);
    return state;
}

std::map<std::string, FileState> load_file_states(const Xapian::Database& db) {
    std::map<std::string, FileState> states;
    const std::string prefix(kKeyPrefix);
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
        const std::string key = *it;
        if (auto state = decode_file_state(db.get_metadata(key))) {
            states.emplace(key.substr(prefix.size()), *state);
        }
    }
    return states;
}

}  // namespace dateline::indexer
