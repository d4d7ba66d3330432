#pragma once
// IndexAttributeSource: an AttributeSource that reads the Xapian index itself.
//
//   * dates and entities of the matches: the date and entity value slots,
//     read while matching (match_values.hpp: a spy locally, the slot as sort
//     key over remote parts);
//   * articles per day: the frequency of each day term (D19870302), which is
//     exact (each dated article has one) and costs one pass over the day
//     terms, not over the articles;
//   * articles naming an entity: the frequency of its key term
//     (XPERvolcker, schema/terms.hpp). People also get a term per word of
//     their name, so when a person's key is also a word of someone else's
//     name (the code `baker` and "Howard Baker") the count includes that
//     person's articles too: an upper bound, which can only make the entity
//     look less significant.
//
// Works on every kind of Index (local, sharded, several locations, remote).

#include "dateline/searcher/attribute_source.hpp"
#include "dateline/searcher/index.hpp"

namespace dateline::searcher {

class IndexAttributeSource : public AttributeSource {
  public:
    /// `index` must outlive this object.
    explicit IndexAttributeSource(const Index& index) : index_(index) {}

    Xapian::doccount visit_match_dates(const Xapian::Query& query,
                                       const DateVisitor& visit) override;
    Xapian::doccount visit_match_entities(const Xapian::Query& query,
                                          const schema::FieldSpec& field,
                                          const EntityVisitor& visit) override;
    [[nodiscard]] std::vector<std::pair<schema::Date, Xapian::doccount>> articles_per_day()
        override;
    [[nodiscard]] Xapian::doccount articles_naming(const schema::FieldSpec& field,
                                                   const std::string& key) override;
    [[nodiscard]] Xapian::doccount article_count() override;

  private:
    const Index& index_;
};

}  // namespace dateline::searcher
