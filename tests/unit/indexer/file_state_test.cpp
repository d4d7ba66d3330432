#include "dateline/indexer/file_state.hpp"

#include <gtest/gtest.h>

namespace dateline::indexer {
namespace {

TEST(FileState, RoundTripsWithAndWithoutAForcedFormat) {
    const FileState detected{120, 1'700'000'000'123'456'789, 0xfeedULL, 3, "", ""};
    EXPECT_EQ(encode_file_state(detected), "120 1700000000123456789 65261 3");
    EXPECT_EQ(decode_file_state(encode_file_state(detected)), detected);
    const FileState forced{120, 5, 7, 0, "jsonl", ""};
    EXPECT_EQ(encode_file_state(forced), "120 5 7 0 jsonl");
    EXPECT_EQ(decode_file_state(encode_file_state(forced)), forced);
}

TEST(FileState, RoundTripsTheProblemOfAFileThatFailed) {
    const FileState failed{120, 5, 7, 1, "", "line 2: invalid JSON; line skipped"};
    EXPECT_EQ(encode_file_state(failed), "120 5 7 1\nline 2: invalid JSON; line skipped");
    EXPECT_EQ(decode_file_state(encode_file_state(failed)), failed);
    const FileState forced{120, 5, 7, 0, "reuters", "no <REUTERS> element"};
    EXPECT_EQ(decode_file_state(encode_file_state(forced)), forced);
}

TEST(FileState, RefusesWhatItDidNotWrite) {
    for (const char* bad : {"", "1 2 3", "x 2 3 4", "1 2 3 4 jsonl extra"}) {
        EXPECT_FALSE(decode_file_state(bad)) << bad;
    }
}

}  // namespace
}  // namespace dateline::indexer
