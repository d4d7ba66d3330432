#include "dateline/extractor/model_location.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

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

// Sets an environment variable for one test and puts back what was there.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const std::string& value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        ::setenv(name, value.c_str(), 1);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;
    ~ScopedEnv() {
        if (old_) {
            ::setenv(name_, old_->c_str(), 1);
        } else {
            ::unsetenv(name_);
        }
    }

  private:
    const char* name_;
    std::optional<std::string> old_;
};

TEST(ModelLocation, ASetEnvironmentVariableIsTheOnlyPlaceLooked) {
    test::TempDir dir;
    const ScopedEnv env("DATELINE_NER_MODEL", (dir / "nope").string());
    EXPECT_EQ(model_search_path(nullptr), std::vector<std::filesystem::path>{dir / "nope"});
    // So a wrong folder fails, although the source tree's model exists.
    EXPECT_THROW((void)find_model_dir(nullptr, "--model"), ModelError);
}

TEST(ModelLocation, WithoutTheVariableTheInstallAndSourceFoldersAreSearched) {
    const ScopedEnv env("DATELINE_NER_MODEL", "");
    EXPECT_GE(model_search_path(nullptr).size(), 2U);
}

}  // namespace
}  // namespace dateline::extractor
