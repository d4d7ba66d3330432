#include "dateline/searcher/searcher.hpp"

#include <optional>
#include <stdexcept>

#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/stored_article.hpp"
#include "dateline/schema/terms.hpp"
#include "dateline/searcher/facet_counter.hpp"
#include "dateline/searcher/highlighter.hpp"
#include "dateline/searcher/index_attribute_source.hpp"
#include "dateline/searcher/match_only_weight.hpp"
#include "dateline/searcher/matched_documents.hpp"
#include "dateline/searcher/query_error.hpp"
#include "dateline/searcher/remote_facets.hpp"
#include "dateline/searcher/significance.hpp"
#include "dateline/searcher/snippet.hpp"
#include "dateline/searcher/store_collapse.hpp"
#include "dateline/searcher/store_facet_counter.hpp"
#include "dateline/searcher/timeline.hpp"
#include "stored_document.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

// Spelling suggestions are looked for when a query matches fewer articles.
constexpr Xapian::doccount kSuggestBelow = 10;

QueryFrontEndOptions front_end_options(const Index& index, sc::DateOrder date_order,
                                       const SavedQueries& saved_queries) {
    QueryFrontEndOptions options;
    options.saved_queries = saved_queries;
    options.language = index.language;
    options.date_order = date_order;
    // Xapian 1.4 reads no spelling dictionary over the remote protocol: with
    // a remote part, suggestions would come from the local parts alone, and
    // change with the way the archive is split. None at all is predictable.
    options.spelling_suggestions = !index.has_remote;
    options.aliases = index.aliases;
    return options;
}

// The hit for the document at `it`, its entities as the alias tables show
// them; its stored body goes to `body` (wanted for the snippet only).
Hit make_hit(const Xapian::MSetIterator& it, const sc::AliasTables& aliases, std::string& body) {
    const Xapian::Document doc = it.get_document();
    sc::StoredArticle stored = detail::read_stored(doc, *it);
    Hit hit;
    hit.rank = it.get_rank() + 1;
    hit.id = std::move(stored.id);
    hit.date = detail::read_date(doc);
    hit.title = std::move(stored.title);
    detail::read_entities(doc, aliases, hit);
    hit.score = it.get_weight();
    hit.source = std::move(stored.source);
    hit.url = std::move(stored.url);
    body = std::move(stored.body);
    return hit;
}

// Whether matching `query` checks term positions (a phrase or NEAR anywhere
// in it).
bool checks_positions(const Xapian::Query& query) {
    const auto type = query.get_type();
    if (type == Xapian::Query::OP_PHRASE || type == Xapian::Query::OP_NEAR) return true;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        if (checks_positions(query.get_subquery(i))) return true;
    }
    return false;
}

// Counts the matches the matcher sees: all of them when it checks every
// document, and before collapsing, so articles rather than hits (Xapian's
// uncollapsed estimate is no exact count of them).
class MatchCount : public Xapian::MatchSpy {
  public:
    void operator()(const Xapian::Document& /*doc*/, double /*weight*/) override { ++count_; }
    [[nodiscard]] Xapian::doccount count() const { return count_; }

  private:
    Xapian::doccount count_ = 0;
};

// The ids of the articles matching `query` in the near-duplicate group `key`,
// but for `shown`, most relevant first.
std::vector<std::string> similar_ids(const Xapian::Database& database, const Xapian::Query& query,
                                     const std::string& key, Xapian::docid shown) {
    Xapian::Enquire enquire(database);
    enquire.set_query(Xapian::Query(
        Xapian::Query::OP_FILTER, query,
        Xapian::Query(Xapian::Query::OP_VALUE_RANGE, sc::slot::kNearDuplicateGroup, key, key)));
    const Xapian::MSet mset = enquire.get_mset(0, database.get_doccount());
    std::vector<std::string> ids;
    const std::string id_prefix(sc::prefix::kId);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        if (*it == shown) continue;
        // The id term rather than the stored data: no body to decode.
        const Xapian::Document doc = it.get_document();
        auto term = doc.termlist_begin();
        term.skip_to(id_prefix);
        if (term == doc.termlist_end()) continue;
        const std::string id_term = *term;
        ids.emplace_back(sc::id_from_term(id_term));
    }
    return ids;
}

}  // namespace

void Searcher::set_sort(Xapian::Enquire& enquire, SortOrder sort) {
    switch (sort) {
        case SortOrder::Relevance:
            enquire.set_sort_by_relevance();
            return;
        case SortOrder::Date:
            enquire.set_sort_by_value_then_relevance(sc::slot::kDate, false);
            return;
        case SortOrder::DateDesc:
            enquire.set_sort_by_value_then_relevance(sc::slot::kDate, true);
            return;
    }
}

Searcher::Searcher(Index index, sc::DateOrder date_order, SavedQueries saved_queries)
    : index_(std::move(index)),
      date_order_(date_order),
      saved_queries_(std::move(saved_queries)),
      front_end_(front_end_options(index_, date_order_, saved_queries_), index_.database) {}

