#pragma once
// Forward declarations of the private binary file helpers (src/binary_io.hpp),
// so public headers can hold them without exposing their definitions.

namespace dateline::extractor::detail {
class FileBlob;
class BlobReader;
class BlobWriter;
}  // namespace dateline::extractor::detail
