#include "dateline/indexer/index_writer.hpp"

#include "dateline/schema/fields.hpp"
#include "dateline/schema/index_metadata.hpp"

namespace dateline::indexer {

namespace {

Xapian::WritableDatabase open_writable(const std::filesystem::path& path) {
    try {
        return Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::DatabaseLockError&) {
        throw IndexOpenError("index " + path.string() +
                             " is locked: another dateline-index is writing it");
    } catch (const Xapian::Error& e) {
        throw IndexOpenError("cannot open index " + path.string() + " for writing: " +
                             e.get_msg());
    }
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& index_path,
                         const IndexWriterOptions& options)
    : db_(open_writable(index_path)),
      builder_(schema::make_stemmer(options.language), options.spelling ? &db_ : nullptr),
      batch_size_(options.batch_size == 0 ? 1 : options.batch_size) {
    try {
        const std::string recorded = schema::check_index_metadata(db_);
        if (db_.get_doccount() > 0 && recorded != options.language) {
            throw IndexOpenError("index " + index_path.string() + " was built with language '" +
                                 recorded + "', not '" + options.language +
                                 "'; use --lang " + recorded + " or a new index");
        }
    } catch (const schema::IncompatibleIndexError& e) {
        throw IndexOpenError("index " + index_path.string() + ": " + e.what());
    }
    schema::write_index_metadata(db_, options.language);
}

IndexWriter::~IndexWriter() {
    // A destructor must not throw; an uncommitted batch is lost, and the
    // previous commit stays intact, which is what an interrupted run needs.
    try {
        db_.commit();
    } catch (...) {
    }
}

void IndexWriter::add(const Article& article) {
    db_.replace_document(DocumentBuilder::id_term(article.id), builder_.build(article));
    if (++pending_ >= batch_size_) commit();
}

void IndexWriter::commit() {
    db_.commit();
    pending_ = 0;
}

}  // namespace dateline::indexer
