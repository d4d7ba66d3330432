#!/usr/bin/env python3
"""Writes schema/src/place_identity_table.inc: the identity of every country,
historical country and US state, and every spelling that names it.

    tools/make-place-identities.py [--shared ../shared] [--output FILE]

Derived from ../shared/data (never copied): GeoNames countryInfo (ISO 3166
alpha-2 code, name, geonameid) and admin1 regions (the US states), and
countries.json of mledoze/countries (ODbL 1.0: names, alternate spellings,
English demonyms), plus the lists below (Reuters-21578 code-book codes, the
short forms news writes, historical countries, AP state abbreviations). The
output is a derived database under ODbL 1.0 (see NOTICE). Running the
command again on the same data reproduces the committed file byte for byte
(tests/unit/schema/place_identities_test.cpp checks it where ../shared is).

Rules (docs/extraction.md, "Place identities"):
  * a country's key is its ISO 3166 alpha-2 code in lower case, its display
    name GeoNames' (without a leading "The");
  * a historical country is its own entity keyed by its English name;
  * a US state is keyed "gn-" + its GeoNames id;
  * a spelling claimed by several entities goes to the strongest claim
    (manual list > identity key > display name > common name > official name
    > alternate spelling > demonym > state name > AP abbreviation), a tie to
    the more populous country.
"""

import argparse
import json
import os
import sys
import unicodedata

# The key schema::canonical_key() gives a spelling (ASCII approximation:
# accents folded, apostrophes dropped, other runs of non-alphanumerics -> '-').
# Non-Latin spellings are skipped: they are no English news spelling.
def canonical_key(name):
    out = []
    pending = False
    for ch in name:
        if ch in "'\u2018\u2019":
            continue
        if ch.isalnum() and ch != "_":
            folded = unicodedata.normalize("NFKD", ch.lower())
            base = "".join(c for c in folded if not unicodedata.combining(c))
            if not base.isascii():
                return ""
            if pending and out:
                out.append("-")
            pending = False
            out.append(base)
        else:
            pending = True
    return "".join(out)


# Priorities: lower wins.
MANUAL, IDENTITY, DISPLAY, COMMON, OFFICIAL, ALTERNATE, DEMONYM, STATE, ABBREVIATION = range(9)

# Historical countries the archives use: each its own entity.
# key, display name, geonameid (0: none), successors (ISO alpha-2), spellings
HISTORICAL = [
    ("soviet-union", "Soviet Union", 0, "ru",
     ["Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics", "Soviet"]),
    ("west-germany", "West Germany", 0, "de",
     ["West Germany", "West German"]),
    ("east-germany", "East Germany", 0, "de",
     ["East Germany", "German Democratic Republic", "GDR", "East German"]),
    ("yugoslavia", "Yugoslavia", 0, "rs",
     ["Yugoslavia", "Yugoslav", "Socialist Federal Republic of Yugoslavia"]),
    ("czechoslovakia", "Czechoslovakia", 0, "cz",
     ["Czechoslovakia", "Czechoslovak"]),
    ("zaire", "Zaire", 0, "cd", ["Zaire", "Zairean", "Zairian"]),
    ("burma", "Burma", 0, "mm", ["Burma", "Burmese"]),
    ("north-yemen", "North Yemen", 0, "ye",
     ["North Yemen", "Yemen Arab Republic", "yemen-arab-republic"]),
    ("south-yemen", "South Yemen", 0, "ye",
     ["South Yemen", "People's Democratic Republic of Yemen", "yemen-demo-republic"]),
]

# Which historical country held today's places, and until when (the day it
# ended, YYYYMMDD), so that a city in a 1987 story implies West Germany or the
# Soviet Union, not Germany or Russia (docs/extraction.md, "Historical
# countries"). ISO alpha-2 of today's country, the GeoNames ids of its
# first-level regions the row covers (none: the whole country; a region not
# covered by a row of its country implies no country), historical key, first
# and last day of the historical country.
HISTORICAL_TERRITORIES = [
    # East Germany: Brandenburg, Mecklenburg-Vorpommern, Saxony, Saxony-Anhalt,
    # Thuringia; West Germany: the other states but Berlin, which was split.
    ("de", [2945356, 2872567, 2842566, 2842565, 2822542], "east-germany", 19491007, 19901002),
    ("de", [2838632, 2842635, 2847618, 2861876, 2862926, 2905330, 2911297, 2944387, 2951839,
            2953481], "west-germany", 19490523, 19901002),
    # South Yemen: Aden, Abyan, Lahij, Ad Dali', Shabwah, Hadramawt, Al Mahrah,
    # Socotra; North Yemen: the rest.
    ("ye", [80412, 80425, 6201197, 6201193, 70935, 75411, 78985, 9645387], "south-yemen",
     19671130, 19900521),
    ("ye", [], "north-yemen", 19621126, 19900521),
] + [
    (code, [], "soviet-union", 19221230, until) for code, until in [
        ("ru", 19911225), ("ua", 19911225), ("by", 19911225), ("kz", 19911225),
        ("uz", 19911225), ("tm", 19911225), ("kg", 19911225), ("tj", 19911225),
        ("am", 19911225), ("az", 19911225), ("ge", 19911225), ("md", 19911225),
        ("lt", 19910905), ("lv", 19910905), ("ee", 19910905)]
] + [
    (code, [], "yugoslavia", 19181201, until) for code, until in [
        ("si", 19910624), ("hr", 19910624), ("mk", 19910907), ("ba", 19920405),
        ("rs", 20030203), ("me", 20030203), ("xk", 20030203)]
] + [
    ("cz", [], "czechoslovakia", 19181028, 19921231),
    ("sk", [], "czechoslovakia", 19181028, 19921231),
    ("cd", [], "zaire", 19711027, 19970516),
    ("mm", [], "burma", 19480104, 19890617),
]

