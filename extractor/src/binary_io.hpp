#pragma once
// Private: whole-file reads into 8-byte-aligned memory and a little-endian
// (host order; the formats are only ever read on the machine type that wrote
// them, checked by a byte-order mark) section writer for the model files.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::extractor::detail {

/// A file read in one go. words() is 8-byte aligned so fixed-size records can
/// be viewed in place without per-entry parsing.
class FileBlob {
  public:
    /// Throws ModelError when the file cannot be read.
    static FileBlob read(const std::filesystem::path& path);
    /// A copy of bytes held in memory (a model built but not yet saved).
    static FileBlob from_bytes(std::string_view bytes);

    [[nodiscard]] const std::byte* data() const noexcept { return bytes_.get(); }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }

  private:
    struct Free {
        void operator()(std::byte* p) const noexcept;
    };
    /// Memory for size bytes (and zeros up to the next multiple of 8):
    /// 8-byte aligned, and for a large file in 2 MiB pages where the system
    /// gives them (see binary_io.cpp).
    static std::unique_ptr<std::byte[], Free> allocate(std::size_t size);

    std::unique_ptr<std::byte[], Free> bytes_;
    std::size_t size_ = 0;
};

/// Sequential reader over a FileBlob with bounds checks; every array is
/// 8-byte aligned in the file so views can be returned in place.
class BlobReader {
  public:
    BlobReader(const std::byte* data, std::size_t size, std::string what)
        : data_(data), size_(size), what_(std::move(what)) {}

    void expect_magic(std::string_view magic);
    [[nodiscard]] std::uint64_t u64();
    template <class T>
    [[nodiscard]] std::span<const T> array(std::size_t count) {
        const std::size_t bytes = count * sizeof(T);
        const std::byte* p = take(bytes);
        skip_padding();
        return {reinterpret_cast<const T*>(p), count};
    }
    [[nodiscard]] bool at_end() const noexcept { return pos_ == size_; }

  private:
    const std::byte* take(std::size_t bytes);
    void skip_padding();

    const std::byte* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
    std::string what_;
};

/// Builds a model file in memory; every array is padded to 8 bytes.
class BlobWriter {
  public:
    void magic(std::string_view magic);
    void u64(std::uint64_t value);
    template <class T>
    void array(std::span<const T> values) {
        append(values.data(), values.size() * sizeof(T));
        pad();
    }
    /// Writes to a temporary name and renames, so readers never see half a file.
    void save(const std::filesystem::path& path) const;
    [[nodiscard]] std::size_t size() const noexcept { return bytes_.size(); }
    [[nodiscard]] std::string_view bytes() const noexcept { return bytes_; }

  private:
    void append(const void* p, std::size_t n);
    void pad();
    std::string bytes_;
};

}  // namespace dateline::extractor::detail
