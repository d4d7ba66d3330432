// DocumentBuilder hands its documents to other threads: the indexer builds
// them on worker threads and stores them on writer threads. Xapian's handles
// count their owners without atomics, so a builder that kept a handle on the
// document it built would race with the thread that reads and frees it; under
// the sanitizers of the test build that shows as a leak or a use after free.
#include "dateline/indexer/document_builder.hpp"

#include <gtest/gtest.h>

#include <condition_variable>
#include <deque>
#include <map>
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

TEST(DocumentBuilder, SpellingWordsAreTheWordsWithoutDigits) {
    DocumentBuilder builder(schema::make_stemmer("english"));
    Article article;
    article.id = "a1";
    article.title = "Oil output";
    article.body = "Oil output rose 12.5 pct in 1987, and B747 orders grew by 4,000.";
    const PreparedArticle prepared = builder.prepare(article, true);

    std::map<std::string, Xapian::termcount> words(prepared.spelling.begin(),
                                                   prepared.spelling.end());
    for (const std::string word : {"oil", "output", "rose", "pct", "orders", "grew"}) {
        EXPECT_TRUE(words.contains(word)) << word;
    }
    // Numbers and codes are indexed as terms, but no spelling words.
    for (const std::string term : {"12.5", "1987", "b747", "4,000"}) {
        EXPECT_FALSE(words.contains(term)) << term;
    }
    const Xapian::Document& doc = prepared.document;
    auto term = doc.termlist_begin();
    term.skip_to("1987");
    ASSERT_NE(term, doc.termlist_end());
    EXPECT_EQ(*term, "1987");
    // A title word counts with the title's weight.
    EXPECT_GT(words.at("oil"), words.at("rose"));
    EXPECT_TRUE(builder.prepare(article, false).spelling.empty());
}

}  // namespace
}  // namespace dateline::indexer
