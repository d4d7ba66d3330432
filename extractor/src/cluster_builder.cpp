#include "dateline/extractor/cluster_builder.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>
#include <unordered_map>

#include "dateline/extractor/features.hpp"

namespace dateline::extractor {

namespace {

// Items (words, or classes of a finer level) with their bigram counts.
struct BigramGraph {
    std::vector<std::int64_t> count;  // occurrences of each item
    std::vector<std::int64_t> self;   // bigrams (i, i)
    // Neighbours as (item, count), excluding the item itself.
    std::vector<std::vector<std::pair<std::uint32_t, std::int64_t>>> right;
    std::vector<std::vector<std::pair<std::uint32_t, std::int64_t>>> left;
};

// x log x, tabulated for small counts.
class XLogX {
  public:
    XLogX() : table_(kSize) {
        for (std::size_t i = 1; i < kSize; ++i)
            table_[i] = static_cast<double>(i) * std::log(static_cast<double>(i));
    }
    double operator()(std::int64_t x) const noexcept {
        if (x <= 0) return 0;
        if (static_cast<std::size_t>(x) < kSize) return table_[static_cast<std::size_t>(x)];
        const auto d = static_cast<double>(x);
        return d * std::log(d);
    }

  private:
    static constexpr std::size_t kSize = std::size_t{1} << 20U;
    std::vector<double> table_;
};

// The exchange algorithm over a bigram graph; returns a class per item.
std::vector<std::uint32_t> exchange(const BigramGraph& g, std::size_t classes,
                                    std::size_t iterations) {
    static const XLogX f;
    const std::size_t n = g.count.size();
    classes = std::max<std::size_t>(1, std::min(classes, n));
    std::vector<std::uint32_t> cls(n);
    for (std::size_t i = 0; i < n; ++i) cls[i] = static_cast<std::uint32_t>(i % classes);
    // Class-bigram counts, row-major and transposed, and class counts.
    std::vector<std::int64_t> m(classes * classes, 0);
    std::vector<std::int64_t> mt(classes * classes, 0);
    std::vector<std::int64_t> cc(classes, 0);
    for (std::size_t i = 0; i < n; ++i) {
        cc[cls[i]] += g.count[i];
        m[cls[i] * classes + cls[i]] += g.self[i];
        for (const auto& [j, c] : g.right[i]) m[cls[i] * classes + cls[j]] += c;
    }
    for (std::size_t a = 0; a < classes; ++a) {
        for (std::size_t b = 0; b < classes; ++b) mt[b * classes + a] = m[a * classes + b];
    }
    std::vector<std::int64_t> r(classes, 0);
    std::vector<std::int64_t> l(classes, 0);
    std::vector<std::uint32_t> touched_r;
    std::vector<std::uint32_t> touched_l;
    // Adds (sign +1) or removes (-1) item i to/from class a.
    auto move = [&](std::size_t a, std::int64_t sign, std::size_t i) {
        for (const std::uint32_t d : touched_r) {
            m[a * classes + d] += sign * r[d];
            mt[d * classes + a] += sign * r[d];
        }
        for (const std::uint32_t c : touched_l) {
            m[c * classes + a] += sign * l[c];
            mt[a * classes + c] += sign * l[c];
        }
        m[a * classes + a] += sign * g.self[i];
        mt[a * classes + a] += sign * g.self[i];
        cc[a] += sign * g.count[i];
    };
    for (std::size_t iteration = 0; iteration < iterations; ++iteration) {
        std::size_t moved = 0;
        for (std::size_t i = 0; i < n; ++i) {
            touched_r.clear();
            touched_l.clear();
            for (const auto& [j, c] : g.right[i]) {
                if (r[cls[j]] == 0) touched_r.push_back(cls[j]);
                r[cls[j]] += c;
            }
            for (const auto& [j, c] : g.left[i]) {
                if (l[cls[j]] == 0) touched_l.push_back(cls[j]);
                l[cls[j]] += c;
            }
            const std::size_t from = cls[i];
            move(from, -1, i);
            std::size_t best = from;
            double best_gain = -std::numeric_limits<double>::infinity();
            for (std::size_t b = 0; b < classes; ++b) {
                const std::int64_t* row = &m[b * classes];
                const std::int64_t* col = &mt[b * classes];
                double gain = 0;
                for (const std::uint32_t d : touched_r) {
                    if (d != b) gain += f(row[d] + r[d]) - f(row[d]);
                }
                for (const std::uint32_t c : touched_l) {
                    if (c != b) gain += f(col[c] + l[c]) - f(col[c]);
                }
                gain += f(row[b] + r[b] + l[b] + g.self[i]) - f(row[b]);
                gain -= 2 * (f(cc[b] + g.count[i]) - f(cc[b]));
                if (gain > best_gain + 1e-9 || (b == from && gain >= best_gain - 1e-9)) {
                    best_gain = gain;
                    best = b;
                }
            }
            move(best, 1, i);
            if (best != from) ++moved;
            cls[i] = static_cast<std::uint32_t>(best);
            for (const std::uint32_t d : touched_r) r[d] = 0;
            for (const std::uint32_t c : touched_l) l[c] = 0;
        }
        if (moved == 0) break;
    }
    return cls;
}

// Fills the neighbour lists from a map of bigram counts.
void add_bigrams(BigramGraph& g, const std::unordered_map<std::uint64_t, std::int64_t>& bigrams) {
    std::vector<std::pair<std::uint64_t, std::int64_t>> sorted(bigrams.begin(), bigrams.end());
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [key, c] : sorted) {
        const auto a = static_cast<std::uint32_t>(key >> 32U);
        const auto b = static_cast<std::uint32_t>(key & 0xFFFFFFFFU);
        if (a == b) {
            g.self[a] += c;
        } else {
            g.right[a].emplace_back(b, c);
            g.left[b].emplace_back(a, c);
        }
    }
}

BigramGraph empty_graph(std::size_t n) {
    BigramGraph g;
    g.count.assign(n, 0);
    g.self.assign(n, 0);
    g.right.resize(n);
    g.left.resize(n);
    return g;
}

}  // namespace

