#pragma once
// SavedQueries: named queries, used as `@name` anywhere in a query.
//
// The names come from the `[query]` section of the config file
// (`volcker-japan = person:volcker place:japan`, docs/config.md). In a query,
// `@name` stands for its query in brackets: `oil @volcker-japan` is searched
// as `oil (person:volcker place:japan)`. A saved query may use others; a
// name that leads back to itself is an error.
//
// `@name` is recognised at the start of the query or after a blank, a bracket
// or a + or -, outside double quotes; a name is ASCII letters, digits, '-',
// '_' and '.'. Anything else with an '@' (an e-mail address) is left alone.
//
// Errors are QueryErrors whose span is in the query as the user typed it:
// an unknown name is underlined itself, and a problem inside a saved query
// underlines the `@name` that brought it in, its message starting
// "in @name: ".

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/searcher/query_error.hpp"

namespace dateline::searcher {

/// A query with its saved queries put in, and the way back to the query as
/// typed.
class ExpandedQuery {
  public:
    /// The query to parse.
    [[nodiscard]] const std::string& text() const { return text_; }
    /// Whether some `@name` was put in.
    [[nodiscard]] bool expanded() const { return !uses_.empty(); }

    /// `error` (a span of text()) as an error of the query as typed: a span
    /// within a saved query becomes the span of its `@name`, and the message
    /// says which saved query it was in.
    [[nodiscard]] QueryError to_typed(const QueryError& error) const;

  private:
    friend class SavedQueries;
    struct Use {
        std::string name;
        QuerySpan typed;     ///< `@name` in the query as typed
        QuerySpan expanded;  ///< "(...)" in text()
    };
    std::string text_;
    std::vector<Use> uses_;  // in order of position
};

class SavedQueries {
  public:
    SavedQueries() = default;
    /// name (without '@') -> query.
    explicit SavedQueries(std::map<std::string, std::string, std::less<>> queries);

    /// `query` with every `@name` replaced as described above. Throws
    /// QueryError (span in `query`) for an unknown name or a cycle.
    [[nodiscard]] ExpandedQuery expand(std::string_view query) const;

    [[nodiscard]] bool empty() const { return queries_.empty(); }
    [[nodiscard]] const std::map<std::string, std::string, std::less<>>& queries() const {
        return queries_;
    }

    /// Whether `name` can be used as `@name`.
    [[nodiscard]] static bool is_valid_name(std::string_view name);

  private:
    /// The expansion of `query`, inside which the saved queries `active`
    /// are being expanded already.
    [[nodiscard]] std::string expand_text(std::string_view query,
                                          std::vector<std::string>& active) const;

    std::map<std::string, std::string, std::less<>> queries_;
};

}  // namespace dateline::searcher
