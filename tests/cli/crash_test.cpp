// Crash safety: dateline-index is killed with SIGKILL at random moments of
// rebuilds and updates (seeded, so a failure can be replayed). After each
// kill the index must open and answer, and the next complete run must leave
// exactly the articles a clean build of the same files gives.
#include <gtest/gtest.h>
#include <signal.h>
#include <xapian.h>

#include <chrono>
#include <map>
#include <random>
#include <string>
#include <thread>

#include "generated_archive.hpp"
#include "support/index_contents.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;

TEST(CrashSafety, KilledAtRandomMomentsTheIndexSurvivesAndTheNextRunCompletes) {
    TempDir dir;
    const fs::path archive = dir / "archive";
    const std::string index = (dir / "index").string();
    const GeneratedArchive generator;
    auto expected = generator.write(archive, 0);

    // A clean build first (untimed: it pays for the cold start), then one
    // rebuild and one update timed: each kind of run is killed within its
    // own window, so the kills land mid-run whatever the machine's speed.
    ASSERT_EQ(wait_process(spawn_process(index_command(index, archive, false))), 0);
    ASSERT_EQ(index_titles(index), expected);
    const auto timed = [&](bool rebuild) {
        const auto start = std::chrono::steady_clock::now();
        EXPECT_EQ(wait_process(spawn_process(index_command(index, archive, rebuild))), 0);
        const auto took = std::chrono::steady_clock::now() - start;
        return std::max<long>(
            1000,
            static_cast<long>(std::chrono::duration_cast<std::chrono::microseconds>(took).count()));
    };
    const long rebuild_window_us = timed(true);
    expected = generator.write(archive, 1000);  // an update with work to do
    const long update_window_us = timed(false);
    ASSERT_EQ(index_titles(index), expected);

    std::mt19937 random(20261126);  // fixed seed: failures can be replayed
    constexpr int kRuns = 24;
    int killed_mid_run = 0;
    for (int run = 1; run <= kRuns; ++run) {
        const bool rebuild = run % 2 == 0;
        if (!rebuild) expected = generator.write(archive, run);  // give the update work to do
        const auto before = index_titles(index);

        const int pid = spawn_process(index_command(index, archive, rebuild));
        const long window_us = rebuild ? rebuild_window_us : update_window_us;
        const long delay = std::uniform_int_distribution<long>(0, window_us)(random);
        std::this_thread::sleep_for(std::chrono::microseconds(delay));
        ::kill(pid, SIGKILL);
        const int status = wait_process(pid);
        if (status == 128 + SIGKILL) ++killed_mid_run;
        SCOPED_TRACE("run " + std::to_string(run) + (rebuild ? " (rebuild)" : " (update)") +
                     ", killed after " + std::to_string(delay) + " us, status " +
                     std::to_string(status));

        // The index opens and holds either the old state or the new one.
        const auto after_kill = index_titles(index);
        EXPECT_TRUE(after_kill == before || after_kill == expected);
        const auto search = run_process({search_binary(), "--index", index, "--count", "archive"});
        EXPECT_EQ(search.exit_code, 0) << search.err;
        EXPECT_EQ(std::stoul(search.out), after_kill.size());

        // The next run completes the job.
        ASSERT_EQ(wait_process(spawn_process(index_command(index, archive, false))), 0);
        EXPECT_EQ(index_titles(index), expected);
    }
    // The kills must really land mid-run for the test to mean anything.
    EXPECT_GE(killed_mid_run, kRuns / 2);
    std::cerr << killed_mid_run << " of " << kRuns << " runs were killed before finishing\n";
}

}  // namespace
}  // namespace dateline::test