WordClusters build_word_clusters(const std::vector<std::vector<std::string>>& sentences,
                                 const ClusterOptions& options) {
    // Vocabulary: normalised tokens seen at least min_count times, by
    // frequency then bytes. Item 0 is the boundary/rare-word item.
    std::unordered_map<std::string, std::int64_t> freq;
    for (const auto& sentence : sentences) {
        for (const std::string& w : sentence) ++freq[normalise_token(w)];
    }
    std::vector<std::pair<std::string, std::int64_t>> vocab;
    for (const auto& [w, c] : freq) {
        if (c >= static_cast<std::int64_t>(options.min_count)) vocab.emplace_back(w, c);
    }
    std::sort(vocab.begin(), vocab.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::unordered_map<std::string_view, std::uint32_t> id;
    for (std::size_t i = 0; i < vocab.size(); ++i)
        id.emplace(vocab[i].first, static_cast<std::uint32_t>(i + 1));

    BigramGraph words = empty_graph(vocab.size() + 1);
    std::unordered_map<std::uint64_t, std::int64_t> bigrams;
    for (const auto& sentence : sentences) {
        std::uint32_t prev = 0;
        ++words.count[0];
        for (const std::string& w : sentence) {
            const auto it = id.find(normalise_token(w));
            const std::uint32_t cur = it == id.end() ? 0 : it->second;
            ++words.count[cur];
            ++bigrams[(std::uint64_t{prev} << 32U) | cur];
            prev = cur;
        }
        ++bigrams[std::uint64_t{prev} << 32U];
    }
    add_bigrams(words, bigrams);

    // Finest level on words, then each coarser level on the classes below.
    std::array<std::vector<std::uint32_t>, kClusterLevels> level_of_word;
    BigramGraph items = std::move(words);
    std::vector<std::uint32_t> item_of_word(items.count.size());
    for (std::size_t i = 0; i < item_of_word.size(); ++i)
        item_of_word[i] = static_cast<std::uint32_t>(i);
    for (std::size_t level = kClusterLevels; level-- > 0;) {
        const std::vector<std::uint32_t> cls =
            exchange(items, options.classes[level], options.iterations);
        auto& assigned = level_of_word[level];
        assigned.resize(item_of_word.size());
        for (std::size_t w = 0; w < item_of_word.size(); ++w) assigned[w] = cls[item_of_word[w]];
        item_of_word = assigned;
        if (level == 0) break;
        // Class-bigram graph of this level.
        const std::size_t k = options.classes[level];
        BigramGraph next = empty_graph(k);
        std::unordered_map<std::uint64_t, std::int64_t> class_bigrams;
        for (std::size_t i = 0; i < items.count.size(); ++i) {
            next.count[cls[i]] += items.count[i];
            class_bigrams[(std::uint64_t{cls[i]} << 32U) | cls[i]] += items.self[i];
            for (const auto& [j, c] : items.right[i])
                class_bigrams[(std::uint64_t{cls[i]} << 32U) | cls[j]] += c;
        }
        add_bigrams(next, class_bigrams);
        items = std::move(next);
    }

    WordClusters table;
    for (std::size_t i = 0; i < vocab.size(); ++i) {
        ClusterPath path{};
        for (std::size_t level = 0; level < kClusterLevels; ++level) {
            path[level] = static_cast<std::uint16_t>(level_of_word[level][i + 1] + 1);
        }
        table.add(vocab[i].first, path);
    }
    return table;
}

}  // namespace dateline::extractor
