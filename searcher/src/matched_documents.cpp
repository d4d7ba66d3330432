#include "dateline/searcher/matched_documents.hpp"

namespace dateline::searcher {

void MatchedDocuments::operator()(const Xapian::Document& doc, double /*weight*/) {
    documents_.push_back(doc.get_docid());
}

Xapian::MatchSpy* MatchedDocuments::clone() const { return new MatchedDocuments; }

std::string MatchedDocuments::name() const { return "dateline::searcher::MatchedDocuments"; }

}  // namespace dateline::searcher
