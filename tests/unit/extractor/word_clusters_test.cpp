#include "dateline/extractor/word_clusters.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "dateline/extractor/cluster_builder.hpp"
#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/reuters_corpus.hpp"
#include "support/temp_dir.hpp"

namespace dateline::extractor {
namespace {

TEST(WordClusters, FindIsCaseSensitiveAndClusterOfFallsBack) {
    WordClusters table;
    table.add("Baghdad", {1, 2, 3, 4});
    table.add("bush", {5, 6, 7, 8});
    EXPECT_EQ(table.size(), 2U);
    EXPECT_EQ(table.find("Baghdad"), (ClusterPath{1, 2, 3, 4}));
    EXPECT_EQ(table.find("BAGHDAD"), ClusterPath{});
    EXPECT_EQ(table.cluster_of("BAGHDAD"), (ClusterPath{1, 2, 3, 4}));  // all caps -> title case
    EXPECT_EQ(table.cluster_of("Bush"), (ClusterPath{5, 6, 7, 8}));     // -> lower case
    EXPECT_EQ(table.cluster_of("Unknown"), ClusterPath{});
    EXPECT_EQ(WordClusters{}.cluster_of("Baghdad"), ClusterPath{});
}

TEST(WordClusters, GrowsAndRoundTripsThroughAFile) {
    WordClusters table;
    for (int i = 0; i < 3000; ++i) {
        const auto id = static_cast<std::uint16_t>(i % 1000 + 1);
        table.add("w" + std::to_string(i), {1, 2, 3, id});
    }
    test::TempDir dir;
    table.save(dir.path() / "clusters.bin");
    const WordClusters loaded = WordClusters::load(dir.path() / "clusters.bin");
    EXPECT_EQ(loaded.size(), 3000U);
    EXPECT_EQ(loaded.find("w1234"), (ClusterPath{1, 2, 3, 235}));
    EXPECT_EQ(loaded.find("w3000"), ClusterPath{});
}

TEST(WordClusters, LoadRejectsGarbage) {
    test::TempDir dir;
    std::ofstream(dir.path() / "bad.bin") << "not a cluster table";
    EXPECT_THROW((void)WordClusters::load(dir.path() / "bad.bin"), ModelError);
    EXPECT_THROW((void)WordClusters::load(dir.path() / "missing.bin"), ModelError);
}

// Words in the same contexts land in the same class; levels nest; reruns agree.
TEST(ClusterBuilder, GroupsWordsBySharedContexts) {
    std::vector<std::vector<std::string>> corpus;
    const std::vector<std::string> people = {"Smith", "Jones", "Brown", "Clinton"};
    const std::vector<std::string> places = {"Paris", "London", "Tokyo", "Bonn"};
    for (int k = 0; k < 20; ++k) {
        for (const auto& p : people) corpus.push_back({"Mr.", p, "said", "on", "Monday", "."});
        for (const auto& l : places) corpus.push_back({"talks", "in", l, "ended", "."});
    }
    ClusterOptions options;
    options.classes = {2, 4, 6, 8};
    options.min_count = 2;
    const WordClusters a = build_word_clusters(corpus, options);
    const WordClusters b = build_word_clusters(corpus, options);
    for (const auto& p : people) {
        EXPECT_EQ(a.find(p), a.find("Smith")) << p;
        EXPECT_EQ(a.find(p), b.find(p)) << p;
    }
    for (const auto& l : places) EXPECT_EQ(a.find(l), a.find("Paris")) << l;
    EXPECT_NE(a.find("Smith")[3], a.find("Paris")[3]);
    EXPECT_NE(a.find("Smith")[0], 0);
    // Nesting: words sharing a fine class share every coarser class.
    for (const auto& w : {"said", "on", "talks", "in", "ended", "Mr.", "."}) {
        const ClusterPath pw = a.find(w);
        for (const auto& v : {"Smith", "Paris", "said", "Monday"}) {
            const ClusterPath pv = a.find(v);
            if (pw[3] == pv[3]) {
                EXPECT_EQ(pw, pv) << w << " " << v;
            }
        }
    }
    EXPECT_EQ(a.find("rare"), ClusterPath{});
}

TEST(ReutersCorpus, ExtractsAndDecodesBodies) {
    const std::string sgml =
        "<REUTERS><TEXT><TITLE>X</TITLE><BODY>Shares of A&amp;B rose &lt;5 pct&gt;.\n "
        "Reuter\n&#3;</BODY>"
        "</TEXT></REUTERS><REUTERS><BODY>Second.</BODY></REUTERS>";
    const auto bodies = reuters_bodies(sgml);
    ASSERT_EQ(bodies.size(), 2U);
    EXPECT_EQ(bodies[0], "Shares of A&B rose <5 pct>.\n Reuter\n ");
    EXPECT_EQ(bodies[1], "Second.");
    EXPECT_THROW((void)read_reuters_sentences("/nonexistent"), InputError);
}

}  // namespace
}  // namespace dateline::extractor
