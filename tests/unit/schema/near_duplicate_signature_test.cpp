// MinHash signatures of word shingles: copies agree, an edited copy agrees on
// most values, another story on few; short texts get none; the slot value
// round-trips and the band hashes follow the values.
#include "dateline/schema/near_duplicate_signature.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <stdexcept>
#include <string>

namespace dateline::schema {
namespace {

const std::string kStory =
    "The Bank of Japan left its discount rate unchanged at 2.5 pct on Tuesday, saying the "
    "yen's recent strength had not yet hurt exports enough to justify another cut. Governor "
    "Satoshi Sumita told reporters the bank would watch currency markets closely and act "
    "together with other central banks if needed. Economists had expected no change before "
    "the summit of industrial nations in Venice next month.";

const std::string kOtherStory =
    "Wheat futures rose on the Chicago Board of Trade after the Agriculture Department cut "
    "its estimate of the winter crop, citing dry weather across Kansas and Oklahoma. Traders "
    "said export demand from the Soviet Union and China also supported prices, while corn "
    "and soybeans ended mixed in quiet trading ahead of the holiday weekend.";

Signature sign(const std::string& title, const std::string& body) {
    const auto signature = near_duplicate_signature(title, body);
    if (!signature) throw std::logic_error("no signature for " + title);
    return *signature;
}

TEST(NearDuplicateSignature, CopiesAgreeEverywhere) {
    EXPECT_EQ(
        estimated_similarity(sign("Japan holds rates", kStory), sign("Japan holds rates", kStory)),
        1.0);
}

TEST(NearDuplicateSignature, CaseAccentsAndPunctuationDoNotCount) {
    std::string shouted = kStory;
    for (auto& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_EQ(estimated_similarity(sign("Japan holds rates", kStory),
                                   sign("JAPAN HOLDS RATES!", shouted)),
              1.0);
    EXPECT_EQ(
        estimated_similarity(sign("Bericht", "Der Präsident sprach heute lange über die Lage"),
                             sign("Bericht", "Der Prasident sprach heute lange uber die Lage")),
        1.0);
}

TEST(NearDuplicateSignature, AnEditedCopyAgreesOnMostValues) {
    // A correction: one figure changed and a sentence added at the end.
    std::string corrected = kStory;
    corrected.replace(corrected.find("2.5"), 3, "2.0");
    corrected += " The bank's next policy meeting is due in June.";
    const double similarity = estimated_similarity(
        sign("Japan holds rates", kStory), sign("CORRECTED - Japan holds rates", corrected));
    EXPECT_GT(similarity, 0.7);
    EXPECT_LT(similarity, 1.0);
}

TEST(NearDuplicateSignature, AnotherStoryAgreesOnFewValues) {
    EXPECT_LT(estimated_similarity(sign("Japan holds rates", kStory),
                                   sign("Wheat futures rise", kOtherStory)),
              0.15);
}

TEST(NearDuplicateSignature, WordOrderCounts) {
    // The same words in another order share no three-word run.
    EXPECT_LT(estimated_similarity(sign("", "one two three four five six seven eight nine"),
                                   sign("", "nine eight seven six five four three two one")),
              0.15);
}

TEST(NearDuplicateSignature, ShortTextsHaveNone) {
    EXPECT_FALSE(near_duplicate_signature("Rates", "Unchanged at 2.5 pct.").has_value());
    EXPECT_FALSE(near_duplicate_signature("", "").has_value());
    EXPECT_TRUE(
        near_duplicate_signature("Japan holds its rates", "Unchanged at 2.5 pct").has_value());
}

TEST(NearDuplicateSignature, TheSlotValueRoundTrips) {
    const Signature signature = sign("Japan holds rates", kStory);
    const std::string value = encode_signature(signature);
    EXPECT_EQ(value.size(), kMinHashes * 4);
    EXPECT_EQ(decode_signature(value), signature);
    EXPECT_FALSE(decode_signature(value.substr(1)).has_value());
    EXPECT_FALSE(decode_signature("").has_value());
}

TEST(NearDuplicateSignature, BandsFollowTheirValues) {
    const Signature a = sign("Japan holds rates", kStory);
    Signature b = a;
    b[kRowsPerBand] ^= 1U;  // the first value of the second band
    const auto bands_a = band_hashes(a);
    const auto bands_b = band_hashes(b);
    EXPECT_EQ(bands_a[0], bands_b[0]);
    EXPECT_NE(bands_a[1], bands_b[1]);
    for (std::size_t band = 2; band < kBands; ++band) EXPECT_EQ(bands_a[band], bands_b[band]);
    // Equal values in different bands make different hashes.
    Signature flat{};
    const auto flat_bands = band_hashes(flat);
    EXPECT_NE(flat_bands[0], flat_bands[1]);
}

}  // namespace
}  // namespace dateline::schema
