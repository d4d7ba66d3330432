#include "dateline/indexer/indexing_run.hpp"

#include <fmt/format.h>

#include <map>
#include <memory>
#include <set>
#include <variant>

#include "dateline/facets/facet_store_builder.hpp"
#include "dateline/indexer/article_enricher.hpp"
#include "dateline/indexer/collection_inputs.hpp"
#include "dateline/indexer/collection_runs.hpp"
#include "dateline/indexer/file_preparer.hpp"
#include "dateline/indexer/file_state.hpp"
#include "dateline/indexer/index_store.hpp"
#include "dateline/indexer/index_writer.hpp"
#include "dateline/indexer/prepare_in_order.hpp"
#include "dateline/schema/collections.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/index_metadata.hpp"
#include "dateline/schema/terms.hpp"

namespace dateline::indexer {

namespace fs = std::filesystem;
namespace sc = dateline::schema;

namespace {

// The problems that cost a file's records, as its FileState remembers them.
class FileProblems {
  public:
    void note(const Diagnostic& diagnostic) {
        if (count_++ > 0) return;
        first_ = diagnostic.line > 0
                     ? "line " + std::to_string(diagnostic.line) + ": " + diagnostic.reason
                     : diagnostic.reason;
    }
    /// "line 2: invalid JSON; line skipped (and 3 more)"; empty when none.
    [[nodiscard]] std::string summary() const {
        if (count_ <= 1) return first_;
        return first_ + " (and " + std::to_string(count_ - 1) + " more)";
    }

  private:
    std::size_t count_ = 0;
    std::string first_;
};

// A file of this run and what the index knows of it.
struct PlannedFile {
    const InputFile* input = nullptr;
    FileStat stat;
    std::optional<FileState> previous;   ///< state from the last run
    std::optional<std::string> content;  ///< already read (to hash it)
};

// Files prepared ahead of the writer: at most this much of their bytes in
// memory at once (one bigger file still goes through alone).
constexpr std::uintmax_t kMaxBytesInFlight = std::uintmax_t{256} << 20;

class Run {
  public:
    Run(const IndexingOptions& options, const DiagnosticSink& on_diagnostic)
        : options_(options),
          on_diagnostic_(on_diagnostic),
          store_(options.index_path),
          enricher_(options.enrichment) {}

    IndexingSummary execute() {
        const auto start = std::chrono::steady_clock::now();
        if (options_.forget) {
            forget(*options_.forget);
            summary_.elapsed = std::chrono::steady_clock::now() - start;
            return summary_;
        }
        IndexWriterOptions writer_options = options_.writer;
        // The first run on an empty folder builds the first generation.
        writer_options.rebuild = writer_options.rebuild || !store_.current_generation();
        summary_.rebuilt = writer_options.rebuild;
        const CollectionInputs collections(remembered_collections(), options_.inputs,
                                           writer_options.rebuild);
        IndexWriter writer(store_, writer_options);
        std::vector<InputFile> inputs;
        for (const auto& input : collections.inputs()) {
            auto found = discover_inputs(
                {input.given}, options_.discovery,
                [&](Diagnostic d) {
                    ++summary_.failed;
                    summary_.removals_withheld = true;
                    on_diagnostic_(std::move(d));
                },
                [&](IgnoredFile ignored) { summary_.ignored.push_back(std::move(ignored)); });
            for (auto& file : found) {
                collections.qualify(input, file);
                inputs.push_back(std::move(file));
            }
        }
        const auto previous_states = writer.file_states();

        std::vector<PlannedFile> to_read;
        std::set<std::string> seen;
        std::map<std::string, std::set<std::string>> old_ids;  // of files being re-read
        for (const auto& input : inputs) {
            seen.insert(input.relative_path);
            PlannedFile planned{&input, {}, std::nullopt, std::nullopt};
            const auto stat = stat_file(input.path);
            if (!stat) {
                fail(input, "cannot read file");
                continue;
            }
            planned.stat = *stat;
            if (const auto it = previous_states.find(input.relative_path);
                it != previous_states.end()) {
                planned.previous = it->second;
                if (unchanged(planned, writer)) continue;
            }
            if (planned.previous) {
                old_ids[input.relative_path] = writer.ids_from_source(input.relative_path);
            }
            to_read.push_back(std::move(planned));
        }

        // First take out everything that changed or went away, so an article
        // that moved between files is not mistaken for a duplicate.
        std::set<std::string> gone_ids;
        if (summary_.rebuilt) gone_ids = ids_in_live_generation();  // to tell added from updated
        for (const auto& [path, ids] : old_ids) {
            writer.remove_source(path);
            gone_ids.insert(ids.begin(), ids.end());
        }
        if (!summary_.removals_withheld) {
            for (const auto& [path, state] : previous_states) {
                // Only files this run looked for can have gone away.
                if (seen.count(path) || !collections.covers(path)) continue;
                summary_.removed += writer.ids_from_source(path).size();
                writer.remove_source(path);
                writer.set_file_state(path, std::nullopt);
            }
        }

        IndexingProgress progress;
        progress.files_total = to_read.size();
        for (const auto& file : to_read) progress.bytes_total += file.stat.size;
        index_files(to_read, writer, gone_ids, progress);
        // Articles of changed files that did not come back.
        summary_.removed += gone_ids.size();

        summary_.documents_in_index = writer.document_count();
        record_collections(collections, writer);
        if (summary_.up_to_date() && !states_touched_ && collections.new_count() == 0) {
            writer.abandon();  // nothing to commit: leave the index exactly as it was
        } else {
            writer.finish();
        }
        update_facet_store();
        record_runs(collections);
        summary_.elapsed = std::chrono::steady_clock::now() - start;
        return summary_;
    }

