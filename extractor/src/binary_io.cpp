#include "binary_io.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <new>

#include "dateline/extractor/errors.hpp"

namespace dateline::extractor::detail {

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20U;

}  // namespace

void FileBlob::Free::operator()(std::byte* p) const noexcept { std::free(p); }

std::unique_ptr<std::byte[], FileBlob::Free> FileBlob::allocate(std::size_t size) {
    // The tagger reads the weight table and the gazetteer at random, a few
    // thousand places per article: in 4 KiB pages most of those reads miss
    // the TLB as well as the cache. Aligned to 2 MiB and marked, a large
    // blob gets transparent huge pages (where they are enabled, as
    // "madvise" or "always"); elsewhere the advice is ignored.
    const bool huge = size >= kHugePage;
    const std::size_t alignment = huge ? kHugePage : alignof(std::uint64_t);
    const std::size_t rounded =
        std::max<std::size_t>((size + alignment - 1) / alignment * alignment, alignment);
    void* p = std::aligned_alloc(alignment, rounded);
    if (p == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    if (huge) ::madvise(p, rounded, MADV_HUGEPAGE);
#endif
    // The caller fills [0, size); the padding after it reads as zeros.
    std::memset(static_cast<std::byte*>(p) + size, 0, rounded - size);
    return std::unique_ptr<std::byte[], Free>(static_cast<std::byte*>(p));
}

FileBlob FileBlob::read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) throw ModelError("cannot open " + path.string());
    const auto end = in.tellg();
    if (end < 0) throw ModelError("cannot read " + path.string());
    FileBlob blob;
    blob.size_ = static_cast<std::size_t>(end);
    blob.bytes_ = allocate(blob.size_);
    in.seekg(0);
    if (!in.read(reinterpret_cast<char*>(blob.bytes_.get()),
                 static_cast<std::streamsize>(blob.size_))) {
        throw ModelError("cannot read " + path.string());
    }
    return blob;
}

FileBlob FileBlob::from_bytes(std::string_view bytes) {
    FileBlob blob;
    blob.size_ = bytes.size();
    blob.bytes_ = allocate(bytes.size());
    if (!bytes.empty()) std::memcpy(blob.bytes_.get(), bytes.data(), bytes.size());
    return blob;
}

void BlobReader::expect_magic(std::string_view magic) {
    const std::byte* p = take(magic.size());
    if (std::memcmp(p, magic.data(), magic.size()) != 0) {
        throw ModelError(what_ + ": not a file of this format/version (expected " +
                         std::string(magic) + ")");
    }
    skip_padding();
}

std::uint64_t BlobReader::u64() {
    std::uint64_t value = 0;
    std::memcpy(&value, take(sizeof value), sizeof value);
    return value;
}

const std::byte* BlobReader::take(std::size_t bytes) {
    if (bytes > size_ - pos_) throw ModelError(what_ + ": file is truncated");
    const std::byte* p = data_ + pos_;
    pos_ += bytes;
    return p;
}

void BlobReader::skip_padding() {
    const std::size_t aligned = (pos_ + 7) / 8 * 8;
    pos_ = aligned <= size_ ? aligned : size_;
}

void BlobWriter::magic(std::string_view magic) {
    append(magic.data(), magic.size());
    pad();
}

void BlobWriter::u64(std::uint64_t value) { append(&value, sizeof value); }

void BlobWriter::append(const void* p, std::size_t n) {
    bytes_.append(static_cast<const char*>(p), n);
}

void BlobWriter::pad() {
    while (bytes_.size() % 8 != 0) bytes_.push_back('\0');
}

void BlobWriter::save(const std::filesystem::path& path) const {
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
    std::filesystem::path temp = path;
    temp += ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(bytes_.data(), static_cast<std::streamsize>(bytes_.size()));
        if (!out.flush()) throw ModelError("cannot write " + temp.string());
    }
    std::filesystem::rename(temp, path);
}

}  // namespace dateline::extractor::detail
