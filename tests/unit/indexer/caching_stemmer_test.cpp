// caching_stemmer(): the stems of Snowball, whatever it remembers.

#include "dateline/indexer/caching_stemmer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace dateline::indexer {
namespace {

const std::vector<std::string> kWords = {
    "running", "runs",    "ran",      "connection", "connected", "generously", "economies",
    "running", "happily", "national", "nationally", "runs",      "connection", "",
    "a",       "dying",   "oil",      "economies",  "running",   "café",       "naïvely"};

TEST(CachingStemmer, GivesSnowballsStems) {
    const Xapian::Stem snowball("english");
    Xapian::Stem cached = caching_stemmer(snowball);
    for (int pass = 0; pass < 2; ++pass) {
        for (const std::string& word : kWords) EXPECT_EQ(cached(word), snowball(word)) << word;
    }
}

TEST(CachingStemmer, GivesTheSameStemsOnceFullAndWithoutMemory) {
    const Xapian::Stem snowball("english");
    // Three words remembered: the list overflows the cache several times.
    for (const std::size_t capacity : {std::size_t{0}, std::size_t{1}, std::size_t{3}}) {
        Xapian::Stem cached = caching_stemmer(snowball, capacity);
        for (int pass = 0; pass < 3; ++pass) {
            for (const std::string& word : kWords) {
                EXPECT_EQ(cached(word), snowball(word)) << word << ", capacity " << capacity;
            }
        }
    }
}

TEST(CachingStemmer, KeepsTheLanguagesStems) {
    const Xapian::Stem snowball("french");
    Xapian::Stem cached = caching_stemmer(snowball);
    EXPECT_EQ(cached("continuellement"), "continuel");
    EXPECT_EQ(cached("continuellement"), snowball("continuellement"));
    EXPECT_NE(cached.get_description().find(snowball.get_description()), std::string::npos);
}

TEST(CachingStemmer, LeavesNoStemmerAsItIs) {
    EXPECT_TRUE(caching_stemmer(Xapian::Stem("none")).is_none());
}

// Terms and their frequencies of `text` indexed with `stemmer`.
std::vector<std::pair<std::string, Xapian::termcount>> terms_of(const std::string& text,
                                                                const Xapian::Stem& stemmer) {
    Xapian::TermGenerator generator;
    generator.set_stemmer(stemmer);
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    Xapian::Document document;
    generator.set_document(document);
    generator.index_text(text);
    std::vector<std::pair<std::string, Xapian::termcount>> terms;
    for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
        terms.emplace_back(*it, it.get_wdf());
    }
    return terms;
}

TEST(CachingStemmer, IndexesTextAsSnowballDoes) {
    const std::string text =
        "Oil prices rose sharply as producers cut production. Producing countries said "
        "the cuts were producing results, and prices kept rising through the week's trading.";
    const Xapian::Stem snowball("english");
    const auto expected = terms_of(text, snowball);
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(terms_of(text, caching_stemmer(snowball, 4)), expected);
    EXPECT_EQ(terms_of(text, caching_stemmer(snowball)), expected);
}

}  // namespace
}  // namespace dateline::indexer
