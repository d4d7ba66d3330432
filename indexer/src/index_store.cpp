#include "dateline/indexer/index_store.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <set>
#include <system_error>

namespace dateline::indexer {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStubName = "XAPIANDB";
constexpr const char* kLockName = "dateline.lock";
constexpr std::string_view kGenerationPrefix = "gen-";
constexpr std::string_view kBuildSuffix = ".new";
constexpr std::string_view kCompactSuffix = ".compact";

// "gen-000007.new", "gen-000007.compact": unfinished, never live.
bool is_unfinished(std::string_view name) { return name.find('.') != std::string_view::npos; }

std::string generation_name(unsigned number) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "gen-%06u", number);
    return buffer;
}

// The number in "gen-000007" or "gen-000007.new"; nullopt for other names.
std::optional<unsigned> generation_number(std::string_view name) {
    if (!name.starts_with(kGenerationPrefix)) return std::nullopt;
    name.remove_prefix(kGenerationPrefix.size());
    if (const auto dot = name.find('.'); dot != std::string_view::npos) name = name.substr(0, dot);
    if (name.empty() || name.size() > 9) return std::nullopt;
    unsigned number = 0;
    for (const char c : name) {
        if (c < '0' || c > '9') return std::nullopt;
        number = number * 10 + static_cast<unsigned>(c - '0');
    }
    return number;
}

void fsync_path(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return;
    (void)::fsync(fd);
    ::close(fd);
}

[[noreturn]] void fail(const std::string& what, const fs::path& path, int error) {
    throw IndexStoreError(what + " " + path.string() + ": " + std::strerror(error));
}

}  // namespace

IndexStore::IndexStore(fs::path dir) : dir_(std::move(dir)) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) fail("cannot create index folder", dir_, ec.value());
    if (!fs::is_directory(dir_)) throw IndexStoreError(dir_.string() + " is not a folder");
    // A bare glass database here would be read instead of our stub.
    if (fs::exists(dir_ / "iamglass")) {
        throw IndexStoreError(dir_.string() +
                              " holds a plain Xapian database, not a Dateline index folder");
    }
    const fs::path lock_path = dir_ / kLockName;
    lock_fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock_fd_ < 0) fail("cannot open lock file", lock_path, errno);
    if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(lock_fd_);
        lock_fd_ = -1;
        if (error == EWOULDBLOCK) {
            throw IndexLockedError("index " + dir_.string() +
                                   " is locked: another dateline-index is writing it");
        }
        fail("cannot lock", lock_path, error);
    }
}

IndexStore::~IndexStore() {
    if (lock_fd_ >= 0) ::close(lock_fd_);  // closing releases the flock
}

std::vector<std::string> IndexStore::stub_targets() const {
    std::vector<std::string> targets;
    std::ifstream stub(dir_ / kStubName);
    std::string backend, target;
    while (stub >> backend >> target) {
        if (backend != "auto") return {};
        targets.push_back(target);
    }
    return targets;
}

std::optional<unsigned> IndexStore::current_number() const {
    const auto targets = stub_targets();
    if (targets.empty()) return std::nullopt;
    const std::string_view first = targets.front();
    return generation_number(first.substr(0, first.find('/')));
}

std::optional<fs::path> IndexStore::current_generation() const {
    const auto number = current_number();
    if (!number) return std::nullopt;
    fs::path path = dir_ / generation_name(*number);
    if (!fs::is_directory(path)) return std::nullopt;
    return path;
}

std::vector<fs::path> IndexStore::current_databases() const {
    if (!current_generation()) return {};
    std::vector<fs::path> databases;
    for (const auto& target : stub_targets()) databases.push_back(dir_ / target);
    return databases;
}

fs::path IndexStore::shard_path(const fs::path& generation, std::size_t shard,
                                std::size_t shard_count) {
    if (shard_count <= 1) return generation;
    return generation / ("shard-" + std::to_string(shard));
}

fs::path IndexStore::prepare_new_generation() {
    unsigned highest = current_number().value_or(0);
    for (const auto& entry : fs::directory_iterator(dir_)) {
        if (const auto n = generation_number(entry.path().filename().string())) {
            highest = std::max(highest, *n);
        }
    }
    fs::path path = dir_ / (generation_name(highest + 1) + std::string(kBuildSuffix));
    std::error_code ec;
    fs::remove_all(path, ec);
    return path;
}

fs::path IndexStore::compaction_target(const fs::path& built) {
    std::string name = built.filename().string();
    name.resize(name.find('.'));
    fs::path path = dir_ / (name + std::string(kCompactSuffix));
    std::error_code ec;
    fs::remove_all(path, ec);
    return path;
}

fs::path IndexStore::publish(const fs::path& built, std::size_t shard_count) {
    std::string name = built.filename().string();
    if (!is_unfinished(name)) throw IndexStoreError("not a new generation: " + name);
    name.resize(name.find('.'));
    const fs::path final_path = dir_ / name;
    std::error_code ec;
    fs::remove_all(final_path, ec);
    fs::rename(built, final_path, ec);
    if (ec) fail("cannot move new generation to", final_path, ec.value());

    // Write the new stub beside the old one, make it durable, then swap it in.
    const fs::path stub = dir_ / kStubName;
    const fs::path temporary = dir_ / (std::string(kStubName) + ".tmp");
    {
        std::ofstream out(temporary, std::ios::trunc);
        if (shard_count <= 1) {
            out << "auto " << name << '\n';
        } else {
            for (std::size_t shard = 0; shard < shard_count; ++shard) {
                out << "auto " << shard_path(name, shard, shard_count).string() << '\n';
            }
        }
        out.flush();
        if (!out) fail("cannot write", temporary, errno);
    }
    fsync_path(temporary, O_RDONLY);
    fsync_path(final_path, O_RDONLY | O_DIRECTORY);
    if (std::rename(temporary.c_str(), stub.c_str()) != 0) fail("cannot replace", stub, errno);
    fsync_path(dir_, O_RDONLY | O_DIRECTORY);
    remove_stale_generations();
    return final_path;
}

void IndexStore::remove_stale_generations() {
    const auto current = current_number();
    // Keep the live generation and the one before it (readers that read the
    // stub just before a swap are still opening it).
    std::set<unsigned> keep;
    if (current) {
        keep.insert(*current);
        std::optional<unsigned> previous;
        for (const auto& entry : fs::directory_iterator(dir_)) {
            const std::string name = entry.path().filename().string();
            const auto n = generation_number(name);
            if (n && !is_unfinished(name) && *n < *current && (!previous || *n > *previous)) {
                previous = n;
            }
        }
        if (previous) keep.insert(*previous);
    }
    for (const auto& entry : fs::directory_iterator(dir_)) {
        const std::string name = entry.path().filename().string();
        const auto n = generation_number(name);
        if (!n) continue;
        if (is_unfinished(name) || !keep.count(*n)) {
            std::error_code ec;
            fs::remove_all(entry.path(), ec);
        }
    }
}

}  // namespace dateline::indexer
