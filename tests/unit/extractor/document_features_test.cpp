#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "dateline/extractor/features.hpp"
#include "dateline/extractor/gazetteer.hpp"
#include "dateline/extractor/name_list.hpp"
#include "dateline/extractor/word_clusters.hpp"

namespace dateline::extractor {
namespace {

// The document-level name context: a word seen after a given name or a title
// anywhere in the document marks every occurrence of it.
TEST(DocumentFeatures, NameContextFlagsComeFromTheWholeDocument) {
    const Gazetteer gazetteer;
    NameList names;
    names.add("John", kGivenName);
    const WordClusters clusters;
    const FeatureExtractor extractor(gazetteer, names, clusters);
    const std::vector<std::vector<std::string_view>> doc_sentences = {
        {"Kowalski", "won", "."},
        {"Later", ",", "John", "Kowalski", "met", "Mr.", "Nowak", "and", "the", "Polish", "Army",
         "."},
        {"SPORT", "-", "JOHN", "ZELENY", "WINS", "."},
    };
    DocumentContext doc;
    extractor.prepare_document(doc_sentences, doc);
    SentenceFeatures first;
    extractor.extract(doc_sentences[0], doc, first);
    const auto kowalski = doc.word_flags(first.tokens[0].lower_hash);
    EXPECT_EQ(kowalski & 4, 4);    // after a given name
    EXPECT_EQ(kowalski & 8, 0);    // not after a title
    EXPECT_EQ(kowalski & 16, 16);  // after a capitalised word
    SentenceFeatures second;
    extractor.extract(doc_sentences[1], doc, second);
    EXPECT_EQ(doc.word_flags(second.tokens[6].lower_hash) & 12, 8);   // Nowak: after "Mr."
    EXPECT_EQ(doc.word_flags(second.tokens[10].lower_hash) & 12, 0);  // Army: after "Polish"
    // All-caps sentences give no name context.
    SentenceFeatures third;
    extractor.extract(doc_sentences[2], doc, third);
    EXPECT_EQ(doc.word_flags(third.tokens[3].lower_hash), 0);
    // The flags change the features: the same sentence without the document differs.
    DocumentContext alone;
    extractor.prepare_document(std::span(doc_sentences).first(1), alone);
    SentenceFeatures isolated;
    extractor.extract(doc_sentences[0], alone, isolated);
    EXPECT_NE(std::vector(first.of(0).begin(), first.of(0).end()),
              std::vector(isolated.of(0).begin(), isolated.of(0).end()));
}

}  // namespace
}  // namespace dateline::extractor