# Places GeoNames lists twice that are one place: the city of Washington is
# the District of Columbia (city geonameid -> the identity it is).
SAME_PLACE = {4140963: "gn-4138106"}
# Display names that say the place as news writes it, and spellings of US
# places that STATE_NAMES_NOT_ALIASES keeps from the state: "Washington" alone
# is the capital in news copy, "Washington State" the state.
DISPLAY_NAMES = {"gn-4138106": "Washington, D.C."}
US_SPELLINGS = {"gn-4138106": ["Washington", "Washington DC", "Washington, D.C."],
                "gn-5815135": ["Washington State"]}

# Spellings that name a country however the data says otherwise: news short
# forms and the Reuters-21578 place codes whose key is not a name's.
MANUAL_ALIASES = {
    "us": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America",
           "United States"],
    "gb": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "nl": ["Holland", "Netherlands", "The Netherlands"],
    "ae": ["UAE", "U.A.E."],
    "cz": ["Czech Republic", "Czechia"],
    "ci": ["Ivory Coast", "Cote d'Ivoire"],
    "kr": ["South Korea"],
    "kp": ["North Korea"],
    "ru": ["Russia", "Russian Federation"],
    "mk": ["Macedonia", "North Macedonia"],
    "tr": ["Turkey", "Turkiye"],
    "va": ["Vatican", "Vatican City"],
    "ps": ["Palestine", "Palestinian Territories"],
    "cv": ["Cape Verde"],
    "sz": ["Swaziland"],
    "kh": ["Cambodia", "Kampuchea"],
    "tt": ["trinidad-tobago", "Trinidad"],
    "ag": ["Antigua"],
    "ws": ["Western Samoa"],
    "cg": ["Congo"],  # Reuters' congo (1987): Zaire is another code
    "cd": ["DR Congo", "DRC", "Democratic Republic of Congo"],
    "vi": ["us-virgin-islands"],
    "tl": ["East Timor"],
}