  private:
    // --forget: every article and file state of one collection goes, and
    // the index forgets the collection itself; nothing is read.
    void forget(const fs::path& given) {
        if (!store_.current_generation()) {
            throw std::runtime_error("the index " + store_.dir().string() +
                                     " holds no collection yet: there is nothing to forget");
        }
        const auto remembered = remembered_collections();
        const sc::Collection& gone = remembered[collection_to_forget(remembered, given)];
        IndexWriterOptions writer_options = options_.writer;
        writer_options.rebuild = false;
        try {
            // Whatever --lang says: nothing is read, nothing stemmed.
            writer_options.language =
                sc::check_index_metadata(Xapian::Database(store_.dir().string()));
        } catch (const sc::IncompatibleIndexError&) {
            // IndexWriter says it, in the words every run uses.
        }
        IndexWriter writer(store_, writer_options);
        for (const auto& [path, state] : writer.file_states()) {
            const sc::Collection* owner = sc::owner_of(remembered, path);
            if (owner == nullptr || owner->key != gone.key) continue;
            summary_.removed += writer.ids_from_source(path).size();
            writer.remove_source(path);
            writer.set_file_state(path, std::nullopt);
        }
        writer.set_metadata(sc::collection_metadata_key(gone.key), std::string());  // deletes
        summary_.forgotten = gone.key;
        summary_.documents_in_index = writer.document_count();
        writer.finish();
        update_facet_store();
        CollectionRuns runs = load_collection_runs(store_.dir());
        if (runs.erase(gone.key) > 0) (void)save_collection_runs(store_.dir(), runs);
    }

    // Every collection this run read was looked at now, whether or not the
    // run found anything to change (collection_runs.hpp). Best effort: the
    // record only informs --status and --report.
    void record_runs(const CollectionInputs& collections) const {
        const std::int64_t now = started_;
        CollectionRuns runs = load_collection_runs(store_.dir());
        for (const auto& input : collections.inputs()) {
            if (input.collection >= collections.collections().size()) continue;
            runs[collections.collections()[input.collection].key] = now;
        }
        (void)save_collection_runs(store_.dir(), runs);
    }

    // The facet store follows the committed index, also after a run that
    // changed nothing (the store may be missing or stale after a killed run).
    // Without a store searches still count facets, from the value slots, so
    // failing to write one is a warning.
    void update_facet_store() {
        const auto databases = store_.current_databases();
        if (databases.empty()) return;
        const auto start = std::chrono::steady_clock::now();
        try {
            const auto update = facets::update_facet_store(databases);
            summary_.facet_store_documents_read = update.documents_read;
            switch (update.kind) {
                case facets::FacetStoreUpdate::Kind::Full:
                    summary_.facet_store_update = "full";
                    break;
                case facets::FacetStoreUpdate::Kind::Incremental:
                    summary_.facet_store_update = "incremental";
                    break;
                case facets::FacetStoreUpdate::Kind::UpToDate:
                    summary_.facet_store_update = "up-to-date";
                    break;
            }
        } catch (const facets::FacetStoreError& e) {
            summary_.facet_store_update = "failed";
            summary_.facet_store_problem = e.what();
        } catch (const Xapian::Error& e) {
            summary_.facet_store_update = "failed";
            summary_.facet_store_problem = "facet store: " + e.get_description();
        }
        summary_.facet_store_elapsed = std::chrono::steady_clock::now() - start;
    }

