#pragma once
// The syntax check that runs before Xapian's QueryParser.
//
// Xapian's parser is lenient on purpose: it closes an unbalanced quote at the
// end of the query, ignores a stray bracket, reads `foo:bar` as the phrase
// "foo bar" and leaves a field processor no way to report a bad value. A
// search engine for people should say what is wrong and where, so this pass
// scans the query once and throws QueryError (with the byte span) for:
//   * an unbalanced double quote (", “ or ”) or bracket;
//   * an unknown field: an ASCII word (starting with a letter, right after the
//     start, a space or another non-word character) followed by ':' and a
//     non-blank character, that is not a queryable field of the schema.
//     Not fields: anything inside quotes, words starting with a digit
//     (`10:30`), `word://...` (URLs) and `word::word`;
//   * a bad field value: an empty one, a name with no letters or digits for
//     person:/place:, an impossible date or range for date:;
//   * an empty query.
// Field names are case-insensitive: the checked text has them lower-cased (the
// only change it makes, so byte offsets stay valid), because Xapian matches
// field names exactly.

#include <string>
#include <string_view>
#include <vector>

#include "dateline/schema/date_parsing.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/searcher/query_error.hpp"

namespace dateline::searcher {

/// One `field:value` found in a query.
struct FieldUse {
    const schema::FieldSpec* field = nullptr;
    QuerySpan name;    ///< the field name and its ':'
    QuerySpan value;   ///< the value as written (with its quotes); length 0 for free-text fields
    std::string text;  ///< the value without quotes ("" unescaped); empty for free-text fields
};

struct CheckedQuery {
    std::string text;              ///< the query with field names lower-cased
    std::vector<FieldUse> fields;  ///< in order of appearance
};

/// Checks `query` as described above, reading dates in `date_order`.
/// Throws QueryError.
[[nodiscard]] CheckedQuery check_query_syntax(
    std::string_view query, schema::DateOrder date_order = schema::DateOrder::MonthFirst);

/// When every top-level item of a checked query (the parts between blanks
/// outside quotes and brackets) is excluded with a leading '-' ("-rates",
/// "-rates -person:volcker"), those items without their '-'; otherwise empty.
/// Xapian's parser refuses a query of excluded words alone and then reads it
/// again without operators, so "-rates" would find the articles WITH rates;
/// the front end makes such a query mean "every article except".
[[nodiscard]] std::vector<std::string_view> excluded_items_only(std::string_view text);

}  // namespace dateline::searcher
