#pragma once
// Exceptions thrown by the extractor library. Tools catch them once in main.

#include <stdexcept>

namespace dateline::extractor {

/// A model or gazetteer file is missing, truncated or of another version.
class ModelError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// An input file (CoNLL data, name list, GeoNames table) cannot be read or parsed.
class InputError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace dateline::extractor
