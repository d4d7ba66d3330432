#include "support/test_main.hpp"

#include <gtest/gtest.h>

#include <iostream>

namespace dateline::test {

namespace {

// What CTest's SKIP_RETURN_CODE is set to for every test (tests/CMakeLists.txt).
constexpr int kSkipped = 77;

}  // namespace

int run_tests_unless_missing(int argc, char** argv, const std::string& missing) {
    ::testing::InitGoogleTest(&argc, argv);
    if (!missing.empty() && !GTEST_FLAG_GET(list_tests)) {
        std::cerr << "skipped: " << missing << '\n';
        return kSkipped;
    }
    return RUN_ALL_TESTS();
}

}  // namespace dateline::test
