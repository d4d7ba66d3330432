#include "binary_io.hpp"

#include <cstring>
#include <fstream>

#include "dateline/extractor/errors.hpp"

namespace dateline::extractor::detail {

FileBlob FileBlob::read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) throw ModelError("cannot open " + path.string());
    const auto end = in.tellg();
    if (end < 0) throw ModelError("cannot read " + path.string());
    FileBlob blob;
    blob.size_ = static_cast<std::size_t>(end);
    blob.words_.resize((blob.size_ + 7) / 8);
    in.seekg(0);
    if (!in.read(reinterpret_cast<char*>(blob.words_.data()),
                 static_cast<std::streamsize>(blob.size_))) {
        throw ModelError("cannot read " + path.string());
    }
    return blob;
}

FileBlob FileBlob::from_bytes(std::string_view bytes) {
    FileBlob blob;
    blob.size_ = bytes.size();
    blob.words_.resize((bytes.size() + 7) / 8);
    if (!bytes.empty()) std::memcpy(blob.words_.data(), bytes.data(), bytes.size());
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
