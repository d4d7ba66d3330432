// Searcher::like: the articles most like one article (`--like ID`).
//
// Relevance feedback as Xapian offers it: the article is the relevance set
// (RSet) of one, and Enquire::get_eset ranks the words of that article by
// how much better they pick it out than chance (Xapian's probabilistic
// expansion weight: frequent in the article, rare in the archive). The best
// kLikeTerms of them, ORed, are the query; BM25 ranks the articles that share
// the most, and the most telling, of them first. docs/more-like-this.md says
// why these choices.

#include <cctype>
#include <string>
#include <vector>

#include "dateline/schema/terms.hpp"
#include "dateline/searcher/searcher.hpp"
#include "stored_document.hpp"

namespace dateline::searcher {

namespace {

// Enough words to describe a news story (its actors, places, subject and
// verbs), few enough that one shared common word cannot carry a match.
constexpr Xapian::termcount kLikeTerms = 30;

// Which terms of the article may describe it: words of its title and body,
// not the boolean terms (id, date, people, places, source), which say where
// and when rather than what. With a stemmer the indexer wrote each word also
// as "Z" + its stem; those are taken (so "rates" and "rate" count as one),
// else the words as written. Words of one or two letters and numbers say
// little about a story.
class DescriptiveTerms : public Xapian::ExpandDecider {
  public:
    explicit DescriptiveTerms(bool stemmed) : stemmed_(stemmed) {}

    bool operator()(const std::string& term) const override {
        std::string_view word = term;
        if (stemmed_) {
            if (!word.starts_with('Z')) return false;
            word.remove_prefix(1);
        }
        if (word.size() < 3) return false;
        // Dateline's prefixes are upper case; a word starts with a lower-case
        // letter (or a byte of a non-ASCII letter).
        const auto first = static_cast<unsigned char>(word.front());
        return std::islower(first) != 0 || first >= 0x80;
    }

  private:
    bool stemmed_;
};

}  // namespace

std::optional<SearchResult> Searcher::like(std::string_view id, const SearchRequest& request) {
    return retrying([&] { return like_once(id, request); });
}

std::optional<SearchResult> Searcher::like_once(std::string_view id, const SearchRequest& request) {
    const auto docid = detail::find_article(index_.database, id);
    if (!docid) return std::nullopt;

    Xapian::RSet relevant;
    relevant.add_document(*docid);
    Xapian::Enquire expand(index_.database);
    const DescriptiveTerms decider(index_.language != "none");
    // Exact term frequencies: by default Xapian estimates them from the one
    // database holding the article, so a sharded or remote archive would pick
    // other words than the same archive in one database.
    const Xapian::ESet terms =
        expand.get_eset(kLikeTerms, relevant, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);

    Xapian::Query like(Xapian::Query::OP_OR, terms.begin(), terms.end());
    if (!request.query.empty()) {
        like = Xapian::Query(Xapian::Query::OP_FILTER, like, front_end_.parse(request.query).query);
    }
    like = Xapian::Query(Xapian::Query::OP_AND_NOT, like, Xapian::Query(schema::id_term(id)));
    SearchResult result = run(like, request);
    result.query = request.query;
    result.like = std::string(id);
    return result;
}

}  // namespace dateline::searcher
