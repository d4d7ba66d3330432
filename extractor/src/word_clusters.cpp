#include "dateline/extractor/word_clusters.hpp"

#include <algorithm>
#include <string>

#include "binary_io.hpp"
#include "dateline/extractor/errors.hpp"
#include "hash.hpp"
#include "utf8.hpp"

namespace dateline::extractor {

namespace {

constexpr std::uint64_t kClusterSeed = 0x434c5553;  // "CLUS"

std::uint64_t word_hash(std::string_view word) {
    const std::uint64_t h = detail::hash_bytes(word, kClusterSeed);
    return h == 0 ? 1 : h;
}

}  // namespace

void WordClusters::grow() {
    std::vector<std::uint64_t> old_keys = std::move(keys_);
    std::vector<ClusterPath> old_paths = std::move(paths_);
    const std::size_t size = old_keys.empty() ? 1024 : old_keys.size() * 2;
    keys_.assign(size, 0);
    paths_.assign(size, ClusterPath{});
    const std::uint64_t mask = size - 1;
    for (std::size_t k = 0; k < old_keys.size(); ++k) {
        if (old_keys[k] == 0) continue;
        std::size_t i = static_cast<std::size_t>(old_keys[k]) & mask;
        while (keys_[i] != 0) i = (i + 1) & mask;
        keys_[i] = old_keys[k];
        paths_[i] = old_paths[k];
    }
}

void WordClusters::add(std::string_view word, const ClusterPath& path) {
    if (word.empty()) return;
    if ((count_ + 1) * 2 > keys_.size()) grow();
    const std::uint64_t h = word_hash(word);
    const std::uint64_t mask = keys_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
        if (keys_[i] == 0) {
            keys_[i] = h;
            paths_[i] = path;
            ++count_;
            return;
        }
        if (keys_[i] == h) {
            paths_[i] = path;
            return;
        }
    }
}

ClusterPath WordClusters::find(std::string_view word) const noexcept {
    if (keys_.empty()) return {};
    const std::uint64_t h = word_hash(word);
    const std::uint64_t mask = keys_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
        if (keys_[i] == 0) return {};
        if (keys_[i] == h) return paths_[i];
    }
}

ClusterPath WordClusters::cluster_of(std::string_view word) const {
    ClusterPath path = find(word);
    if (path[0] != 0 || word.empty() || keys_.empty()) return path;
    std::string lower = detail::ascii_lower(word);
    if (lower == word) return path;
    const bool all_caps =
        std::none_of(word.begin(), word.end(), [](char c) { return detail::is_ascii_lower(c); });
    if (all_caps && word.size() > 1 && detail::is_ascii_upper(word[0])) {
        std::string title = lower;
        title[0] = word[0];
        path = find(title);
        if (path[0] != 0) return path;
    }
    return find(lower);
}

void WordClusters::save(const std::filesystem::path& path) const {
    detail::BlobWriter out;
    write(out);
    out.save(path);
}

WordClusters WordClusters::load(const std::filesystem::path& path) {
    const detail::FileBlob blob = detail::FileBlob::read(path);
    detail::BlobReader in(blob.data(), blob.size(), path.string());
    return read(in);
}

void WordClusters::write(detail::BlobWriter& out) const {
    out.magic("CLUST001");
    out.u64(kClusterLevels);
    out.u64(keys_.size());
    out.u64(count_);
    out.array(std::span<const std::uint64_t>(keys_));
    out.array(std::span<const ClusterPath>(paths_));
}

WordClusters WordClusters::read(detail::BlobReader& in) {
    in.expect_magic("CLUST001");
    if (in.u64() != kClusterLevels) throw ModelError("word clusters: wrong number of levels");
    const std::uint64_t size = in.u64();
    WordClusters clusters;
    clusters.count_ = static_cast<std::size_t>(in.u64());
    if (size != 0 && (size & (size - 1)) != 0) throw ModelError("word clusters: bad table size");
    if (clusters.count_ * 2 > size) throw ModelError("word clusters: bad word count");
    const auto keys = in.array<std::uint64_t>(static_cast<std::size_t>(size));
    const auto paths = in.array<ClusterPath>(static_cast<std::size_t>(size));
    clusters.keys_.assign(keys.begin(), keys.end());
    clusters.paths_.assign(paths.begin(), paths.end());
    return clusters;
}

}  // namespace dateline::extractor