# AP style state abbreviations (states of eight letters or fewer, and
# Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah, are not abbreviated).
AP_STATES = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."],
    "CO": ["Colo."], "CT": ["Conn."], "DE": ["Del."], "DC": ["D.C."], "FL": ["Fla."],
    "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."], "KS": ["Kan.", "Kans."],
    "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."], "MI": ["Mich."],
    "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."], "NE": ["Neb.", "Nebr."],
    "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."], "NY": ["N.Y."],
    "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."], "OR": ["Ore.", "Oreg."],
    "PA": ["Pa.", "Penn.", "Penna."], "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D."],
    "TN": ["Tenn."], "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."],
    "WV": ["W.Va.", "W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}
# State names that name something else first: Georgia the country,
# Washington the capital city.
STATE_NAMES_NOT_ALIASES = {"GA": ["Georgia"], "WA": ["Washington"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    parser.add_argument("--output",
                        default=os.path.join(here, "..", "schema", "src", "place_identity_table.inc"))
    args = parser.parse_args()
    data = os.path.join(args.shared, "data")

    identities = {}  # key -> (name, geonameid, country, kind)
    population = {}
    claims = {}  # alias key -> (priority, -population, identity key)
    abbreviations = {}  # "Pa." as written -> identity key

    def claim(spelling, key, priority):
        alias = canonical_key(spelling)
        if not alias:
            return
        rank = (priority, -population.get(key, 0), key)
        if alias not in claims or rank < claims[alias]:
            claims[alias] = rank

    by_iso = {}
    with open(os.path.join(data, "gazetteers", "geonames-countryInfo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 17 or not fields[0]:
                continue
            iso, name = fields[0], fields[4].strip()
            display = name[4:] if name.startswith("The ") else name
            key = iso.lower()
            identities[key] = (display, int(fields[16] or 0), key, "country")
            population[key] = int(float(fields[7] or 0))
            by_iso[iso] = key
            claim(key, key, IDENTITY)
            claim(display, key, DISPLAY)
            claim(name, key, DISPLAY)

    with open(os.path.join(data, "countries", "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    for country in countries:
        key = by_iso.get(country.get("cca2", ""))
        if key is None:
            continue
        claim(country["name"]["common"], key, COMMON)
        claim(country["name"]["official"], key, OFFICIAL)
        for spelling in country.get("altSpellings", []):
            # "Korea, Republic of" is a sorting form, not a name text uses.
            if "," not in spelling:
                claim(spelling, key, ALTERNATE)
        demonyms = country.get("demonyms", {}).get("eng", {})
        for spelling in sorted(set(demonyms.values())):
            claim(spelling, key, DEMONYM)

    for key, name, geonameid, _successor, spellings in HISTORICAL:
        identities[key] = (name, geonameid, "", "historical")
        claim(key, key, MANUAL)
        for spelling in spellings:
            claim(spelling, key, MANUAL)
    for key, spellings in MANUAL_ALIASES.items():
        for spelling in spellings:
            claim(spelling, key, MANUAL)

    with open(os.path.join(data, "gazetteers", "geonames-admin1-regions.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("US."):
                continue
            code, name, ascii_name, geonameid = line.rstrip("\n").split("\t")[:4]
            state = code[3:]
            key = "gn-" + geonameid
            identities[key] = (DISPLAY_NAMES.get(key, name), int(geonameid), "us", "region")
            claim(key, key, IDENTITY)
            if name not in STATE_NAMES_NOT_ALIASES.get(state, []):
                claim(name, key, STATE)
                claim(ascii_name, key, STATE)
            # "Georgia, United States": the state whatever its name names first.
            for country in ("US", "U.S.", "USA", "United States"):
                claim(name + ", " + country, key, STATE)
            for spelling in US_SPELLINGS.get(key, []):
                claim(spelling, key, STATE)
            for spelling in AP_STATES.get(state, []):
                claim(spelling, key, ABBREVIATION)
                abbreviations[spelling] = key

    successors = {key: successor for key, _n, _g, successor, _s in HISTORICAL}
    out = [
        "// Generated by tools/make-place-identities.py from ../shared/data (GeoNames",
        "// countryInfo and admin1 regions, CC BY 4.0; mledoze/countries countries.json,",
        "// ODbL 1.0): a derived database under ODbL 1.0, see NOTICE. Do not edit.",
        "//",
        "// PlaceIdentityRow{key, display name, geonameid, country, kind, successor}",
        "// and PlaceAliasRow{spelling key, identity key}, both sorted by key;",
        "// kPlaceAbbreviationRows: AP state abbreviations as written (\"Pa.\"), sorted;",
        "// kPlaceGeonameRows: GeoNames places that are another identity, by id;",
        "// kHistoricalTerritoryRows: {today's country, region (0: the rest), historical",
        "// country, first day, last day}, a country's region rows before its 0 row.",
        "",
        "constexpr PlaceIdentityRow kPlaceIdentityRows[] = {",
    ]
    for key in sorted(identities):
        name, geonameid, country, kind = identities[key]
        out.append('    {"%s", "%s", %d, "%s", PlaceIdentityKind::%s, "%s"},' %
                   (key, name.replace('"', '\\"'), geonameid, country, kind.capitalize(),
                    successors.get(key, "")))
    out.append("};")
    out.append("")
    out.append("constexpr PlaceAliasRow kPlaceAliasRows[] = {")
    for alias in sorted(claims):
        target = claims[alias][2]
        if alias != target:
            out.append('    {"%s", "%s"},' % (alias, target))
    out.append("};")
    out.append("")
    out.append("constexpr PlaceAliasRow kPlaceAbbreviationRows[] = {")
    for written in sorted(abbreviations):
        out.append('    {"%s", "%s"},' % (written, abbreviations[written]))
    out.append("};")
    out.append("")
    out.append("constexpr PlaceGeonameRow kPlaceGeonameRows[] = {")
    for geonameid in sorted(SAME_PLACE):
        out.append('    {%d, "%s"},' % (geonameid, SAME_PLACE[geonameid]))
    out.append("};")
    out.append("")
    out.append("constexpr HistoricalTerritoryRow kHistoricalTerritoryRows[] = {")
    for code, regions, key, since, until in HISTORICAL_TERRITORIES:
        assert key in identities, key
        for region in regions or [0]:
            out.append('    {"%s", %d, "%s", %d, %d},' % (code, region, key, since, until))
    out.append("};")
    text = "\n".join(out) + "\n"
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)
    print("%s: %d identities, %d spellings" %
          (os.path.relpath(args.output), len(identities), sum(1 for a in claims if a != claims[a][2])),
          file=sys.stderr)


if __name__ == "__main__":
    main()
