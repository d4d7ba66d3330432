#include "dateline/schema/index_metadata.hpp"

#include "dateline/schema/fields.hpp"

namespace dateline::schema {

void write_index_metadata(Xapian::WritableDatabase& db, const std::string& language) {
    db.set_metadata(std::string(kSchemaVersionKey), std::to_string(kSchemaVersion));
    db.set_metadata(std::string(kLanguageKey), language);
}

std::string check_index_metadata(const Xapian::Database& db) {
    const std::string version = db.get_metadata(std::string(kSchemaVersionKey));
    if (version.empty()) {
        if (db.get_doccount() == 0) return std::string(text::kDefaultLanguage);
        throw IncompatibleIndexError(
            "not a Dateline index (no schema version recorded); build it with dateline-index");
    }
    if (version != std::to_string(kSchemaVersion)) {
        throw IncompatibleIndexError(
            "index has schema version " + version + ", this program reads version " +
            std::to_string(kSchemaVersion) + "; rebuild it with this version of dateline-index");
    }
    std::string language = db.get_metadata(std::string(kLanguageKey));
    if (language.empty()) language = std::string(text::kDefaultLanguage);
    return language;
}

}  // namespace dateline::schema
