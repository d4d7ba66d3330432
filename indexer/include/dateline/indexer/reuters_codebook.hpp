#pragma once
// ReutersCodebook: display names for the PEOPLE and PLACES codes of
// Reuters-21578, read from the collection's own cat-descriptions_120396.txt.
//
// People codes map to full names ("volcker" -> "Paul Volcker"), ORGS and
// EXCHANGES codes to the organisation's name ("ec" -> "European Community");
// place codes to readable names ("west-germany" -> "West Germany", "usa" ->
// "USA"). A code
// the book does not know is shown in readable form made from the code itself.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace dateline::indexer {

class ReutersCodebook {
  public:
    /// Parses the text of cat-descriptions_120396.txt.
    [[nodiscard]] static ReutersCodebook parse(std::string_view text);
    /// Loads `path`; nullopt if it cannot be read.
    [[nodiscard]] static std::optional<ReutersCodebook> load(const std::filesystem::path& path);

    /// Display name for a PEOPLE code (lower-case, as in the SGML).
    [[nodiscard]] std::string person_name(std::string_view code) const;
    /// Display name for a PLACES code.
    [[nodiscard]] std::string place_name(std::string_view code) const;
    /// Display name for an ORGS or EXCHANGES code ("ec" -> "European
    /// Community", "nyse" -> "New York Stock Exchange").
    [[nodiscard]] std::string org_name(std::string_view code) const;

    [[nodiscard]] std::size_t person_count() const { return people_.size(); }

  private:
    std::unordered_map<std::string, std::string> people_;
    std::unordered_map<std::string, std::string> orgs_;  ///< organisations and exchanges
};

/// "west-germany" -> "West Germany"; short codes without vowels or known
/// acronyms ("usa", "uk", "ussr", "uae") upper-cased.
[[nodiscard]] std::string readable_code(std::string_view code);

}  // namespace dateline::indexer
