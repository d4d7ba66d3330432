#include "dateline/searcher/query_front_end.hpp"

#include <optional>
#include <vector>

#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/terms.hpp"
#include "dateline/schema/text_folding.hpp"
#include "dateline/searcher/date_filter.hpp"
#include "dateline/searcher/query_error.hpp"
#include "dateline/searcher/query_syntax.hpp"
#include "dateline/searcher/spelling.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

// Field processors must not throw: an exception other than Xapian's own
// unwinding through QueryParser::parse_query leaks its parser state. Values
// are validated beforehand by check_query_syntax(), so here a value that still
// does not parse can only match nothing.

/// person:, place:, org: (every entity field) -> the canonical key's term, so
/// case, accents and the spaces-or-dashes of a name do not matter.
/// With alias tables, the term is or'ed with the identity terms of every key
/// that resolves to the same entity: the one asked for (`reagan` may itself
/// stand for Ronald Reagan) and its aliases.
class EntityFieldProcessor : public Xapian::FieldProcessor {
  public:
    EntityFieldProcessor(const sc::FieldSpec& field, std::shared_ptr<const sc::AliasTables> aliases)
        : field_(field), aliases_(std::move(aliases)) {}

    Xapian::Query operator()(const std::string& value) override {
        const std::string term = sc::entity_query_term(field_, value);
        if (term.empty()) return Xapian::Query::MatchNothing;
        std::vector<std::string> terms{term};
        if (aliases_) {
            const sc::EntityAliases& table = aliases_->of(field_);
            // The key the term selects: for places, the identity the
            // spelling names (`usa` -> us).
            const std::string key = term.substr(field_.prefix.size());
            const std::optional<sc::Entity> target = table.target_of(key);
            const std::string& entity = target ? target->key : key;
            const auto aliases = table.aliases_of(entity);
            if (target || !aliases.empty())
                terms.push_back(sc::entity_identity_term(field_, entity));
            for (const auto& alias : aliases)
                terms.push_back(sc::entity_identity_term(field_, alias));
        }
        if (terms.size() == 1) return Xapian::Query(terms.front());
        return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    }

  private:
    const sc::FieldSpec& field_;  // a row of the static schema table
    std::shared_ptr<const sc::AliasTables> aliases_;
};

/// date: -> a year, month or day term, or a range on the date value slot.
class DateFieldProcessor : public Xapian::FieldProcessor {
  public:
    explicit DateFieldProcessor(sc::DateOrder order) : order_(order) {}

    Xapian::Query operator()(const std::string& value) override {
        try {
            return date_filter_query(parse_date_filter(value, order_));
        } catch (const QueryError&) {
            return Xapian::Query::MatchNothing;
        }
    }

  private:
    sc::DateOrder order_;
};

// The checked query as Xapian's parser gets it: accents folded as the
// indexer folds the text (text_folding.hpp), except in id: values, which are
// exact. person:/place: values fold anyway (canonical_key), dates have none.
std::string folded_for_parser(const CheckedQuery& checked) {
    std::string text;
    std::size_t copied = 0;
    for (const FieldUse& use : checked.fields) {
        if (use.field->role != sc::FieldRole::Id) continue;
        text += sc::fold_accents(
            std::string_view(checked.text).substr(copied, use.value.offset - copied));
        text += checked.text.substr(use.value.offset, use.value.length);
        copied = use.value.offset + use.value.length;
    }
    text += sc::fold_accents(std::string_view(checked.text).substr(copied));
    return text;
}

constexpr unsigned kBaseFlags =
    Xapian::QueryParser::FLAG_BOOLEAN | Xapian::QueryParser::FLAG_PHRASE |
    Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
    Xapian::QueryParser::FLAG_PURE_NOT;

