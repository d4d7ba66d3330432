// Training and cross-validation on a small hand-written CoNLL corpus: the
// folds, reproducible training (same seed -> byte-identical model file), the
// structured perceptron learning its training data, and the model file's
// version check.

#include "dateline/extractor/trainer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "dateline/extractor/cross_validation.hpp"
#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/gazetteer_builder.hpp"
#include "dateline/extractor/tagger.hpp"
#include "support/temp_dir.hpp"

namespace dateline::extractor {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

void write(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Documents of one to three sentences: people after "Mr.", places after
// "in", organisations before "Corp", in IOB1 as CoNLL-2003 writes them.
std::string corpus_text() {
    const char* people[] = {"Smith", "Jones", "Brown", "Ortega", "Kohl", "Chirac"};
    const char* places[] = {"Paris", "Lagos", "Quito", "Oslo", "Lima", "Dakar"};
    const char* companies[] = {"Acme", "Zenith", "Orbit", "Vertex", "Nimbus", "Pylon"};
    std::ostringstream out;
    for (int d = 0; d < 12; ++d) {
        out << "-DOCSTART- -X- O O\n\n";
        for (int s = 0; s <= d % 3; ++s) {
            const int k = (d + s) % 6;
            out << "Mr. NNP I-NP O\n" << people[k] << " NNP I-NP I-PER\n";
            out << "said VBD I-VP O\nin IN I-PP O\n" << places[(k + 1) % 6] << " NNP I-NP I-LOC\n";
            out << "that IN I-SBAR O\n" << companies[(k + 2) % 6] << " NNP I-NP I-ORG\n";
            out << "Corp NNP I-NP I-ORG\ngrew VBD I-VP O\n. . O O\n\n";
        }
    }
    return out.str();
}

class TrainerTest : public ::testing::Test {
  protected:
    void SetUp() override {
        const fs::path dir = temp_.path();
        write(dir / "iso.json", R"({"3166-1": [{"alpha_2": "FR", "name": "France"}]})");
        write(dir / "countryInfo.tsv",
              "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea\tPopulation\n"
              "FR\tFRA\t250\tFR\tFrance\tParis\t547030\t66987244\n");
        write(dir / "admin1.tsv", "#region_code\tname\tname_ascii\tgeoname_id\n");
        write(dir / "cities.tsv",
              "geonameid\tname\tasciiname\tcountry_code\tadmin1_code\tfeature_code\tpopulation\t"
              "latitude\tlongitude\ttimezone\talternatenames\n"
              "2988507\tParis\tParis\tFR\t11\tPPLC\t2138551\t48.9\t2.3\tEurope/Paris\t\n");
        GazetteerSources sources;
        sources.iso3166_json = dir / "iso.json";
        sources.country_info = dir / "countryInfo.tsv";
        sources.admin1 = dir / "admin1.tsv";
        sources.cities = dir / "cities.tsv";
        (void)build_gazetteer(sources, dir / "gazetteer.bin");
        gazetteer_ = std::make_shared<const Gazetteer>(Gazetteer::load(dir / "gazetteer.bin"));
        std::istringstream in(corpus_text());
        documents_ = read_conll(in, "corpus");
        names_.add("John", kGivenName);
        options_.row_bits = 14;
        options_.epochs = 4;
    }

    TempDir temp_;
    std::shared_ptr<const Gazetteer> gazetteer_;
    std::vector<ConllDocument> documents_;
    NameList names_;
    WordClusters clusters_;
    TrainingOptions options_;
};

TEST_F(TrainerTest, FoldsAreContiguousBlocksOfSimilarSize) {
    const auto folds = assign_folds(documents_, 3);
    ASSERT_EQ(folds.size(), documents_.size());
    EXPECT_EQ(folds.front(), 0U);
    EXPECT_EQ(folds.back(), 2U);
    for (std::size_t d = 1; d < folds.size(); ++d) {
        EXPECT_GE(folds[d], folds[d - 1]);
        EXPECT_LE(folds[d], folds[d - 1] + 1);
    }
    // 12 documents of 1, 2, 3 sentences repeating: 24 sentences, 8 a fold.
    std::vector<std::size_t> sentences(3, 0);
    for (std::size_t d = 0; d < folds.size(); ++d)
        sentences[folds[d]] += documents_[d].sentences.size();
    for (const std::size_t n : sentences) EXPECT_NEAR(static_cast<double>(n), 8.0, 2.0);
    EXPECT_EQ(assign_folds(documents_, 3), folds);
}

TEST_F(TrainerTest, FoldsNeedTwoAndEnoughDocuments) {
    EXPECT_THROW((void)assign_folds(documents_, 1), InputError);
    EXPECT_THROW((void)assign_folds(documents_, 13), InputError);
    EXPECT_EQ(assign_folds(documents_, 12).back(), 11U);
}

TEST_F(TrainerTest, SameSeedWritesTheSameModelFile) {
    for (const Decoder decoder : {Decoder::Viterbi, Decoder::Greedy}) {
        options_.decoder = decoder;
        const auto a =
            train_tagger(documents_, documents_, gazetteer_, names_, clusters_, options_);
        const auto b =
            train_tagger(documents_, documents_, gazetteer_, names_, clusters_, options_);
        a.model->save(temp_.path() / "a.model");
        b.model->save(temp_.path() / "b.model");
        EXPECT_EQ(read_bytes(temp_.path() / "a.model"), read_bytes(temp_.path() / "b.model"));
        EXPECT_EQ(a.model->decoder(), decoder);
        EXPECT_EQ(NerModel::load(temp_.path() / "a.model").decoder(), decoder);
    }
}

TEST_F(TrainerTest, LearnsItsTrainingDataAndKeepsTheLastEpoch) {
    std::size_t epochs_seen = 0;
    options_.on_epoch = [&](std::size_t, const std::shared_ptr<const NerModel>&, const ConllScore&,
                            double) { ++epochs_seen; };
    const auto result =
        train_tagger(documents_, documents_, gazetteer_, names_, clusters_, options_);
    EXPECT_EQ(epochs_seen, options_.epochs);
    EXPECT_EQ(result.best_epoch, options_.epochs);
    EXPECT_DOUBLE_EQ(result.dev_score.overall().f1(), 100.0);
}

TEST_F(TrainerTest, CrossValidationPoolsEveryFoldOnce) {
    options_.epochs = 2;
    std::size_t folds_seen = 0;
    const auto result = cross_validate(documents_, 3, gazetteer_, names_, clusters_, options_,
                                       [&](std::size_t, const std::vector<ConllScore>& scores) {
                                           EXPECT_EQ(scores.size(), 2U);
                                           ++folds_seen;
                                       });
    EXPECT_EQ(folds_seen, 3U);
    ASSERT_EQ(result.per_epoch.size(), 2U);
    // Every gold entity of the corpus is held out exactly once: 24 sentences
    // of 3 entities.
    EXPECT_EQ(result.per_epoch[1].overall().gold, 72U);
    // Unseen names in a frame the folds share: most are found.
    EXPECT_GT(result.per_epoch[1].overall().f1(), 50.0);
}

TEST_F(TrainerTest, AnOlderModelFileAsksForRetraining) {
    write(temp_.path() / "old.model", std::string("DLNER001") + std::string(64, '\0'));
    try {
        (void)NerModel::load(temp_.path() / "old.model");
        FAIL() << "loaded a model of an older format";
    } catch (const ModelError& e) {
        EXPECT_NE(std::string(e.what()).find("retrain"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace dateline::extractor
