#pragma once
// QueryError: a query the user typed cannot be searched, and where in it the
// problem is.
//
// The front end (query_front_end.hpp) throws it for syntax it refuses
// (unbalanced quotes or brackets, unknown fields, impossible dates, empty
// queries) and for every Xapian::QueryParserError. The span is a byte range
// of the query string exactly as given to the front end, so a caller can show
// the query again with a caret line under the problem (format_query_caret).
// When a request holds several queries (--compare), query() says which one
// the span refers to.

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace dateline::searcher {

/// A byte range of a query string.
struct QuerySpan {
    std::size_t offset = 0;
    std::size_t length = 1;

    friend bool operator==(const QuerySpan&, const QuerySpan&) = default;
};

class QueryError : public std::runtime_error {
  public:
    /// `where` is empty when the position is unknown (errors from Xapian).
    explicit QueryError(const std::string& message, std::optional<QuerySpan> where = std::nullopt,
                        std::optional<std::string> query = std::nullopt)
        : std::runtime_error(message), where_(where), query_(std::move(query)) {}

    [[nodiscard]] const std::optional<QuerySpan>& where() const { return where_; }
    /// The query the error is in, when it is not the request's main query.
    [[nodiscard]] const std::optional<std::string>& query() const { return query_; }

  private:
    std::optional<QuerySpan> where_;
    std::optional<std::string> query_;
};

/// The caret line that underlines `span` of `query` when both are printed with
/// the same indentation: blanks up to the span, then one '^' per column of
/// the span (at least one). Columns are display columns (cli/text_width.hpp),
/// not bytes: an accented letter takes one, a CJK character two, a
/// combining mark none; a tab in the query stays a tab in the caret line, so
/// both reach the same tab stop. The carets stay under the problem.
[[nodiscard]] std::string format_query_caret(std::string_view query, QuerySpan span);

}  // namespace dateline::searcher