    // The collections the live generation remembers (none without one).
    std::vector<sc::Collection> remembered_collections() const {
        if (!store_.current_generation()) return {};
        return sc::load_collections(Xapian::Database(store_.dir().string()));
    }

    // The collections this run read get their record (a new generation
    // gets all of them: a rebuild reads every collection).
    void record_collections(const CollectionInputs& collections, IndexWriter& writer) {
        const std::int64_t now = started_;
        std::set<std::size_t> read;
        for (const auto& input : collections.inputs()) read.insert(input.collection);
        for (const std::size_t i : read) {
            if (i >= collections.collections().size()) continue;
            sc::Collection collection = collections.collections()[i];
            collection.last_run = now;
            writer.set_metadata(sc::collection_metadata_key(collection.key),
                                sc::encode_collection(collection));
        }
    }

    // Every article id of the live generation (empty when there is none).
    std::set<std::string> ids_in_live_generation() const {
        std::set<std::string> ids;
        if (!store_.current_generation()) return ids;
        const Xapian::Database db(store_.dir().string());  // through the stub: every shard
        const std::string id_prefix(sc::prefix::kId);
        for (auto it = db.allterms_begin(id_prefix); it != db.allterms_end(id_prefix); ++it) {
            ids.emplace(sc::id_from_term(*it));
        }
        return ids;
    }

    // True when the file's bytes are those indexed last time. A touched file
    // with the same content gets its new timestamp recorded, nothing else.
    bool unchanged(PlannedFile& planned, IndexWriter& writer) {
        const FileState& previous = *planned.previous;
        // Read with another --format than last time: its articles may differ
        // whatever its bytes (a wrong --format jsonl found none).
        if (previous.forced_format != forced_format_name(*planned.input)) return false;
        bool same =
            previous.size == planned.stat.size && previous.mtime_ns == planned.stat.mtime_ns;
        if (!same && previous.size == planned.stat.size) {
            std::string error;
            planned.content = read_file(planned.input->path, error);
            if (planned.content && content_hash(*planned.content) == previous.hash) {
                same = true;
                FileState touched = previous;
                touched.mtime_ns = planned.stat.mtime_ns;
                writer.set_file_state(planned.input->relative_path, touched);
                states_touched_ = true;
            }
        }
        if (same) {
            ++summary_.files_unchanged;
            summary_.unchanged += previous.articles;
            if (!previous.problem.empty()) {
                // Not read again, not forgotten: what it lacks is still missing.
                ++summary_.still_failing;
                on_diagnostic_(Diagnostic{
                    planned.input->path.string(), 0,
                    "not indexed cleanly (" + previous.problem + "); fix the file and run again"});
            }
        }
        return same;
    }

    // Writes a prepared file into the index, in the order its records came.
    void index_prepared(const InputFile& input, PreparedFile prepared, IndexWriter& writer,
                        std::set<std::string>& gone_ids, IndexingProgress& progress) {
        if (prepared.read_error) {
            fail(input, *prepared.read_error);
            return;
        }
        ++summary_.files_read;
        FileProblems problems;
        for (auto& event : prepared.events) {
            if (auto* diagnostic = std::get_if<Diagnostic>(&event)) {
                if (diagnostic->severity == Severity::Warning) {
                    ++summary_.warnings;
                    on_diagnostic_(std::move(*diagnostic));
                } else {
                    problems.note(*diagnostic);
                    skip(std::move(*diagnostic));
                }
                continue;
            }
            auto& article = std::get<PreparedArticle>(event);
            if (const auto earlier = writer.indexed_source(article.id)) {
                Diagnostic duplicate{article.source.path, article.source.line,
                                     "duplicate id '" + article.id + "' (already indexed from " +
                                         *earlier + "); skipped"};
                problems.note(duplicate);
                skip(std::move(duplicate));
                continue;
            }
            const bool replaced = gone_ids.erase(article.id) > 0;
            writer.add(std::move(article));
            ++prepared.state.articles;
            ++progress.articles;
            if (replaced) {
                ++summary_.updated;
            } else {
                ++summary_.added;
            }
        }
        prepared.state.problem = problems.summary();
        writer.set_file_state(input.relative_path, prepared.state);
    }

