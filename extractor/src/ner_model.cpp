#include "dateline/extractor/ner_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "binary_io.hpp"
#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/features.hpp"

namespace dateline::extractor {

namespace {

constexpr std::string_view kModelMagic = "DLNER002";

}  // namespace

std::string_view decoder_name(Decoder decoder) noexcept {
    return decoder == Decoder::Greedy ? "greedy" : "viterbi";
}

NerModel NerModel::load(const std::filesystem::path& path) {
    return parse(std::make_shared<detail::FileBlob>(detail::FileBlob::read(path)), path.string());
}

NerModel NerModel::parse(std::shared_ptr<const detail::FileBlob> blob, const std::string& what) {
    // An older ner.model ("DLNER001") gets a message that says what to do.
    const std::string_view head(reinterpret_cast<const char*>(blob->data()),
                                std::min(blob->size(), kModelMagic.size()));
    if (head.size() == kModelMagic.size() && head.substr(0, 5) == kModelMagic.substr(0, 5) &&
        head != kModelMagic) {
        throw ModelError(what + ": model file format " + std::string(head.substr(5)) +
                         ", this program reads " + std::string(kModelMagic.substr(5)) +
                         "; retrain it (dateline-ner-train)");
    }
    detail::BlobReader in(blob->data(), blob->size(), what);
    in.expect_magic(kModelMagic);
    const std::uint64_t feature_version = in.u64();
    if (feature_version != kFeatureSetVersion) {
        throw ModelError(what + ": model built for feature set " + std::to_string(feature_version) +
                         ", this program uses " + std::to_string(kFeatureSetVersion) +
                         "; retrain it");
    }
    const std::uint64_t tag_count = in.u64();
    const std::uint64_t decoder = in.u64();
    const std::uint64_t row_bits = in.u64();
    const std::uint64_t stored = in.u64();
    const std::uint64_t info_size = in.u64();
    if (tag_count != kTagCount || row_bits < 6 || row_bits > 30 ||
        decoder > static_cast<std::uint64_t>(Decoder::Greedy)) {
        throw ModelError(what + ": bad header");
    }
    NerModel model;
    model.decoder_ = static_cast<Decoder>(decoder);
    const auto info = in.array<char>(static_cast<std::size_t>(info_size));
    model.info_.assign(info.data(), info.size());
    const std::size_t words = std::size_t{1} << (row_bits - 6);
    const auto bitmap = in.array<std::uint64_t>(words);
    const auto rank = in.array<std::uint32_t>(words);
    model.rows_ = in.array<std::int16_t>(static_cast<std::size_t>(stored) * kTagCount);
    model.shift_ = static_cast<unsigned>(64 - row_bits);
    // The rank table must agree with the bitmap, or lookups would read past rows_.
    model.blocks_.resize(words);
    std::size_t total = 0;
    for (std::size_t i = 0; i < words; ++i) {
        if (rank[i] != total) throw ModelError(what + ": corrupt rank table");
        model.blocks_[i] = {bitmap[i], rank[i]};
        total += static_cast<std::size_t>(std::popcount(bitmap[i]));
    }
    if (total != stored) throw ModelError(what + ": corrupt row count");
    model.names_ = std::make_shared<const NameList>(NameList::read(in));
    model.clusters_ = std::make_shared<const WordClusters>(WordClusters::read(in));
    model.blob_ = std::move(blob);
    return model;
}

NerModel NerModel::from_dense(std::span<const float> weights, unsigned row_bits, Decoder decoder,
                              NameList names, WordClusters clusters, std::string info) {
    const std::size_t rows = std::size_t{1} << row_bits;
    if (weights.size() != rows * kTagCount)
        throw ModelError("from_dense: weight table size mismatch");
    float max_abs = 0;
    for (const float w : weights) max_abs = std::max(max_abs, std::fabs(w));
    const float scale = max_abs > 0 ? 32767.0F / max_abs : 1.0F;
    std::vector<std::uint64_t> bitmap(rows / 64, 0);
    std::vector<std::uint32_t> rank(rows / 64, 0);
    std::vector<std::int16_t> stored;
    std::int16_t q[kTagCount];
    for (std::size_t r = 0; r < rows; ++r) {
        if (r % 64 == 0) rank[r / 64] = static_cast<std::uint32_t>(stored.size() / kTagCount);
        bool any = false;
        for (std::size_t t = 0; t < kTagCount; ++t) {
            q[t] = static_cast<std::int16_t>(std::lround(weights[r * kTagCount + t] * scale));
            any = any || q[t] != 0;
        }
        if (!any) continue;
        bitmap[r / 64] |= std::uint64_t{1} << (r % 64);
        stored.insert(stored.end(), q, q + kTagCount);
    }
    detail::BlobWriter out;
    out.magic(kModelMagic);
    out.u64(kFeatureSetVersion);
    out.u64(kTagCount);
    out.u64(static_cast<std::uint64_t>(decoder));
    out.u64(row_bits);
    out.u64(stored.size() / kTagCount);
    out.u64(info.size());
    out.array(std::span<const char>(info.data(), info.size()));
    out.array(std::span<const std::uint64_t>(bitmap));
    out.array(std::span<const std::uint32_t>(rank));
    out.array(std::span<const std::int16_t>(stored));
    names.write(out);
    clusters.write(out);
    return parse(std::make_shared<detail::FileBlob>(detail::FileBlob::from_bytes(out.bytes())),
                 "in-memory model");
}

void NerModel::save(const std::filesystem::path& path) const {
    std::filesystem::path temp = path;
    temp += ".tmp";
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
    {
        std::FILE* file = std::fopen(temp.c_str(), "wb");
        if (file == nullptr) throw ModelError("cannot write " + temp.string());
        const bool ok = std::fwrite(blob_->data(), 1, blob_->size(), file) == blob_->size();
        if (std::fclose(file) != 0 || !ok) throw ModelError("cannot write " + temp.string());
    }
    std::filesystem::rename(temp, path);
}

std::size_t NerModel::file_bytes() const noexcept { return blob_ ? blob_->size() : 0; }

}  // namespace dateline::extractor
