#pragma once
// DocumentBuilder: Article -> Xapian::Document, following schema/.

#include <xapian.h>

#include <string>

#include "dateline/indexer/article.hpp"
#include "dateline/indexer/prepared_article.hpp"

namespace dateline::indexer {

/// Builds documents with one TermGenerator (reused: it is not cheap to make).
/// Not thread-safe; use one builder per thread.
class DocumentBuilder {
  public:
    /// `stemmer` comes from schema::make_stemmer(); the builder stems
    /// through a cache of its own (caching_stemmer.hpp).
    explicit DocumentBuilder(const Xapian::Stem& stemmer);

    /// The document for `article`: title (prefixed and unprefixed, weighted),
    /// body (positions after a gap so phrases cannot span fields), id, date,
    /// entity (every entity field of the schema) and source terms, value
    /// slots (the near-duplicate signature too, not its group) and the
    /// stored data. The builder keeps no handle on the document, so it may
    /// be handed to another thread.
    [[nodiscard]] Xapian::Document build(const Article& article);

    /// The document and, with `spelling`, the words it adds to the spelling
    /// dictionary. The words are collected here rather than by the
    /// TermGenerator (FLAG_SPELLING), which would update the database's
    /// dictionary once per word occurrence on the writer's thread: counting
    /// them per article and adding them in bulk at each flush is what lets
    /// documents be built on worker threads.
    [[nodiscard]] PreparedArticle prepare(const Article& article, bool spelling);

  private:
    Xapian::TermGenerator term_generator_;
};

/// The spelling dictionary words of a built document: its unprefixed,
/// unstemmed terms without a digit, with their within-document frequency (a
/// title word counts with the title's weight, which makes headline words the
/// preferred suggestions).
[[nodiscard]] SpellingWords spelling_words(const Xapian::Document& document);

}  // namespace dateline::indexer
