// dateline-ner-train: builds extractor/model/gazetteer.bin and
// extractor/model/ner.model from the shared data sets. See docs/extraction.md.

#include <fmt/core.h>

#include <boost/program_options.hpp>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "dateline/extractor/cluster_builder.hpp"
#include "dateline/extractor/conll.hpp"
#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/gazetteer.hpp"
#include "dateline/extractor/gazetteer_builder.hpp"
#include "dateline/extractor/name_list.hpp"
#include "dateline/extractor/reuters_corpus.hpp"
#include "dateline/extractor/trainer.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;
using namespace dateline::extractor;

namespace {

std::vector<ConllDocument> read_conll_file(const fs::path& path) {
    std::ifstream in(path);
    if (!in) throw InputError("cannot open " + path.string());
    return read_conll(in, path.string());
}

void print_score(const char* label, const ConllScore& s) {
    fmt::print(stderr, "{}: overall F1 {:.2f}  PER {:.2f}  LOC {:.2f}  ORG {:.2f}  MISC {:.2f}\n",
               label, s.overall().f1(), s.of(EntityType::Person).f1(),
               s.of(EntityType::Location).f1(), s.of(EntityType::Organisation).f1(),
               s.of(EntityType::Misc).f1());
}

int run(int argc, char** argv) {
    fs::path shared;
    fs::path output;
    TrainingOptions options;
    std::size_t max_surname_rank = 0;
    fs::path cluster_cache;
    bool no_clusters = false;
    ClusterOptions cluster_options;
    po::options_description desc(
        "Usage: dateline-ner-train --shared DIR [--output DIR] [options]\nOptions");
    desc.add_options()("help,h", "show this help")(
        "shared", po::value(&shared)->required(),
        "the shared data folder (holds conll2003/, gazetteers/, names/)")(
        "output,o", po::value(&output)->default_value(DATELINE_NER_SOURCE_MODEL_DIR),
        "folder for ner.model and gazetteer.bin")(
        "epochs", po::value(&options.epochs)->default_value(options.epochs),
        "training epochs (best on eng.testa kept)")(
        "seed", po::value(&options.seed)->default_value(options.seed),
        "seed of the document shuffle")(
        "row-bits", po::value(&options.row_bits)->default_value(options.row_bits),
        "log2 of weight-table rows")("max-surname-rank",
                                     po::value(&max_surname_rank)->default_value(20000),
                                     "census surnames kept (most frequent first)")(
        "cluster-iterations",
        po::value(&cluster_options.iterations)->default_value(cluster_options.iterations),
        "exchange-algorithm iterations per cluster level")(
        "cluster-cache", po::value(&cluster_cache),
        "read the word clusters from this file if it exists, else build and write them there "
        "(experiments)")("no-clusters", po::bool_switch(&no_clusters),
                         "train without word clusters (ablation)");
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, desc), vm);
    if (vm.count("help") != 0) {
        std::cout << desc << "\n";
        return 0;
    }
    po::notify(vm);

    const auto t0 = std::chrono::steady_clock::now();
    const auto stats = build_gazetteer(GazetteerSources::in_shared_dir(shared / "data/gazetteers"),
                                       output / "gazetteer.bin");
    fmt::print(stderr, "gazetteer: {} countries, {} regions, {} cities -> {} keys, {} bytes\n",
               stats.countries, stats.regions, stats.cities, stats.entries, stats.bytes);
    auto gazetteer = std::make_shared<const Gazetteer>(Gazetteer::load(output / "gazetteer.bin"));
    const NameList names = NameList::from_shared_lists(shared / "data/names", max_surname_rank);
    fmt::print(stderr, "name list: {} names\n", names.size());
    const auto train = read_conll_file(shared / "data/conll2003/eng.train");
    const auto dev = read_conll_file(shared / "data/conll2003/eng.testa");
    fmt::print(stderr, "data: {} training documents, {} development documents\n", train.size(),
               dev.size());
    WordClusters clusters;
    if (no_clusters) {
        fmt::print(stderr, "word clusters: none\n");
    } else if (!cluster_cache.empty() && fs::exists(cluster_cache)) {
        clusters = WordClusters::load(cluster_cache);
        fmt::print(stderr, "word clusters: {} words from {}\n", clusters.size(),
                   cluster_cache.string());
    } else {
        const auto c0 = std::chrono::steady_clock::now();
        auto corpus = read_reuters_sentences(shared / "data/reuters21578");
        std::size_t tokens = 0;
        for (const auto& s : corpus) tokens += s.size();
        const std::size_t reuters_tokens = tokens;
        for (const ConllDocument& document : train) {
            for (const ConllSentence& s : document.sentences) {
                corpus.push_back(s.words);
                tokens += s.words.size();
            }
        }
        clusters = build_word_clusters(corpus, cluster_options);
        fmt::print(stderr, "word clusters: {} words from {} tokens ({} Reuters-21578) in {:.0f}s\n",
                   clusters.size(), tokens, reuters_tokens,
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - c0).count());
        if (!cluster_cache.empty()) clusters.save(cluster_cache);
    }
    options.on_epoch = [](std::size_t epoch, const ConllScore& score, double seconds) {
        print_score(fmt::format("epoch {:2} ({:.1f}s) eng.testa", epoch, seconds).c_str(), score);
    };
    TrainingResult result = train_tagger(train, dev, gazetteer, names, clusters, options);
    result.model->save(output / "ner.model");
    print_score(fmt::format("best epoch {}", result.best_epoch).c_str(), result.dev_score);
    fmt::print(stderr, "wrote {} ({} bytes, {} rows) in {:.0f}s\n", (output / "ner.model").string(),
               result.model->file_bytes(), result.model->stored_rows(),
               std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const po::error& e) {
        fmt::print(stderr, "dateline-ner-train: error: {}\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        fmt::print(stderr, "dateline-ner-train: error: {}\n", e.what());
        return 2;
    }
}
