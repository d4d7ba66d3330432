// DocumentBuilder hands its documents to other threads: the indexer builds
// them on worker threads and stores them on writer threads. Xapian's handles
// count their owners without atomics, so a builder that kept a handle on the
// document it built would race with the thread that reads and frees it; under
// the sanitizers of the test build that shows as a leak or a use after free.
#include "dateline/indexer/document_builder.hpp"

#include <gtest/gtest.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

#include "dateline/schema/fields.hpp"
#include "dateline/schema/terms.hpp"

namespace dateline::indexer {
namespace {

Article article_number(int n) {
    Article article;
    article.id = "a" + std::to_string(n);
    article.title = "Story " + std::to_string(n);
    article.body = "Shares of the company rose in early trading on article " + std::to_string(n);
    return article;
}

// A queue of documents from the building thread to the reading thread.
class Handoff {
  public:
    void put(Xapian::Document doc) {
        {
            const std::lock_guard lock(mutex_);
            docs_.push_back(std::move(doc));
        }
        changed_.notify_one();
    }
    void close() {
        {
            const std::lock_guard lock(mutex_);
            closed_ = true;
        }
        changed_.notify_one();
    }
    // False once closed and empty.
    bool take(Xapian::Document& doc) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !docs_.empty() || closed_; });
        if (docs_.empty()) return false;
        doc = std::move(docs_.front());
        docs_.pop_front();
        return true;
    }

  private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Xapian::Document> docs_;
    bool closed_ = false;
};

TEST(DocumentBuilder, DocumentsAreReadAndFreedSafelyOnAnotherThread) {
    constexpr int kDocuments = 10000;
    DocumentBuilder builder(schema::make_stemmer("english"));
    Handoff handoff;
    int read = 0;
    int with_their_id = 0;
    std::thread reader([&] {
        Xapian::Document doc;
        while (handoff.take(doc)) {
            // Copies and term walks, as add_document does, while the builder
            // goes on to the next article.
            for (int copy = 0; copy < 20; ++copy) {
                const Xapian::Document again = doc;
                (void)again.termlist_count();
            }
            const std::string id = schema::id_term("a" + std::to_string(read));
            auto term = doc.termlist_begin();
            term.skip_to(id);
            if (term != doc.termlist_end() && *term == id) ++with_their_id;
            ++read;
            doc = Xapian::Document();
        }
    });
    for (int n = 0; n < kDocuments; ++n) handoff.put(builder.build(article_number(n)));
    handoff.close();
    reader.join();
    EXPECT_EQ(read, kDocuments);
    EXPECT_EQ(with_their_id, kDocuments);
}

}  // namespace
}  // namespace dateline::indexer
