#pragma once
// The main() of a test program whose tests all need something a machine may
// lack: the ../shared data sets, xapian-tcpsrv.

#include <string>

namespace dateline::test {

/// Runs the tests, or, when `missing` is not empty (it says what is absent
/// and how to get it), prints "skipped: <missing>" on stderr and returns 77,
/// which CTest reports as skipped (SKIP_RETURN_CODE). Listing the tests
/// (--gtest_list_tests, which gtest_discover_tests runs after each build)
/// works whatever is missing, so every test case is listed -- and each
/// reports skipped -- on a machine without the data.
[[nodiscard]] int run_tests_unless_missing(int argc, char** argv, const std::string& missing);

}  // namespace dateline::test
