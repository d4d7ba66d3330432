#include "dateline/extractor/name_list.hpp"

#include <zlib.h>

#include <fstream>
#include <sstream>

#include "binary_io.hpp"
#include "dateline/extractor/errors.hpp"
#include "hash.hpp"
#include "utf8.hpp"

namespace dateline::extractor {

namespace {

constexpr std::uint64_t kNameSeed = 0x4e414d45;  // "NAME"
constexpr std::uint64_t kFlagMask = 7;

std::uint64_t name_hash(std::string_view word) {
    std::uint64_t h = detail::hash_bytes(detail::ascii_lower(word), kNameSeed) & ~kFlagMask;
    return h == 0 ? 8 : h;
}

std::string read_text(const std::filesystem::path& path) {
    if (path.extension() == ".gz") {
        gzFile file = gzopen(path.c_str(), "rb");
        if (file == nullptr) throw InputError("cannot open " + path.string());
        std::string out;
        char buffer[1 << 16];
        int n = 0;
        while ((n = gzread(file, buffer, sizeof buffer)) > 0)
            out.append(buffer, static_cast<std::size_t>(n));
        gzclose(file);
        if (n < 0) throw InputError("cannot decompress " + path.string());
        return out;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// First whitespace-separated word of each line not starting with '#'.
template <class Fn>
void for_each_first_word(const std::string& text, Fn fn) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream words(line);
        std::string word;
        if (words >> word) fn(word);
    }
}

}  // namespace

void NameList::grow() {
    std::vector<std::uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
    const std::uint64_t mask = slots_.size() - 1;
    for (const std::uint64_t slot : old) {
        if (slot == 0) continue;
        std::size_t i = static_cast<std::size_t>(slot >> 3U) & mask;
        while (slots_[i] != 0) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

void NameList::add(std::string_view name, std::uint8_t flags) {
    if (name.empty() || flags == 0) return;
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t h = name_hash(name);
    const std::uint64_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h >> 3U) & mask;; i = (i + 1) & mask) {
        if (slots_[i] == 0) {
            slots_[i] = h | (flags & kFlagMask);
            ++count_;
            return;
        }
        if ((slots_[i] & ~kFlagMask) == h) {
            slots_[i] |= flags & kFlagMask;
            return;
        }
    }
}

std::uint8_t NameList::flags(std::string_view word) const noexcept {
    if (slots_.empty()) return 0;
    const std::uint64_t h = name_hash(word);
    const std::uint64_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h >> 3U) & mask;; i = (i + 1) & mask) {
        if (slots_[i] == 0) return 0;
        if ((slots_[i] & ~kFlagMask) == h) return static_cast<std::uint8_t>(slots_[i] & kFlagMask);
    }
}

NameList NameList::from_shared_lists(const std::filesystem::path& names_dir,
                                     std::size_t max_surname_rank) {
    NameList list;
    for (const char* file :
         {"census1990/dist.male.first", "census1990/dist.female.first",
          "stdlib-moby/male-first-names-en.txt", "stdlib-moby/female-first-names-en.txt"}) {
        for_each_first_word(read_text(names_dir / file),
                            [&](const std::string& w) { list.add(w, kGivenName); });
    }
    std::size_t rank = 0;
    for_each_first_word(read_text(names_dir / "census1990/dist.all.last.gz"),
                        [&](const std::string& w) {
                            if (++rank <= max_surname_rank) list.add(w, kSurname);
                        });
    for_each_first_word(read_text(names_dir / "cspell-people-names/people-names.txt"),
                        [&](const std::string& w) { list.add(w, kOtherName); });
    return list;
}

void NameList::write(detail::BlobWriter& out) const {
    out.magic("NAMES001");
    out.u64(slots_.size());
    out.u64(count_);
    out.array(std::span<const std::uint64_t>(slots_));
}

NameList NameList::read(detail::BlobReader& in) {
    in.expect_magic("NAMES001");
    const std::uint64_t size = in.u64();
    NameList list;
    list.count_ = static_cast<std::size_t>(in.u64());
    if (size != 0 && (size & (size - 1)) != 0) throw ModelError("name list: bad table size");
    const auto slots = in.array<std::uint64_t>(static_cast<std::size_t>(size));
    list.slots_.assign(slots.begin(), slots.end());
    return list;
}

}  // namespace dateline::extractor
