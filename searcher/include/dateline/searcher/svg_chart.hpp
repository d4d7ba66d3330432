#pragma once
// The timeline as an SVG line chart, for reports (--plot FILE.svg).
//
// The same chart as the text timeline: x the periods (every one of the
// range, labels thinned so they do not overlap), y the share of the period's
// articles each series matched, in percent, one line per series in a
// colour-blind-safe palette (Okabe & Ito), a legend naming each query and its
// total. A period without any article has no share: the line breaks there
// rather than dropping to 0. Written by hand as plain SVG 1.1 text: labels
// stay text (searchable, selectable, sharp at any size) and no drawing
// library is needed for a few lines and labels.

#include <ostream>

#include "dateline/searcher/timeline.hpp"

namespace dateline::searcher {

/// Writes a complete SVG document for `timeline`.
void write_timeline_svg(std::ostream& out, const Timeline& timeline);

}  // namespace dateline::searcher