SearchResult Searcher::search(const SearchRequest& request) {
    // A commit between opening and reading invalidates what a reader sees; a
    // couple of fresh opens normally get a consistent view.
    return retrying([&] { return search_once(request); });
}

void Searcher::reopen() {
    // Open the locations again rather than Database::reopen(): dateline-index
    // publishes a rebuild by swapping the folder's stub file to a new
    // database, which only a fresh open follows.
    index_ = open_index(index_.locations);
    front_end_ =
        QueryFrontEnd(front_end_options(index_, date_order_, saved_queries_), index_.database);
}

std::vector<TimelineQuery> Searcher::timeline_queries(const SearchRequest& request,
                                                      const Xapian::Query& query) {
    std::vector<TimelineQuery> queries{{request.query, query}};
    for (const auto& text : request.compare) {
        try {
            queries.push_back({text, front_end_.parse(text).query});
        } catch (const QueryError& e) {
            throw QueryError(std::string("in --compare query: ") + e.what(), e.where(), text);
        }
    }
    return queries;
}

void Searcher::analyse(const SearchRequest& request, const Xapian::Query& query,
                       const std::vector<TimelineQuery>& timeline_queries, SearchResult& result) {
    IndexAttributeSource source(index_);
    if (request.timeline) {
        result.timeline = build_timeline(source, timeline_queries, *request.timeline);
    }
    if (!request.significant) return;
    if (request.significant->is_terms()) {
        result.significant = significant_terms(index_.database, query, front_end_.stemmer(),
                                               request.significant_limit);
    } else {
        result.significant = significant_entities(source, query, *request.significant->field,
                                                  request.significant_limit);
    }
}

SearchResult Searcher::search_once(const SearchRequest& request) {
    const ParsedQuery parsed = front_end_.parse(request.query);
    // Every query is parsed before any is run, so a bad one costs no search.
    const std::vector<TimelineQuery> series =
        request.timeline ? timeline_queries(request, parsed.query) : std::vector<TimelineQuery>{};
    SearchResult result = run(parsed.query, request);
    result.query = request.query;
    if (!request.count_only) analyse(request, parsed.query, series, result);
    // "Did you mean" is for queries that find little; asking the spelling
    // dictionary took 44% of a common query's time (docs/performance.md).
    if (result.total < kSuggestBelow) {
        result.corrected_query = front_end_.suggest_correction(request.query);
    }
    return result;
}

