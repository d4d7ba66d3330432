// Searcher::show: one whole article by id (`dateline-search --show ID`).

#include <utility>

#include "dateline/searcher/searcher.hpp"
#include "dateline/searcher/snippet.hpp"
#include "stored_document.hpp"

namespace dateline::searcher {

std::optional<ArticleView> Searcher::show(std::string_view id, std::string_view query) {
    return retrying([&] { return show_once(id, query); });
}

std::optional<ArticleView> Searcher::show_once(std::string_view id, std::string_view query) {
    const auto docid = detail::find_article(index_.database, id);
    if (!docid) return std::nullopt;
    const Xapian::Document doc = index_.database.get_document(*docid);
    schema::StoredArticle stored = detail::read_stored(doc, *docid);
    ArticleView article;
    article.id = std::move(stored.id);
    article.date = detail::read_date(doc);
    article.title = std::move(stored.title);
    detail::read_entities(doc, *index_.aliases, article);
    article.source = std::move(stored.source);
    article.url = std::move(stored.url);
    article.body = std::move(stored.body);
    if (!query.empty()) {
        // The query's own MSet, even an empty one, is what Xapian marks
        // matches from; the article need not match the query.
        Xapian::Enquire enquire(index_.database);
        enquire.set_query(front_end_.parse(query).query);
        const Xapian::MSet mset = enquire.get_mset(0, 0);
        article.marked_title = mark_matches(mset, article.title, front_end_.stemmer());
        article.marked_body = mark_matches(mset, article.body, front_end_.stemmer());
    }
    return article;
}

}  // namespace dateline::searcher
