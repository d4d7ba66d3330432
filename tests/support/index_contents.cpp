#include "support/index_contents.hpp"

#include <xapian.h>

#include "dateline/schema/stored_article.hpp"

namespace dateline::test {

std::map<std::string, std::string> index_titles(const std::string& index_path) {
    Xapian::Database db(index_path);
    std::map<std::string, std::string> titles;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const auto stored = schema::decode_stored_article(db.get_document(*it).get_data());
        titles[stored.id] = stored.title;
    }
    return titles;
}

}  // namespace dateline::test
