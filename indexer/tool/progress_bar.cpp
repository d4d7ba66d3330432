#include "progress_bar.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace dateline::indexer {

ProgressBar::ProgressBar(bool enabled)
    : enabled_(enabled), start_(std::chrono::steady_clock::now()) {}

void ProgressBar::update(const IndexingProgress& progress) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    const bool last = progress.files_done == progress.files_total;
    if (!last && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double fraction =
        progress.bytes_total == 0
            ? 1.0
            : static_cast<double>(progress.bytes_done) / static_cast<double>(progress.bytes_total);
    constexpr int kWidth = 24;
    const int filled = static_cast<int>(fraction * kWidth);
    const double rate = seconds > 0 ? static_cast<double>(progress.articles) / seconds : 0.0;
    const double eta = fraction > 0 ? seconds * (1.0 - fraction) / fraction : 0.0;
    fmt::print(stderr,
               "\r[{:=<{}}{: <{}}] {}/{} files, {} articles, {:.0f}/s, ETA {:.0f}:{:02.0f} \x1b[K",
               "", filled, "", kWidth - filled, progress.files_done, progress.files_total,
               progress.articles, rate,
               eta / 60 >= 1 ? static_cast<double>(static_cast<int>(eta / 60)) : 0.0,
               static_cast<double>(static_cast<int>(eta) % 60));
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressBar::clear() {
    if (!drawn_) return;
    fmt::print(stderr, "\r\x1b[K");
    std::fflush(stderr);
    drawn_ = false;
}

}  // namespace dateline::indexer
