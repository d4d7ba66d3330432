#include "dateline/indexer/caching_stemmer.hpp"

#include <string>
#include <unordered_map>

namespace dateline::indexer {

namespace {

class CachingStemImplementation : public Xapian::StemImplementation {
  public:
    CachingStemImplementation(const Xapian::Stem& stemmer, std::size_t capacity)
        : stemmer_(stemmer), capacity_(capacity) {
        stems_.reserve(capacity_);
    }

    std::string operator()(const std::string& word) override {
        if (const auto found = stems_.find(word); found != stems_.end()) return found->second;
        std::string stem = stemmer_(word);
        if (capacity_ == 0) return stem;
        // Forgetting everything at once keeps the bound without the
        // bookkeeping of a least-recently-used list; the frequent words are
        // back after a few articles.
        if (stems_.size() >= capacity_) stems_.clear();
        stems_.emplace(word, stem);
        return stem;
    }

    [[nodiscard]] std::string get_description() const override {
        return "caching " + stemmer_.get_description();
    }

  private:
    Xapian::Stem stemmer_;
    std::size_t capacity_;
    std::unordered_map<std::string, std::string> stems_;
};

}  // namespace

Xapian::Stem caching_stemmer(const Xapian::Stem& stemmer, std::size_t capacity) {
    if (stemmer.is_none()) return stemmer;
    // Xapian::Stem owns its implementation through an intrusive reference
    // count and takes it as a raw pointer: this is the API's only way in.
    return Xapian::Stem(new CachingStemImplementation(stemmer, capacity));
}

}  // namespace dateline::indexer
