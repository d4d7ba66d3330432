#pragma once
// DocumentBuilder: Article -> Xapian::Document, following schema/.

#include <xapian.h>

#include <string>

#include "dateline/indexer/article.hpp"

namespace dateline::indexer {

/// Builds documents with one TermGenerator (reused: it is not cheap to make).
/// Not thread-safe; use one builder per thread.
class DocumentBuilder {
  public:
    /// `stemmer` comes from schema::make_stemmer(). With `spelling_db`, words
    /// are also added to that database's spelling dictionary.
    explicit DocumentBuilder(const Xapian::Stem& stemmer,
                             Xapian::WritableDatabase* spelling_db = nullptr);

    /// The document for `article`: title (prefixed and unprefixed, weighted),
    /// body (positions after a gap so phrases cannot span fields), id, date,
    /// people, places and source terms, value slots and the stored data.
    [[nodiscard]] Xapian::Document build(const Article& article);

    /// The unique id term for an article id ("Q" + id).
    [[nodiscard]] static std::string id_term(const std::string& article_id);

  private:
    Xapian::TermGenerator term_generator_;
};

}  // namespace dateline::indexer
