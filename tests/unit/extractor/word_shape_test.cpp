#include "dateline/extractor/word_shape.hpp"

#include <gtest/gtest.h>

namespace dateline::extractor {
namespace {

TEST(WordShape, Table) {
    const struct {
        const char* word;
        const char* shape;
        const char* short_shape;
    } cases[] = {
        {"Soleimani", "Xxxxx", "Xx"},
        {"US", "XX", "X"},
        {"U.S.", "X.X.", "X.X."},
        {"1996-08-22", "dddd-dd-dd", "d-d-d"},
        {"al-Muhandis", "xx-Xxxxx", "x-Xx"},
        {"1,000", "d,ddd", "d,d"},
        {"McDonald", "XxXxxxx", "XxXx"},
        {"\xC3\x89lys\xC3\xA9\x65", "Xxxxx", "Xx"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(word_shape(c.word), c.shape) << c.word;
        EXPECT_EQ(short_word_shape(c.word), c.short_shape) << c.word;
    }
}

}  // namespace
}  // namespace dateline::extractor
