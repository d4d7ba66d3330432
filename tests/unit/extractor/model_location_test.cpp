#include "dateline/extractor/model_location.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "dateline/extractor/errors.hpp"
#include "support/temp_dir.hpp"

namespace dateline::extractor {
namespace {

TEST(ModelLocation, FindsTheFirstFolderWithBothFiles) {
    test::TempDir dir;
    std::filesystem::create_directories(dir / "half");
    std::ofstream(dir / "half" / kModelFileName) << "x";
    std::filesystem::create_directories(dir / "full");
    std::ofstream(dir / "full" / kModelFileName) << "x";
    std::ofstream(dir / "full" / kGazetteerFileName) << "x";
    EXPECT_EQ(find_model_dir({dir / "none", dir / "half", dir / "full"}, "--model"), dir / "full");
}

TEST(ModelLocation, AMissingModelNamesTheOptionOfTheToolThatLooked) {
    test::TempDir dir;
    try {
        (void)find_model_dir({dir / "none"}, "--ner-model");
        FAIL() << "no error";
    } catch (const ModelError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find((dir / "none").string()), std::string::npos) << message;
        EXPECT_NE(message.find("use --ner-model DIR or set DATELINE_NER_MODEL"), std::string::npos)
            << message;
        EXPECT_EQ(message.find("--model "), std::string::npos) << message;
    }
}

}  // namespace
}  // namespace dateline::extractor
