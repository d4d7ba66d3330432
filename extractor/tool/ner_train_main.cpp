// dateline-ner-train: builds extractor/model/gazetteer.bin and
// extractor/model/ner.model from the shared data sets. See docs/extraction.md.

#include <fmt/core.h>
#include <fmt/ranges.h>

#include <boost/program_options.hpp>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "dateline/extractor/cluster_builder.hpp"
#include "dateline/extractor/conll.hpp"
#include "dateline/extractor/cross_validation.hpp"
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

// Prints the pooled cross-validation score of every epoch, then the
// per-type table of the best epoch (by overall F1) and of the last.
void run_cross_validation(const std::vector<ConllDocument>& train, std::size_t folds,
                          std::shared_ptr<const Gazetteer> gazetteer, const NameList& names,
                          const WordClusters& clusters, const TrainingOptions& options) {
    const auto fold_of = assign_folds(train, folds);
    std::vector<std::size_t> documents(folds, 0);
    for (const std::size_t f : fold_of) ++documents[f];
    fmt::print(stderr, "cross-validation: {} folds of {} documents\n", folds,
               fmt::join(documents, "/"));
    const auto result = cross_validate(
        train, folds, std::move(gazetteer), names, clusters, options,
        [](std::size_t fold, const std::vector<ConllScore>& scores) {
            if (!scores.empty())
                print_score(fmt::format("fold {} last epoch", fold + 1).c_str(), scores.back());
        });
    std::size_t best = 0;
    for (std::size_t e = 0; e < result.per_epoch.size(); ++e) {
        print_score(fmt::format("cv epoch {:2}", e + 1).c_str(), result.per_epoch[e]);
        if (!result.without_repairs.empty()) {
            print_score(fmt::format("cv epoch {:2} without person repairs", e + 1).c_str(),
                        result.without_repairs[e]);
        }
        if (result.per_epoch[e].overall().f1() > result.per_epoch[best].overall().f1()) best = e;
    }
    fmt::print("cross-validation, {} folds, seed {}, epoch {} (best overall F1):\n{}", folds,
               options.seed, best + 1, result.per_epoch[best].to_text());
    fmt::print("cross-validation, {} folds, seed {}, epoch {} (last):\n{}", folds, options.seed,
               result.per_epoch.size(), result.per_epoch.back().to_text());
    if (!result.without_repairs.empty()) {
        fmt::print("the same without the person repairs, epoch {}:\n{}epoch {}:\n{}", best + 1,
                   result.without_repairs[best].to_text(), result.without_repairs.size(),
                   result.without_repairs.back().to_text());
    }
}

int run(int argc, char** argv) {
    fs::path shared;
    fs::path output;
    TrainingOptions options;
    std::size_t max_surname_rank = 0;
    fs::path cluster_cache;
    bool no_clusters = false;
    std::size_t cv_folds = 0;
    bool no_person_repair = false;
    bool gazetteer_only = false;
    std::string decoder = "viterbi";
    ClusterOptions cluster_options;
    po::options_description desc(
        "Usage: dateline-ner-train --shared DIR [--output DIR] [options]\nOptions");
    desc.add_options()("help,h", "show this help")(
        "shared", po::value(&shared)->required(),
        "the shared data folder (holds conll2003/, gazetteers/, names/)")(
        "output,o", po::value(&output)->default_value(DATELINE_NER_SOURCE_MODEL_DIR),
        "folder for ner.model and gazetteer.bin")(
        "epochs", po::value(&options.epochs)->default_value(options.epochs),
        "training epochs (the last is kept; chosen by --cv)")(
        "keep-best-epoch", po::bool_switch(&options.keep_best_dev_epoch),
        "keep the epoch with the best eng.testa PER/LOC F1 instead of the last (experiments)")(
        "cv", po::value(&cv_folds),
        "cross-validate on eng.train with this many folds (contiguous blocks of documents), "
        "print pooled scores per epoch, write no model")(
        "decoder", po::value(&decoder)->default_value(decoder),
        "viterbi (structured perceptron) or greedy")(
        "no-person-repair", po::bool_switch(&no_person_repair),
        "score without the decode-time person repairs (ablation)")(
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
                         "train without word clusters (ablation)")(
        "gazetteer-only", po::bool_switch(&gazetteer_only),
        "build gazetteer.bin only, and no model (a gazetteer that keeps what the tagger's "
        "feature sees needs no retraining)");
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, desc), vm);
    if (vm.count("help") != 0) {
        std::cout << desc << "\n";
        return 0;
    }
    po::notify(vm);
    options.tagger.repair_person_spans = !no_person_repair;
    if (decoder == "viterbi") {
        options.decoder = Decoder::Viterbi;
    } else if (decoder == "greedy") {
        options.decoder = Decoder::Greedy;
    } else {
        throw po::error("--decoder must be viterbi or greedy, not '" + decoder + "'");
    }

    const auto t0 = std::chrono::steady_clock::now();
    const auto stats = build_gazetteer(GazetteerSources::in_shared_dir(shared / "data/gazetteers"),
                                       output / "gazetteer.bin");
    fmt::print(
        stderr,
        "gazetteer: {} countries, {} regions, {} cities, {} small towns -> {} keys, {} places, {} "
        "bytes\n",
        stats.countries, stats.regions, stats.cities, stats.small_towns, stats.entries,
        stats.places, stats.bytes);
    if (gazetteer_only) return 0;
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
    if (cv_folds != 0) {
        run_cross_validation(train, cv_folds, gazetteer, names, clusters, options);
        return 0;
    }
    options.on_epoch = [](std::size_t epoch, const std::shared_ptr<const NerModel>&,
                          const ConllScore& score, double seconds) {
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