void add_field(Xapian::QueryParser& parser, const sc::FieldSpec& field, sc::DateOrder date_order,
               const std::shared_ptr<const sc::AliasTables>& aliases) {
    const std::string name(field.query_name);
    switch (field.role) {
        case sc::FieldRole::FreeText:
            parser.add_prefix(name, std::string(field.prefix));
            return;
        case sc::FieldRole::Entity: {
            // An article names several people: `person:a person:b` means
            // both, so each filter gets its own group (AND) instead of
            // sharing one (OR).
            const std::string own_group;
            parser.add_boolean_prefix(name, (new EntityFieldProcessor(field, aliases))->release(),
                                      &own_group);
            return;
        }
        case sc::FieldRole::Date:
            // One date per article: several date: filters are alternatives (OR).
            parser.add_boolean_prefix(name, (new DateFieldProcessor(date_order))->release());
            return;
        case sc::FieldRole::Id:
        case sc::FieldRole::Source:
            parser.add_boolean_prefix(name, std::string(field.prefix));
            return;
        case sc::FieldRole::Stored:
            return;  // not in the index: nothing to query
    }
}

}  // namespace

QueryFrontEnd::QueryFrontEnd(const QueryFrontEndOptions& options, const Xapian::Database& database)
    : stemmer_(sc::make_stemmer(options.language)),
      database_(database),
      saved_queries_(options.saved_queries),
      flags_(kBaseFlags),
      date_order_(options.date_order) {
    parser_.set_stemmer(stemmer_);
    parser_.set_stemming_strategy(sc::text::kQueryStemming);
    parser_.set_default_op(Xapian::Query::OP_AND);
    parser_.set_database(database);
    parser_.set_max_expansion(options.max_wildcard_expansion,
                              Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                              Xapian::QueryParser::FLAG_WILDCARD);
    spelling_ = options.spelling_suggestions && database.size() > 0;
    for (const auto& field : sc::fields()) {
        if (!field.query_name.empty())
            add_field(parser_, field, options.date_order, options.aliases);
    }
}

bool is_match_all_query(std::string_view query) {
    const auto first = query.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return false;
    const auto last = query.find_last_not_of(" \t\r\n");
    return query.substr(first, last - first + 1) == "*";
}

Xapian::Query QueryFrontEnd::parse_checked(std::string_view text) {
    try {
        return parser_.parse_query(std::string(text), flags_);
    } catch (const Xapian::QueryParserError& e) {
        throw QueryError("cannot parse query: " + e.get_msg());
    }
}

ParsedQuery QueryFrontEnd::parse(std::string_view typed) {
    // Saved queries first: the rest of the checks see what is searched, and
    // their errors are mapped back to what was typed.
    const ExpandedQuery expanded = saved_queries_.expand(typed);
    try {
        return parse_expanded(expanded.text());
    } catch (const QueryError& e) {
        throw expanded.to_typed(e);
    }
}

ParsedQuery QueryFrontEnd::parse_expanded(std::string_view query) {
    ParsedQuery parsed;
    if (is_match_all_query(query)) {
        // Xapian's parser ignores a lone '*'; here it is "every article", so
        // a user can facet a whole archive.
        parsed.query = Xapian::Query::MatchAll;
        return parsed;
    }
    const std::string text = folded_for_parser(check_query_syntax(query, date_order_));
    if (const auto excluded = excluded_items_only(text); !excluded.empty()) {
        // Only exclusions: every article except those matching any of them.
        std::vector<Xapian::Query> items;
        for (const std::string_view item : excluded) items.push_back(parse_checked(item));
        parsed.query =
            Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll,
                          Xapian::Query(Xapian::Query::OP_OR, items.begin(), items.end()));
    } else {
        parsed.query = parse_checked(text);
    }
    if (parsed.query.empty()) throw QueryError("query has nothing to search for");
    return parsed;
}

std::string QueryFrontEnd::suggest_correction(std::string_view query) {
    if (!spelling_ || is_match_all_query(query)) return {};
    // A saved query was written on purpose: no second-guessing it, and a
    // suggestion should read as what the user typed.
    try {
        if (saved_queries_.expand(query).expanded()) return {};
    } catch (const QueryError&) {
        return {};
    }
    try {
        std::string suggestion = suggest_spelling(query, database_, stemmer_);
        // Only a query that parses is worth suggesting.
        if (!suggestion.empty()) (void)parse(suggestion);
        return suggestion;
    } catch (const QueryError&) {
        return {};  // parse() reports what is wrong with the query itself
    }
}

}  // namespace dateline::searcher
