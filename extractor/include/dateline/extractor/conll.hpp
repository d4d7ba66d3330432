#pragma once
// CoNLL files and conlleval-style scoring.
//
// A CoNLL file has one token per line with whitespace-separated columns, the
// word first; a blank line ends a sentence and a "-DOCSTART-" line starts a
// document (a file without one is a single document). By default the last
// column is the gold label (CoNLL-2003's 4 columns "word POS chunk NER"); with
// ConllReadOptions::predictions the last column is a prediction and the one
// before it the gold label (conlleval's input format). Labels are IOB1 or IOB2.
//
// Scoring is entity-level exact match as in conlleval: a predicted entity is
// correct only if its type and both boundaries equal a gold entity's.

#include <array>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include "dateline/extractor/tags.hpp"

namespace dateline::extractor {

struct ConllSentence {
    std::vector<std::string> words;
    std::vector<std::string> gold;       ///< gold labels, one per word
    std::vector<std::string> predicted;  ///< empty unless read with predictions
};

struct ConllDocument {
    std::vector<ConllSentence> sentences;
};

struct ConllReadOptions {
    /// The last column holds predicted labels, the one before it gold labels.
    /// Default: false (last column = gold).
    bool predictions = false;
};

/// Reads a CoNLL file. Throws InputError naming the source and line for a line
/// with too few columns or a bad label.
[[nodiscard]] std::vector<ConllDocument> read_conll(std::istream& in,
                                                    const std::string& source_name,
                                                    const ConllReadOptions& options = {});

/// Counts for one entity type (or all): entities in the gold data, predicted,
/// and predicted exactly right.
struct EntityCounts {
    std::size_t gold = 0;
    std::size_t predicted = 0;
    std::size_t correct = 0;

    /// In percent; 0 when nothing was predicted / there is no gold entity.
    [[nodiscard]] double precision() const noexcept;
    [[nodiscard]] double recall() const noexcept;
    [[nodiscard]] double f1() const noexcept;
};

class ConllScore {
  public:
    /// Adds one sentence's gold and predicted spans.
    void add(const std::vector<EntitySpan>& gold, const std::vector<EntitySpan>& predicted);
    /// Adds a sentence given as labels (IOB1/IOB2). Token counts feed accuracy.
    void add_labels(const std::vector<std::string>& gold,
                    const std::vector<std::string>& predicted);
    /// Adds the counts of another score (of other sentences): pooling folds.
    ConllScore& operator+=(const ConllScore& other) noexcept;

    [[nodiscard]] const EntityCounts& of(EntityType type) const noexcept {
        return per_type_[static_cast<std::size_t>(type)];
    }
    [[nodiscard]] const EntityCounts& overall() const noexcept { return overall_; }
    [[nodiscard]] std::size_t tokens() const noexcept { return tokens_; }
    [[nodiscard]] std::size_t correct_tokens() const noexcept { return correct_tokens_; }

    /// {"PER": {"precision":…, "recall":…, "f1":…, "gold":…, "predicted":…,
    /// "correct":…}, "LOC": …, "ORG": …, "MISC": …, "overall": …}; percentages.
    [[nodiscard]] std::string to_json() const;
    /// conlleval-like text table.
    [[nodiscard]] std::string to_text() const;

  private:
    std::array<EntityCounts, kEntityTypeCount> per_type_{};
    EntityCounts overall_{};
    std::size_t tokens_ = 0;
    std::size_t correct_tokens_ = 0;
};

}  // namespace dateline::extractor
