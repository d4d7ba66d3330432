#pragma once
// Organisation aliases: which organisation keys of an archive are one
// organisation, decided from the whole archive like people's
// (person_aliases.hpp).
//
// Spellings of one organisation are one row, the spelling most articles use:
// "organization" and "organisation" alike, a leading "U.S."/"US"/"United
// States" dropped ("U.S. Treasury" is the Treasury), "Department of X" read as
// "X Department" (also Ministry, Office).
//
// A name that starts the names of longer organisations is the one of them
// that dominates (twice the articles of any other) when that one has at
// least half the short name's articles: "Ford" is Ford Motor, "Texaco" stays
// beside a rarer "Texaco Canada". A whole institution's name "Head of
// Place" is no short name: "Bank of Tokyo" stays beside its subsidiary "Bank
// of Tokyo International", whatever the counts ("Royal Bank" is Royal Bank of
// Canada).
//
// An acronym is the organisation whose initials it spells (those of any of
// its spellings: "USDA"; a company form the name lost may end them: "CCC" of
// Commodity Credit Corp) that the archive writes beside it: news copy spells
// a name out with its acronym ("International Coffee Organisation (ICO)").
// Only organisations named in at least a tenth as many articles as the
// acronym, or beside it in two articles or more, count: "Fed" (the Federal
// Reserve, 202 Reuters articles) is no "Frontier Exploration Department" of
// one article that never writes "Fed". When some of them are
// named beside the acronym, the one named beside it in at least twice as many
// articles as any other is it: Reuters' "ICO" is the coffee organisation its
// articles spell out, not the Islamic Conference Organisation with the same
// initials. When none is, the one named in at least twice as many articles
// as any other is it: `ec` is the European Community, `imf` the International
// Monetary Fund, `gatt` the code book's General Agreement on Tariffs and
// Trade, which hides the text's "GATT" in its articles (article_extractor.hpp)
// ("of", "and", "the", "for", "on", "in" are skipped). Reuters' code-book
// codes are such acronyms, so `org:ec` and `org:"european community"` are one
// query and one facet row.
//
// A last word is the organisation whose name of two words or more it ends
// and that its articles name beside it, as a surname is a person's: "Villa"
// is Aston Villa, "Palace" Crystal Palace, when at least a quarter of the
// articles naming "Villa" name Aston Villa, twice as many as any other
// organisation whose name ends so. "United" of a football archive stays a
// row of its own while Manchester and Newcastle United share it.
//
// A clipped name is the organisation whose first word it starts and that its
// articles name beside it: "Fed" is the Federal Reserve when at least a
// quarter of the articles naming "Fed" name the Federal Reserve too, twice as
// many as any other organisation whose first word starts with "fed".

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dateline/indexer/archive_aliases.hpp"
#include "dateline/schema/entity_aliases.hpp"

namespace dateline::indexer {

/// How many articles name two organisations together, by key: what
/// compute_org_aliases() reads to tell which organisation an acronym, a
/// clipped name or a last word stands for.
class OrgPairs {
  public:
    /// Counts every pair add_article() is given.
    OrgPairs() = default;
    /// Counts only the pairs of add_article() that compute_org_aliases(orgs,
    /// ...) can read: an organisation whose spelling-free form is one word
    /// ("imf"; "u-s-treasury" is "treasury") beside one whose initials it
    /// spells, whose first word it starts ("fed" of "federal-reserve") or
    /// whose last word it is ("villa" of "aston-villa"),
    /// any spellings of either. Counting every pair would cost the square of
    /// each article's organisations, in memory that grows with the archive;
    /// the aliases computed are the same. Keeps a view of `orgs`, which must
    /// outlive this object: what it keeps of them is their positions
    /// (half a million organisations in a million articles).
    explicit OrgPairs(std::span<const EntityCount> orgs);

    /// One article's organisation keys, each once.
    void add_article(std::span<const std::string> keys);
    /// Adds `articles` articles naming both `a` and `b` (tests, merges).
    void add(std::string_view a, std::string_view b, Xapian::doccount articles);
    /// Articles naming both `a` and `b`.
    [[nodiscard]] Xapian::doccount together(std::string_view a, std::string_view b) const;

  private:
    // The group (spelling-free form) of the organisation `key`, or none
    // (max) when `orgs` has no such key.
    [[nodiscard]] std::uint32_t group_of(std::string_view key) const;
    // Whether compute_org_aliases() may read how often organisations of
    // groups `a` and `b` are named together (the constructor's rule).
    [[nodiscard]] bool may_read(std::uint32_t a, std::uint32_t b) const;
    // "a\0b" with a < b: one string per pair, hashed.
    static std::string pair_key(std::string_view a, std::string_view b);

    bool count_all_ = true;
    std::span<const EntityCount> orgs_;
    std::vector<std::uint32_t> by_key_;    // positions in orgs_, ordered by key
    std::vector<std::uint32_t> group_of_;  // position -> group
    // Per group g, [starts[g], starts[g + 1]) of: its spellings (positions,
    // when its form is one word), what an acronym of it may be (initials of
    // at most eight letters, packed), the first words of its names of two
    // words or more (views of orgs_' keys).
    std::vector<std::uint32_t> spellings_starts_;
    std::vector<std::uint32_t> spellings_;
    std::vector<std::uint32_t> spelled_starts_;
    std::vector<std::uint64_t> spelled_;
    std::vector<std::uint32_t> first_words_starts_;
    std::vector<std::string_view> first_words_;
    // The same for the last words of those names ("villa" of "aston-villa").
    std::vector<std::uint32_t> last_words_starts_;
    std::vector<std::string_view> last_words_;
    std::unordered_map<std::string, Xapian::doccount> counts_;
};

/// The organisations' alias table for an archive with these organisations,
/// `pairs` saying which of them its articles name together.
[[nodiscard]] schema::EntityAliases compute_org_aliases(std::span<const EntityCount> orgs,
                                                        const OrgPairs& pairs);

}  // namespace dateline::indexer
