#include "dateline/schema/near_duplicate_signature.hpp"

#include <xxhash.h>

#include <algorithm>
#include <limits>
#include <vector>

#include "dateline/schema/text_folding.hpp"

namespace dateline::schema {

namespace {

// splitmix64's finaliser: a cheap bijective mix, so one hash of a shingle
// gives kMinHashes independent-looking ones (one per seed).
constexpr std::uint64_t mix(std::uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// Fixed seeds, one per MinHash function: part of the index layout (a change
// makes old and new signatures incomparable, so it bumps kSchemaVersion).
constexpr std::array<std::uint64_t, kMinHashes> make_seeds() {
    std::array<std::uint64_t, kMinHashes> seeds{};
    std::uint64_t state = 0x6461746c696e65ULL;  // "datline"
    for (auto& seed : seeds) {
        state += 0x9e3779b97f4a7c15ULL;
        seed = mix(state);
    }
    return seeds;
}
constexpr auto kSeeds = make_seeds();

bool is_word_byte(unsigned char c) {
    // Bytes of multi-byte UTF-8 letters count as word bytes: text in other
    // scripts is split at spaces and punctuation only.
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

// Hashes of the words of the folded, lower-cased text, in order.
std::vector<std::uint64_t> word_hashes(std::string_view title, std::string_view body) {
    std::string text = fold_accents(title);
    text += '\n';
    text += fold_accents(body);
    std::transform(text.begin(), text.end(), text.begin(), [](char c) {
        return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    });
    std::vector<std::uint64_t> hashes;
    std::size_t start = 0;
    while (start < text.size()) {
        while (start < text.size() && !is_word_byte(static_cast<unsigned char>(text[start]))) {
            ++start;
        }
        std::size_t end = start;
        while (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end]))) ++end;
        if (end > start) hashes.push_back(XXH3_64bits(text.data() + start, end - start));
        start = end;
    }
    return hashes;
}

void put_le32(std::string& out, std::uint32_t value) {
    for (int byte = 0; byte < 4; ++byte) out += static_cast<char>((value >> (8 * byte)) & 0xFFU);
}

}  // namespace

std::optional<Signature> near_duplicate_signature(std::string_view title, std::string_view body) {
    const std::vector<std::uint64_t> words = word_hashes(title, body);
    if (words.size() < std::max(kMinSignatureWords, kShingleWords)) return std::nullopt;
    Signature signature;
    signature.fill(std::numeric_limits<std::uint32_t>::max());
    for (std::size_t first = 0; first + kShingleWords <= words.size(); ++first) {
        // Mixed after each word, so the shingle's hash depends on word order.
        std::uint64_t shingle = 0;
        for (std::size_t i = 0; i < kShingleWords; ++i) shingle = mix(shingle ^ words[first + i]);
        for (std::size_t h = 0; h < kMinHashes; ++h) {
            const auto value = static_cast<std::uint32_t>(mix(shingle ^ kSeeds[h]) >> 32);
            signature[h] = std::min(signature[h], value);
        }
    }
    return signature;
}

double estimated_similarity(const Signature& a, const Signature& b) {
    std::size_t equal = 0;
    for (std::size_t i = 0; i < kMinHashes; ++i)
        if (a[i] == b[i]) ++equal;
    return static_cast<double>(equal) / static_cast<double>(kMinHashes);
}

std::array<std::uint64_t, kBands> band_hashes(const Signature& signature) {
    const std::string bytes = encode_signature(signature);
    constexpr std::size_t kBandBytes = kRowsPerBand * 4;
    std::array<std::uint64_t, kBands> hashes{};
    for (std::size_t band = 0; band < kBands; ++band) {
        hashes[band] = XXH3_64bits_withSeed(bytes.data() + band * kBandBytes, kBandBytes, band);
    }
    return hashes;
}

std::string encode_signature(const Signature& signature) {
    std::string value;
    value.reserve(kMinHashes * 4);
    for (const auto h : signature) put_le32(value, h);
    return value;
}

std::optional<Signature> decode_signature(std::string_view value) {
    if (value.size() != kMinHashes * 4) return std::nullopt;
    Signature signature;
    for (std::size_t i = 0; i < kMinHashes; ++i) {
        std::uint32_t h = 0;
        for (std::size_t byte = 0; byte < 4; ++byte) {
            h |= std::uint32_t{static_cast<unsigned char>(value[i * 4 + byte])} << (8 * byte);
        }
        signature[i] = h;
    }
    return signature;
}

}  // namespace dateline::schema
