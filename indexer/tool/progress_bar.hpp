#pragma once
// ProgressBar: one self-rewriting line on stderr while indexing runs on a
// terminal (never in cron logs: the tool enables it only for a TTY).

#include <chrono>

#include "dateline/indexer/indexing_run.hpp"

namespace dateline::indexer {

class ProgressBar {
  public:
    explicit ProgressBar(bool enabled);
    [[nodiscard]] bool enabled() const { return enabled_; }
    /// Redraws the line (at most ten times a second).
    void update(const IndexingProgress& progress);
    /// Erases the line, so a message can be printed in its place.
    void clear();

  private:
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace dateline::indexer
