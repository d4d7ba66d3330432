#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/extractor/name_list.hpp"
#include "dateline/extractor/tagger.hpp"
#include "dateline/extractor/tags.hpp"

namespace dateline::extractor {
namespace {

std::vector<std::string> split(std::string_view text) {
    std::istringstream in{std::string(text)};
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// One document: sentences of words, and per sentence the tags before and
// after repair_person_tags() as space-separated IOB2 labels.
struct RepairCase {
    std::string_view name;
    std::vector<std::string_view> sentences;
    std::vector<std::string_view> tagged;
    std::vector<std::string_view> repaired;
};

const RepairCase kCases[] = {
    {"leading title dropped",
     {"said General Director Ljubomir Acimovic ."},
     {"O O B-PER I-PER I-PER O"},
     {"O O O B-PER I-PER O"}},
    {"title with period dropped", {"Dr. Kowalski spoke"}, {"B-PER I-PER O"}, {"O B-PER O"}},
    {"royal title kept", {"Prince Charles arrived"}, {"B-PER I-PER O"}, {"B-PER I-PER O"}},
    {"lone title kept", {"Cardinal said"}, {"B-PER O"}, {"B-PER O"}},
    {"cut at a number",
     {"- Zinedine Zidane 46th )"},
     {"O B-PER I-PER I-PER O"},
     {"O B-PER I-PER O O"}},
    {"cut at punctuation",
     {"( Herfried Sabitzer 68th ) ,"},
     {"O B-PER I-PER I-PER I-PER O"},
     {"O B-PER I-PER O O O"}},
    {"trailing weekday dropped",
     {"meet Jose Miguel Insulza Monday"},
     {"O B-PER I-PER I-PER I-PER"},
     {"O B-PER I-PER I-PER O"}},
    {"surname after a full name",
     {"Neil Jordan directed it .", "Jordan defends his film .", "He flew to Jordan"},
     {"B-PER I-PER O O O", "B-LOC O O O O", "O O O B-PER"},
     {"B-PER I-PER O O O", "B-PER O O O O", "O O O B-PER"}},
    {"surname before the full name",
     {"Jordan 's film", "by Neil Jordan"},
     {"B-ORG O O", "O B-PER I-PER"},
     {"B-PER O O", "O B-PER I-PER"}},
    {"no given name, no propagation",
     {"Yeltsin endorses Lebed Chechnya plan", "peace in Chechnya"},
     {"B-PER O B-PER I-PER O", "O O B-LOC"},
     {"B-PER O B-PER I-PER O", "O O B-LOC"}},
    {"part of a longer span untouched",
     {"Neil Jordan spoke", "Jordan Valley farms"},
     {"B-PER I-PER O", "B-LOC I-LOC O"},
     {"B-PER I-PER O", "B-LOC I-LOC O"}},
    {"all-caps surname not propagated",
     {"Neil JORDAN spoke", "JORDAN beat them"},
     {"B-PER I-PER O", "B-ORG O O"},
     {"B-PER I-PER O", "B-ORG O O"}},
    {"surname not in the name lists",
     {"Neil Kowalczyk spoke", "Kowalczyk won"},
     {"B-PER I-PER O", "B-ORG O"},
     {"B-PER I-PER O", "B-ORG O"}},
    {"MISC span untouched",
     {"Neil Jordan spoke", "the Jordan prize"},
     {"B-PER I-PER O", "O B-MISC O"},
     {"B-PER I-PER O", "O B-MISC O"}},
    {"place followed by its place stays",
     {"George Washington spoke", "in Washington , D.C. today", "Washington said"},
     {"B-PER I-PER O", "O B-LOC O B-PER O", "B-LOC O"},
     {"B-PER I-PER O", "O B-LOC O B-PER O", "B-PER O"}},
};

TEST(RepairPersonTags, Table) {
    NameList names;
    names.add("Neil", kGivenName);
    names.add("Zinedine", kGivenName);
    names.add("Jordan", kSurname);
    names.add("Washington", kSurname);
    names.add("George", kGivenName);
    for (const RepairCase& c : kCases) {
        SCOPED_TRACE(c.name);
        std::vector<std::vector<std::string>> storage;
        std::vector<std::vector<std::string_view>> sentences;
        std::vector<std::vector<Tag>> tags;
        std::vector<std::vector<Tag>> expected;
        for (std::size_t s = 0; s < c.sentences.size(); ++s) {
            storage.push_back(split(c.sentences[s]));
        }
        for (std::size_t s = 0; s < c.sentences.size(); ++s) {
            sentences.emplace_back(storage[s].begin(), storage[s].end());
            const auto before = split(c.tagged[s]);
            const auto after = split(c.repaired[s]);
            ASSERT_EQ(before.size(), sentences[s].size());
            ASSERT_EQ(after.size(), sentences[s].size());
            tags.push_back(tags_from_spans(before.size(), spans_from_labels(before)));
            expected.push_back(tags_from_spans(after.size(), spans_from_labels(after)));
        }
        repair_person_tags(sentences, names, tags);
        EXPECT_EQ(tags, expected);
    }
}

}  // namespace
}  // namespace dateline::extractor
