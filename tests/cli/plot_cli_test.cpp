// dateline-search --timeline ... --plot FILE.svg: the SVG is rendered by
// rsvg-convert (librsvg, package librsvg2-bin) and the picture is looked at:
// it is the size the SVG says, mostly white, and each series' line is there
// in its colour with a length that fits the chart; a series whose query
// matches nothing draws no line. A file that cannot be written is exit 2.
//
// Exits 77 (skipped) when rsvg-convert is not on PATH.

#include <gtest/gtest.h>
#include <png.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;

struct Picture {
    unsigned width = 0;
    unsigned height = 0;
    std::vector<unsigned char> rgba;  // 4 bytes per pixel, rows top to bottom
};

// Decodes a PNG file with libpng's simplified API; throws on failure.
Picture read_png(const fs::path& path) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (png_image_begin_read_from_file(&image, path.c_str()) == 0) {
        throw std::runtime_error("cannot read " + path.string() + ": " + image.message);
    }
    image.format = PNG_FORMAT_RGBA;
    Picture picture;
    picture.width = image.width;
    picture.height = image.height;
    picture.rgba.resize(PNG_IMAGE_SIZE(image));
    if (png_image_finish_read(&image, nullptr, picture.rgba.data(), 0, nullptr) == 0) {
        png_image_free(&image);
        throw std::runtime_error("cannot decode " + path.string() + ": " + image.message);
    }
    return picture;
}

// Pixels within `tolerance` of the colour (r, g, b) in every channel, in
// the rows [first_row, end_row).
std::size_t pixels_near(const Picture& picture, int r, int g, int b, int tolerance = 40,
                        unsigned first_row = 0, unsigned end_row = ~0U) {
    std::size_t count = 0;
    const std::size_t begin = std::size_t{first_row} * picture.width * 4;
    const std::size_t end = std::min(
        picture.rgba.size(), std::size_t{std::min(end_row, picture.height)} * picture.width * 4);
    for (std::size_t i = begin; i + 3 < end; i += 4) {
        if (std::abs(picture.rgba[i] - r) <= tolerance &&
            std::abs(picture.rgba[i + 1] - g) <= tolerance &&
            std::abs(picture.rgba[i + 2] - b) <= tolerance && picture.rgba[i + 3] > 200) {
            ++count;
        }
    }
    return count;
}

class PlotCli : public testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = std::make_unique<TempDir>();
        const auto built = run_process({index_binary(), "--index", (*dir_ / "index").string(),
                                        "--quiet", "--no-extract", source_dir() + "/corpus"});
        ASSERT_EQ(built.exit_code, 0) << built.err;
    }
    static void TearDownTestSuite() { dir_.reset(); }

    // Plots `args` to an SVG, renders it to PNG and returns the picture.
    static Picture plot(std::vector<std::string> args) {
        const fs::path svg = *dir_ / "chart.svg";
        const fs::path png = *dir_ / "chart.png";
        fs::remove(svg);
        fs::remove(png);
        args.insert(args.begin(), {search_binary(), "--index", (*dir_ / "index").string(), "--plot",
                                   svg.string()});
        const auto searched = run_process(args);
        EXPECT_LE(searched.exit_code, 1) << searched.err;
        EXPECT_TRUE(fs::exists(svg));
        const auto rendered =
            run_process({find_on_path("rsvg-convert")->string(), "-o", png.string(), svg.string()});
        EXPECT_EQ(rendered.exit_code, 0) << rendered.err;
        return read_png(png);
    }

    static inline std::unique_ptr<TempDir> dir_;
};

// The palette's first two colours (svg_chart.cpp): #0072B2 and #D55E00.
constexpr int kBlue[] = {0x00, 0x72, 0xB2};
constexpr int kVermilion[] = {0xD5, 0x5E, 0x00};

TEST_F(PlotCli, EverySeriesIsDrawnInItsColour) {
    const Picture picture =
        plot({"--timeline", "year", "rates OR bank", "--compare", "wheat OR grain"});
    EXPECT_EQ(picture.width, 900U);
    EXPECT_GT(picture.height, 300U);
    const std::size_t all = std::size_t{picture.width} * picture.height;
    const std::size_t white = pixels_near(picture, 255, 255, 255, 5);
    // Mostly background, but not empty: axes, labels and lines.
    EXPECT_GT(white, all / 2);
    EXPECT_LT(white, all - 2000);
    // Each line crosses most of the 790 px wide plot at 2.5 px, plus dots
    // and the legend's sample: well over a thousand pixels of its colour.
    const std::size_t blue = pixels_near(picture, kBlue[0], kBlue[1], kBlue[2]);
    const std::size_t vermilion = pixels_near(picture, kVermilion[0], kVermilion[1], kVermilion[2]);
    EXPECT_GT(blue, 1000U);
    EXPECT_GT(vermilion, 1000U);
    EXPECT_LT(blue, all / 10);
    EXPECT_LT(vermilion, all / 10);
}

// The plot area (svg_chart.cpp): from y = 50 down to the x axis at y = 350.
constexpr unsigned kPlotTop = 50;
constexpr unsigned kAxis = 350;

TEST_F(PlotCli, ASeriesWithoutMatchesLiesOnTheAxis) {
    const Picture picture = plot({"--timeline", "year", "rates", "--compare", "platypus"});
    const auto [r, g, b] = kVermilion;
    // Nothing of it above the axis, and a line along the axis.
    EXPECT_EQ(pixels_near(picture, r, g, b, 40, kPlotTop, kAxis - 5), 0U);
    EXPECT_GT(pixels_near(picture, r, g, b, 40, kAxis - 5, kAxis + 6), 1000U);
    // "rates" is in 11% to 50% of each year's articles: its line is above.
    EXPECT_GT(pixels_near(picture, kBlue[0], kBlue[1], kBlue[2], 40, kPlotTop, kAxis - 5), 1000U);
}

TEST_F(PlotCli, AFileThatCannotBeWrittenIsAnError) {
    const auto result =
        run_process({search_binary(), "--index", (*dir_ / "index").string(), "--timeline", "year",
                     "--plot", (*dir_ / "no-such-folder" / "chart.svg").string(), "rates"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("dateline-search: error: cannot write "), std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("No such file or directory"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace dateline::test

int main(int argc, char** argv) {
    if (!dateline::test::find_on_path("rsvg-convert")) {
        std::cerr << "skipped: rsvg-convert is not on PATH (package librsvg2-bin; "
                     "tools/setup-debian.sh installs it)\n";
        return 77;
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
