#pragma once
// The sequence tagger: greedy left-to-right averaged-perceptron decoding with
// the features of features.hpp (previous two tags, document history) and the
// BIO constraint (I-X only after B-X/I-X). Tags CoNLL-2003 PER/LOC/ORG/MISC.
// After the last sentence, repair_person_tags() adjusts the person spans of the
// document (see there).
//
// A Tagger's model and options are fixed at construction, and it may be
// used from several threads at once: each call keeps its own state, and
// borrows a word score cache (what the scores need of a word alone, kept
// between documents) that no other call uses at the same time. Copies share
// the caches.

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "dateline/extractor/conll.hpp"
#include "dateline/extractor/features.hpp"
#include "dateline/extractor/gazetteer.hpp"
#include "dateline/extractor/name_list.hpp"
#include "dateline/extractor/ner_model.hpp"
#include "dateline/extractor/tags.hpp"

namespace dateline::extractor {

namespace detail {
class WordScoreCachePool;
}  // namespace detail

struct TaggerOptions {
    /// Apply repair_person_tags() after the last sentence, and read line-ups
    /// (lists of names after a label: "Portsmouth: Hislop, Griffin, ...") as
    /// people (line_ups.hpp). Default: true.
    bool repair_person_spans = true;
    /// Words whose scores a word score cache keeps (per concurrent call;
    /// about 250 bytes a word); emptied when fuller at the start of a
    /// document. 0: no cache (the tags are the same). Only the Viterbi
    /// decoder uses it. Default: 16384.
    std::size_t word_cache_words = 16384;
};

/// Tags with the decoder the model was trained for (NerModel::decoder()).
class Tagger {
  public:
    Tagger(std::shared_ptr<const NerModel> model, std::shared_ptr<const Gazetteer> gazetteer,
           TaggerOptions options = {});

    /// Tags one document, given as sentences of tokens, in order (earlier
    /// sentences inform later ones). Returns BIO tags, one vector per sentence.
    [[nodiscard]] std::vector<std::vector<Tag>> tag_document(
        std::span<const std::vector<std::string_view>> sentences) const;

    [[nodiscard]] const Gazetteer& gazetteer() const noexcept { return *gazetteer_; }
    [[nodiscard]] const NerModel& model() const noexcept { return *model_; }

  private:
    std::shared_ptr<const NerModel> model_;
    std::shared_ptr<const Gazetteer> gazetteer_;
    TaggerOptions options_;
    std::shared_ptr<detail::WordScoreCachePool> word_caches_;  ///< null: no cache
};

/// Decode-time repairs of the person spans of one tagged document, in place
/// (tags[s][i] belongs to sentences[s][i]), following CoNLL-2003's
/// conventions; each rule is measured on eng.testa in docs/extraction.md:
///  * a leading title is not part of the name ("Cardinal Bernardin",
///    "General Director Ljubomir Acimovic" -> "Bernardin", "Ljubomir
///    Acimovic"), except "Prince", "King", "Pope", "Mayor" and "Justice",
///    which CoNLL's training data does include ("Prince Charles");
///  * a name ends before a word without letters or starting with a digit
///    ("Zinedine Zidane 46th", "Paddy Lad 16-1");
///  * a trailing weekday is not part of the name ("Jose Miguel Insulza
///    Monday");
///  * one capitalised word tagged LOC or ORG is a person when the document
///    has a person of two or more words that starts with a known given name
///    and ends with that word, itself a known surname or name ("Neil Jordan"
///    ... "Jordan 's film"); a place followed by "," and another entity
///    stays ("George Washington" ... "Washington , D.C.").
void repair_person_tags(std::span<const std::vector<std::string_view>> sentences,
                        const NameList& names, std::vector<std::vector<Tag>>& tags);

/// Tags every document and scores the result against the gold labels.
/// With output non-null, the tags are also appended there, per sentence.
[[nodiscard]] ConllScore evaluate(const Tagger& tagger, const std::vector<ConllDocument>& documents,
                                  std::vector<std::vector<Tag>>* output = nullptr);

}  // namespace dateline::extractor