SearchResult Searcher::run(const Xapian::Query& query, const SearchRequest& request) {
    SearchResult result;

    const bool want_facets = !request.count_only && !request.facets.empty();
    // A remote server cannot run our spy: there the facets are counted
    // afterwards, on this side (remote_facets.hpp).
    const bool spy_facets = want_facets && !index_.has_remote;
    // Where the index has facet stores, they count; else the value slots.
    const bool store_facets = spy_facets && index_.facet_stores != nullptr;

    // Declared before the Enquire, which refers to them, so they outlive it.
    FacetCounter counter(request.facets, index_.aliases);
    std::optional<StoreFacetCounter> store_counter;
    if (store_facets) store_counter.emplace(*index_.facet_stores, request.facets, index_.aliases);
    Xapian::Enquire enquire(index_.database);
    enquire.set_query(query);
    set_sort(enquire, request.sort);
    // One hit per near-duplicate group, the best ranked; articles in no group
    // have an empty key, which Xapian never collapses. Spies see every match
    // before collapsing, so facets count articles.
    // Not without hits to list (--limit 0, an analysis): Xapian does not
    // collapse a match that returns no items, and its group estimates are
    // then no count at all.
    const bool collapse = !request.all_copies && !request.count_only && request.limit > 0;
    const bool match_all = query.get_type() == Xapian::Query::LEAF_MATCH_ALL;
    // Checking every document makes the total exact and lets the spy see
    // every match, not just enough to fill the page. Not needed when the
    // query matches every article and no spy is watching: the total is the
    // number of articles, and by relevance every article weighs 0, so the
    // page is the first articles, which the matcher finds at once (checking
    // all of 200,000 articles took 16 ms of CPU).
    const Xapian::doccount documents = index_.database.get_doccount();
    const bool every_article_in_order =
        match_all && request.sort == SortOrder::Relevance && (!spy_facets || store_facets);
    // Where every match is checked and the index is one database with its
    // store, the store's group numbers collapse (store_collapse.hpp).
    const IndexFacetStores* stores = index_.facet_stores.get();
    const bool one_store = stores != nullptr && stores->parts.size() == 1;
    const bool store_collapse = collapse && !every_article_in_order && one_store;
    // There the store counts the facets and groups of the matches a spy
    // lists (matched_documents.hpp). And there the matches are counted and
    // ranked by two matches: a boolean one that sees every match (the list,
    // the exact total) and a ranked one that only has to find the page, so
    // it may stop early and keeps no candidates beyond it: checking every
    // match in the ranked one cost 40 % more on a broad query (weights and
    // document lengths for all of them, a candidate list kept for each;
    // docs/performance.md). Not for a phrase or NEAR query, whose positions
    // are its cost and would be checked twice.
    const bool list_matches = one_store && !every_article_in_order;
    const bool count_apart = list_matches && !checks_positions(query);
    MatchCount articles;
    std::optional<GroupCounter> groups;
    if (store_collapse) {
        const IndexFacetStores::Part& part = stores->parts.front();
        groups.emplace(stores->stores[part.store].groups(), part.shard);
    } else if (collapse) {
        enquire.set_collapse_key(sc::slot::kNearDuplicateGroup);
        if (!index_.has_remote) enquire.add_matchspy(&articles);
    }
    const bool store_counts_matches = store_facets && !match_all;
    if (store_facets && match_all) {
        // Every article: counted from the stores' arrays, without a match.
        store_counter->count_all();
    } else if (spy_facets && !store_facets) {
        enquire.add_matchspy(&counter);
    }
    MatchedDocuments matched;  // before the Enquires that refer to it
    Xapian::Enquire counting(index_.database);
    if (list_matches && (groups || store_counts_matches)) {
        (count_apart ? counting : enquire).add_matchspy(&matched);
    }
    if (count_apart) {
        counting.set_query(query);
        // Only which documents match counts, not their scores.
        counting.set_weighting_scheme(MatchOnlyWeight());
        result.total = counting.get_mset(0, 0, documents).get_matches_estimated();
    }

    // The ranked match checks every match unless the counting one has.
    Xapian::doccount check_at_least = documents;
    if (count_apart) {
        check_at_least = 0;
    } else if (every_article_in_order) {
        check_at_least = request.offset + request.limit;
    }
    const Xapian::doccount asked =
        store_collapse ? matches_for_page(request.offset, request.limit) : 0;
    Xapian::MSet mset;
    if (request.count_only) {
        if (!count_apart) mset = enquire.get_mset(0, 0, check_at_least);
    } else if (store_collapse) {
        mset = enquire.get_mset(0, asked, check_at_least);
    } else {
        mset = enquire.get_mset(request.offset, request.limit, check_at_least);
    }
    // Every match was checked (or all match): the estimates are exact.
    if (!count_apart) {
        result.total = every_article_in_order ? documents : mset.get_matches_estimated();
    }
    if (groups) {
        groups->count(matched.documents());
        result.groups = groups->hits();
    }
    if (store_counts_matches && list_matches) store_counter->count(matched.documents());

    // The page's hits, as positions in `page.mset`.
    CollapsedPage page;
    if (store_collapse) {
        const IndexFacetStores::Part& part = stores->parts.front();
        page = collapse_page(mset, asked, request.offset, request.limit,
                             stores->stores[part.store].groups(), part.shard,
                             [&](Xapian::doccount more) {
                                 // The same match without spies, which
                                 // have counted already.
                                 Xapian::Enquire again(index_.database);
                                 again.set_query(query);
                                 set_sort(again, request.sort);
                                 return again.get_mset(0, more);
                             });
    } else {
        page.mset = mset;
        for (Xapian::doccount i = 0; i < mset.size(); ++i) page.positions.push_back(i);
    }
    if (collapse && !every_article_in_order && !store_collapse) {
        result.groups = result.total;
        if (index_.has_remote) {
            // No spy runs on a remote server: the articles are counted again.
            Xapian::Enquire uncollapsed(index_.database);
            uncollapsed.set_query(query);
            result.total = uncollapsed.get_mset(0, 0, documents).get_matches_estimated();
        } else {
            result.total = articles.count();
        }
    }
    if (request.count_only) return result;

    const Highlighter highlighter(query, front_end_.stemmer());
    for (std::size_t i = 0; i < page.positions.size(); ++i) {
        const Xapian::MSetIterator it = page.mset[page.positions[i]];
        std::string body;
        Hit hit = make_hit(it, *index_.aliases, body);
        // Ranks among the collapsed hits, as Xapian's collapse numbers them.
        hit.rank = request.offset + static_cast<Xapian::doccount>(i) + 1;
        hit.title_parts = highlighter.mark_title(hit.title);
        if (request.snippets) {
            hit.snippet = highlighter.extract(body, request.snippet_length, hit);
        }
        // The key alone does not say whether other copies matched.
        const std::string group = !collapse ? std::string()
                                  : store_collapse
                                      ? it.get_document().get_value(sc::slot::kNearDuplicateGroup)
                                      : it.get_collapse_key();
        if (!group.empty()) hit.similar = similar_ids(index_.database, query, group, *it);
        result.hits.push_back(std::move(hit));
    }
    if (store_facets) {
        if (store_counts_matches && !list_matches &&
            store_counter->count_matches(query) != result.total) {
            throw Xapian::DatabaseModifiedError("the index changed while facets were counted");
        }
        result.facets = store_counter->facets(request.facet_limit);
    } else if (spy_facets) {
        result.facets = counter.facets(request.facet_limit);
    } else if (want_facets) {
        result.facets = count_facets_on_client(index_.database, query, request.facets, result.total,
                                               request.facet_limit, index_.aliases);
    }
    return result;
}

}  // namespace dateline::searcher