    // Prepares files on worker threads, a bounded number ahead, and indexes
    // them on this thread in their original order: output and results are
    // the same as a sequential run, and memory stays bounded. Each worker
    // slot keeps its FilePreparer (and so its DocumentBuilder) for the run.
    void index_files(std::vector<PlannedFile>& files, IndexWriter& writer,
                     std::set<std::string>& gone_ids, IndexingProgress& progress) {
        const std::size_t slots = std::max<std::size_t>(1, options_.threads) + 1;
        std::vector<std::unique_ptr<FilePreparer>> preparers;
        for (std::size_t slot = 0; slot < std::min(slots, files.size()); ++slot) {
            preparers.push_back(std::make_unique<FilePreparer>(options_.writer.language,
                                                               options_.writer.spelling, enricher_,
                                                               options_.date_order));
        }
        prepare_in_order(
            files.size(), preparers.size(), kMaxBytesInFlight,
            [&](std::size_t item) { return files[item].stat.size; },
            [&](std::size_t item, std::size_t slot) {
                PlannedFile& file = files[item];
                std::optional<std::string> content = std::move(file.content);
                file.content.reset();
                return preparers[slot]->prepare(*file.input, file.stat, std::move(content));
            },
            [&](std::size_t item, PreparedFile prepared) {
                const PlannedFile& file = files[item];
                index_prepared(*file.input, std::move(prepared), writer, gone_ids, progress);
                ++progress.files_done;
                progress.bytes_done += file.stat.size;
                if (options_.on_progress) options_.on_progress(progress);
            });
    }

    void fail(const InputFile& input, const std::string& reason) {
        ++summary_.failed;
        on_diagnostic_(Diagnostic{input.path.string(), 0, reason});
    }

    void skip(Diagnostic diagnostic) {
        ++summary_.skipped;
        on_diagnostic_(std::move(diagnostic));
    }

    const IndexingOptions& options_;
    const DiagnosticSink& on_diagnostic_;
    IndexStore store_;
    ArticleEnricher enricher_;
    IndexingSummary summary_;
    bool states_touched_ = false;  ///< only timestamps changed; still worth a commit
    /// When the run started, in seconds since the epoch: the time recorded
    /// for the collections it reads, in the metadata and collection-runs alike.
    std::int64_t started_ = std::chrono::duration_cast<std::chrono::seconds>(
                                std::chrono::system_clock::now().time_since_epoch())
                                .count();
};

}  // namespace

namespace {

// "1 article", "2 articles".
std::string count_of(std::size_t n, std::string_view noun) {
    return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

// "4 files (2 documentation, 1 excluded, 1 hidden)": reasons in name order.
std::string ignored_breakdown(const std::vector<IgnoredFile>& ignored) {
    std::map<std::string, std::size_t> by_reason;
    for (const auto& file : ignored) ++by_reason[file.reason];
    std::string reasons;
    for (const auto& [reason, n] : by_reason) {
        reasons += fmt::format("{}{} {}", reasons.empty() ? "" : ", ", n, reason);
    }
    return fmt::format("{} ({})", count_of(ignored.size(), "file"), reasons);
}

}  // namespace

std::string IndexingSummary::to_string() const {
    const double seconds = elapsed.count();
    if (!forgotten.empty()) {
        return fmt::format("forgot the collection '{}': removed {} in {:.1f} s; index holds {}",
                           forgotten, count_of(removed, "article"), seconds,
                           count_of(documents_in_index, "article"));
    }
    const std::size_t written = added + updated;
    // A rate only says something when articles were written; below 10 a
    // whole number would round small runs to "0 articles/s".
    std::string rate;
    if (written > 0 && seconds > 0) {
        const double per_second = static_cast<double>(written) / seconds;
        rate = fmt::format(" ({:.{}f} articles/s)", per_second, per_second < 10 ? 1 : 0);
    }
    std::string notes;
    if (warnings > 0) notes += ", " + count_of(warnings, "warning");
    if (!ignored.empty()) notes += ", ignored " + ignored_breakdown(ignored);
    if (still_failing > 0) notes += ", " + count_of(still_failing, "file") + " still failing";
    std::string line = fmt::format(
        "{}added {}, updated {}, removed {}, unchanged {}, skipped {}, failed {}{} in {:.1f} s{}; "
        "index holds {}",
        rebuilt ? "rebuilt: " : "", added, updated, removed, unchanged, skipped, failed, notes,
        seconds, rate, count_of(documents_in_index, "article"));
    if (up_to_date()) {
        line = fmt::format("index is up to date: {} unchanged, {}",
                           count_of(files_unchanged, "file"), line);
    }
    if (removals_withheld) line += " (some inputs could not be listed: nothing was removed)";
    return line;
}

IndexingSummary run_indexing(const IndexingOptions& options, const DiagnosticSink& on_diagnostic) {
    return Run(options, on_diagnostic).execute();
}

}  // namespace dateline::indexer
