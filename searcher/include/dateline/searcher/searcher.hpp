#pragma once
// Searcher: runs SearchRequests against an open index.
//
// One search = parse the query (QueryFrontEnd), one Enquire::get_mset that
// both fetches the requested page and, through FacetCounter, counts facets
// over every match, then hits with their stored data and snippets. A
// timeline (timeline.hpp) or significant values (significance.hpp) asked for
// are counted after that, each by matches of its own through an
// IndexAttributeSource. Totals are
// exact (check_at_least = number of documents). If a writer commits while a
// search reads (Xapian::DatabaseModifiedError), the locations are opened
// again and the search run again, a few times at most.
//
// When the index has a remote part (Index::has_remote) the facets are
// counted after the page, on this side, by count_facets_on_client
// (remote_facets.hpp): the same counts, at a cost proportional to the number
// of matches. There are no spelling suggestions then (Xapian 1.4 has no
// spelling dictionary over the remote protocol).
//
// Throws QueryError for a bad query and IndexError for index trouble (a
// server that stopped answering, an index that keeps changing, a damaged
// document).
// Not thread-safe; use one Searcher per thread.

#include <xapian.h>

#include <optional>
#include <string_view>
#include <vector>

#include "dateline/searcher/article_view.hpp"
#include "dateline/searcher/index.hpp"
#include "dateline/searcher/keyword_in_context.hpp"
#include "dateline/searcher/query_front_end.hpp"
#include "dateline/searcher/saved_queries.hpp"
#include "dateline/searcher/search_request.hpp"
#include "dateline/searcher/search_result.hpp"
#include "dateline/searcher/timeline.hpp"

namespace dateline::searcher {

class Searcher {
  public:
    /// `date_order` says how date:1/3/2021 is read (--date-order);
    /// `saved_queries` are the queries usable as `@name` (saved_queries.hpp).
    explicit Searcher(Index index, schema::DateOrder date_order = schema::DateOrder::MonthFirst,
                      SavedQueries saved_queries = {});

    [[nodiscard]] SearchResult search(const SearchRequest& request);

    /// The article with this id (`dateline-search --show`); with a `query`
    /// (not empty), its title and body with the query's matches marked
    /// (snippet.hpp: mark_matches). nullopt when the index has no such
    /// article. Throws QueryError for a bad query.
    [[nodiscard]] std::optional<ArticleView> show(std::string_view id, std::string_view query);

    /// The articles most like the article `id` (`--like`), best first, the
    /// article itself left out: its most telling words (Xapian's ESet over
    /// an RSet of that one article, docs/more-like-this.md) searched for as
    /// one OR query. request.query, when not empty, filters the matches
    /// (`date:1987-04`, `place:japan`) without changing their order or
    /// scores; paging, sorting, snippets and facets work as in search().
    /// nullopt when the index has no article `id`.
    [[nodiscard]] std::optional<SearchResult> like(std::string_view id,
                                                   const SearchRequest& request);

    /// Keyword in context (`--kwic`): the lines of the articles matching
    /// request.query, in request.sort order; request.limit counts lines and
    /// request.offset skips lines. See keyword_in_context.hpp.
    [[nodiscard]] KwicResult kwic(const SearchRequest& request, const KwicOptions& options = {});

  private:
    [[nodiscard]] SearchResult search_once(const SearchRequest& request);
    /// Hits (and facets) of `query` as `request` asks; no spelling suggestion.
    [[nodiscard]] SearchResult run(const Xapian::Query& query, const SearchRequest& request);
    [[nodiscard]] std::optional<ArticleView> show_once(std::string_view id, std::string_view query);
    [[nodiscard]] std::optional<SearchResult> like_once(std::string_view id,
                                                        const SearchRequest& request);
    [[nodiscard]] KwicResult kwic_once(const SearchRequest& request, const KwicOptions& options);
    /// The request's query and its --compare queries, parsed; a QueryError
    /// in a compare query names that query.
    [[nodiscard]] std::vector<TimelineQuery> timeline_queries(const SearchRequest& request,
                                                              const Xapian::Query& query);
    /// Adds the timeline and significant values asked for to `result`.
    void analyse(const SearchRequest& request, const Xapian::Query& query,
                 const std::vector<TimelineQuery>& timeline_queries, SearchResult& result);
    void reopen();
    static void set_sort(Xapian::Enquire& enquire, SortOrder sort);

    /// Runs `action`, opening the index again when a writer commits during
    /// it (a few times at most); any other Xapian error becomes IndexError.
    template <typename Action>
    auto retrying(Action action) -> decltype(action()) {
        constexpr int kAttempts = 3;
        for (int attempt = 1;; ++attempt) {
            try {
                return action();
            } catch (const Xapian::DatabaseModifiedError&) {
                if (attempt == kAttempts) {
                    throw IndexError("the index kept changing during the search; try again");
                }
                reopen();
            } catch (const Xapian::Error& e) {
                throw IndexError("search failed: " + e.get_description());
            }
        }
    }

    Index index_;
    schema::DateOrder date_order_;
    SavedQueries saved_queries_;
    QueryFrontEnd front_end_;
};

}  // namespace dateline::searcher
