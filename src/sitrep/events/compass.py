"""Resolve a part of a country or division told by a compass word to a place of its own.

Reports place many acts only by a part of a region: "air raids over eastern Afghanistan",
"rockets at bases in the north of Israel", "fighting in northern Shan State", "shelling of the
western Aleppo countryside". A coder files such an event at that part ("Eastern Afghanistan",
geo_precision 3), not at the region's centroid, which can lie hundreds of kilometres away.

The part's point is computed from the region's settled extent: the gazetteer's towns of the
country (or division) are cut in thirds along the compass axis (trimmed of their outliers), and
the part is the middle of the trimmed extent of the towns in the far third (the far half on
both axes for a corner, "south-east"; the middle third on both axes for "central"). Trimmed
extents keep far islands and outliers from pulling the point. A town's countryside ("northern
Hama countryside") is the part of the town's division.

A gazetteer name always wins: "South Sudan", "North Kivu", "West Bank" are matched whole by
the recogniser and never reach here, and a curated part ("Southern Lebanon") is taken as
curated. A country's part in a report about one place inside it ("ambushed in eastern Kenya",
in a report about the Lamu road) is left as the country, which `events.frame` files at that
more precise place. "Upper"/"Lower" are left alone: they are mostly names ("Upper Nile",
"Lower Shabelle").
"""
from __future__ import annotations

import math
import re
import statistics
from dataclasses import replace

from sitrep.events.location import EventLocator, place_of
from sitrep.geo import distance_km
from sitrep.model import GeoPrecision, Mention, MentionKind, Place, WorkingDoc
from sitrep.recognise.place_cues import TOWN_FEATURES, strip_suffix
from sitrep.recognise.places import CUE_LABEL
from sitrep.resolve.gazetteer import ADMIN1, COUNTRY, CURATED, Gazetteer

#: A compass adjective or noun as reports write it: "northern", "north-east", "northeast",
#: "south west", "southwestern", "eastern", "central".
COMPASS = r"(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central"
#: The compass word right before a region's name: "in eastern Afghanistan", "north-east Nigeria".
COMPASS_BEFORE = re.compile(rf"(?<![\w-])(?P<compass>{COMPASS})\s+$", re.IGNORECASE)
#: What comes before a compass word that tells where a division lies in its country rather than
#: a part of it: a possessive ("Ukraine's eastern Donetsk region", "the country's northern
#: Tigray"), or, before a division named with its kind word, the article ("the southern Helmand
#: province"). A part is told bare: "fighting in northern Shan State".
POSSESSIVE_BEFORE = re.compile(r"['’]s\s+$")
ARTICLE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
#: "the north of Israel", "the south-east of the country's Kachin State" (not "north of Kabul",
#: which is outside the place: a part needs its article).
COMPASS_OF = re.compile(r"(?<![\w-])the\s+(?P<compass>(?:north|south)(?:[- ]?(?:east|west))?|east|west|centre|center)"
                        r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: "the western countryside of Aleppo": a town's countryside, told before the town.
COUNTRYSIDE_OF = re.compile(rf"(?<![\w-])the\s+(?P<compass>{COMPASS})\s+countryside\s+of\s+$", re.IGNORECASE)
#: A whole compass word, to split "Southeastern Iran" (a name the gazetteer lacks) into its parts.
COMPASS_WORD = re.compile(rf"^(?P<compass>{COMPASS})\s+(?P<rest>\S.*)$", re.IGNORECASE)
#: How far back the compass phrase is looked for (characters): "the south-west of the " fits.
LOOKBACK = 30
#: The label of a mention this stage made.
COMPASS_LABEL = "compass"
#: The features of a region that has parts: countries and their first-level divisions.
REGION_FEATURES = frozenset({"country", "admin1"})
#: The kind words a region's name may carry and still be the whole region ("Shan State").
REGION_SUFFIXES = frozenset({None, "state", "province", "region", "governorate"})
#: The share of a region's extent that a compass part covers (its far third).
PART_SHARE = 1 / 3
#: The share of each axis's extent that a corner part covers ("north-east": the far half on both).
CORNER_SHARE = 0.5
#: The share of towns cut off each end of the extent before it is split (far islands, outliers).
EXTENT_TRIM = 0.05
#: Fewer towns than this give no reliable extent: the part keeps the region's own point.
MIN_POINTS = 5
#: The direction of each compass word, as (east, north) components.
DIRECTIONS = {"north": (0.0, 1.0), "south": (0.0, -1.0), "east": (1.0, 0.0), "west": (-1.0, 0.0),
              "northeast": (math.sqrt(0.5), math.sqrt(0.5)), "northwest": (-math.sqrt(0.5), math.sqrt(0.5)),
              "southeast": (math.sqrt(0.5), -math.sqrt(0.5)), "southwest": (-math.sqrt(0.5), -math.sqrt(0.5)),
              "central": (0.0, 0.0), "centre": (0.0, 0.0), "center": (0.0, 0.0)}

#: The corner words ("northwest"): a country may have a division of that name (Cameroon's
#: North-West, South Africa's North West, Zambia's North-Western), which is the part they tell.
CORNERS = frozenset({"northeast", "northwest", "southeast", "southwest"})

Point = tuple[float, float, str | None]


def direction(word: str) -> tuple[float, float]:
    """The (east, north) direction of a compass word ("north-eastern" -> north-east)."""
    key = re.sub(r"[- ]", "", word.lower())
    key = key[:-3] if key.endswith("ern") else key
    return DIRECTIONS[key]


def adjective(word: str) -> str:
    """The compass word as gold names a part, capitalised: "northern" -> "Northern", "north-east"
    -> "North-east"; a noun after "the ... of" becomes its adjective ("north" -> "Northern")."""
    word = re.sub(r"\s+", " ", word.lower())
    if word in ("centre", "center"):
        return "Central"
    return word[:1].upper() + word[1:]


def noun_adjective(word: str) -> str:
    """The adjective of a compass noun ("the north of" -> "Northern", "the south-east of" ->
    "South-eastern")."""
    if word.lower() in ("centre", "center"):
        return "Central"
    return adjective(word) + "ern"


def part_point(points: list[Point], heading: tuple[float, float]) -> tuple[float, float, str | None] | None:
    """The middle (and its nearest town's division) of the towns in a region's compass part:
    the far third of their trimmed extent along `heading` (the far half on both axes for a
    corner), or the middle third on both axes for (0, 0). None when there are too few towns to tell an extent."""
    if len(points) < MIN_POINTS:
        return None
    scale = math.cos(math.radians(statistics.median(p[0] for p in points)))
    if heading == (0.0, 0.0):
        lat_lo, lat_hi = _band([p[0] for p in points], 1 / 3, 2 / 3)
        lon_lo, lon_hi = _band([p[1] for p in points], 1 / 3, 2 / 3)
        chosen = [p for p in points if lat_lo <= p[0] <= lat_hi and lon_lo <= p[1] <= lon_hi] or points
    else:
        # A side is the far third along its axis; a corner ("south-east") the far half on both
        # axes, as a projection on the diagonal would reach into the dense side next to it.
        share = PART_SHARE if 0.0 in heading else CORNER_SHARE
        chosen = points
        for component, coordinate in ((heading[0], _lon), (heading[1], _lat)):
            if component:
                sign = math.copysign(1.0, component)
                low, high = _band([sign * coordinate(p) for p in points], 1 - share, 1.0)
                chosen = [p for p in chosen if low <= sign * coordinate(p) <= high]
        chosen = chosen or points
    # The middle of the part's trimmed extent, not its median town: towns crowd in some corners.
    lat = round(_band([p[0] for p in chosen], 0.5, 0.5)[0], 4)
    lon = round(_band([p[1] for p in chosen], 0.5, 0.5)[0], 4)
    nearest = min(chosen, key=lambda p: (p[0] - lat) ** 2 + ((p[1] - lon) * scale) ** 2)
    return lat, lon, nearest[2]


def _lat(point: Point) -> float:
    return point[0]


def _lon(point: Point) -> float:
    return point[1]


def _band(values: list[float], start: float, stop: float) -> tuple[float, float]:
    """The stretch from `start` to `stop` (shares, 0..1) of the trimmed extent of the values."""
    ordered = sorted(values)
    cut = int(len(ordered) * EXTENT_TRIM)
    kept = ordered[cut:len(ordered) - cut] or ordered
    low, high = kept[0], kept[-1]
    return low + (high - low) * start, low + (high - low) * stop


class CompassParts:
    """Replaces a region mention told with a compass word by a mention of that part of it."""

    name, version = "resolve.compass", "1"
    reads, adds = ("place_mentions",), ()

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        #: The towns of each region asked for, kept for the next report (a few thousand regions at most).
        self._points: dict[tuple[str, str | None], list[Point]] = {}

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        anchor = None
        out: list[Mention] = []
        for mention in doc.place_mentions:
            previous_end = out[-1].end if out else 0
            found = self.part(doc.text, mention, previous_end)
            whole = self._country(mention) if found is not None else None
            if found is not None and whole is not None:
                if anchor is None:
                    own = EventLocator(doc).anchor()
                    anchor = (place_of(own) if own is not None else None) or Place(name="")
                if lies_in_part(anchor, found.value, whole):
                    found = None  # "in eastern Kenya", in a report about Lamu: the report's place
            out.append(found or mention)
        doc.place_mentions = out
        return doc

    def _country(self, mention: Mention) -> Place | None:
        """The country a compass part is a part of, when the mention names a country, else None."""
        if isinstance(mention.value, Place) and mention.value.feature == "country":
            return mention.value
        match = COMPASS_WORD.match(mention.text) if mention.label == CUE_LABEL else None
        countries = [c for c in self.gazetteer.candidates(match["rest"]) if c.source == COUNTRY] if match else []
        return countries[0].place if countries else None

    def part(self, text: str, mention: Mention, floor: int = 0) -> Mention | None:
        """The compass part a mention is told as, or None (pure). `floor` is where the text
        before the mention stops being free (the previous mention's end)."""
        place = mention.value if isinstance(mention.value, Place) else None
        if mention.label == CUE_LABEL:
            return self._written_whole(mention)
        if place is None or not place.has_coordinates or COMPASS_WORD.match(mention.text):
            return None  # "North Kivu", "Southern Lebanon": the gazetteer's own name
        before = text[max(floor, mention.start - LOOKBACK):mention.start]
        name, suffix = strip_suffix(mention.text)
        countryside_of = COUNTRYSIDE_OF.search(before) if suffix is None else None
        found: re.Match[str] | None
        if suffix == "countryside" or countryside_of is not None:
            if place.feature not in TOWN_FEATURES | REGION_FEATURES:
                return None
            found = countryside_of or COMPASS_BEFORE.search(before)
            if found is None:
                return None
            region = None  # a town's countryside is the part of its division
            title = f"{adjective(found['compass'])} {name if suffix else mention.text} countryside"
        elif place.feature in REGION_FEATURES and suffix in REGION_SUFFIXES:
            found = COMPASS_BEFORE.search(before)
            if found is not None and place.feature == "admin1" and positional(before[:found.start()], suffix):
                return None  # "Ukraine's eastern Donetsk region": where the division lies, not its part
            if found is not None:
                word = adjective(found["compass"])
            elif (found := COMPASS_OF.search(before)) is not None:
                word = noun_adjective(found["compass"])
            else:
                return None
            region = place
            title = f"{word} {_article_dropped(mention.text)}"
        else:
            return self._curated_part(text, mention, before, place)
        start = mention.start - len(before) + found.start()
        value = self.locate(title, found["compass"], place, region)
        return Mention(start=start, end=mention.end, text=text[start:mention.end], kind=MentionKind.PLACE,
                       value=value, label=COMPASS_LABEL, precision=int(GeoPrecision.REGION), source=self.name)

    def _curated_part(self, text: str, mention: Mention, before: str, place: Place) -> Mention | None:
        """The curated part of a place that is no region, told by a compass word ("southern
        Gaza" is the south of the Strip, not Gaza City; "the north of the Gaza Strip"), or None:
        a town's part the curated data lacks ("northern Kabul") is a quarter, left to the town."""
        found = COMPASS_BEFORE.search(before)
        word = adjective(found["compass"]) if found is not None else None
        if found is None and (found := COMPASS_OF.search(before)) is not None:
            word = noun_adjective(found["compass"])
        if found is None or word is None:
            return None
        title = f"{word} {_article_dropped(mention.text)}"
        curated = [c.place for c in self.gazetteer.candidates(title)
                   if c.source == CURATED and c.place.country == place.country]
        if not curated:
            return None
        start = mention.start - len(before) + found.start()
        return Mention(start=start, end=mention.end, text=text[start:mention.end], kind=MentionKind.PLACE,
                       value=curated[0], label=COMPASS_LABEL, precision=int(GeoPrecision.REGION), source=self.name)

    def _written_whole(self, mention: Mention) -> Mention | None:
        """A capitalised part the gazetteer lacks, found by a cue ("in Southeastern Iran"),
        whose rest is a country or a division: locate it."""
        match = COMPASS_WORD.match(mention.text)
        if match is None:
            return None
        rest, suffix = strip_suffix(match["rest"])
        if suffix not in REGION_SUFFIXES:
            return None
        regions = [c for c in self.gazetteer.candidates(rest) if c.source in (COUNTRY, ADMIN1)]
        countries = [c for c in regions if c.source == COUNTRY]
        chosen = countries or regions
        if len(chosen) != 1:
            return None  # a division's name in several countries: not decided here
        region = chosen[0].place
        value = self.locate(mention.text, match["compass"], region, region)
        return replace(mention, value=value, label=COMPASS_LABEL, precision=int(GeoPrecision.REGION),
                       source=self.name)

    def _towns(self, code: str, admin1: str | None) -> list[Point]:
        """The towns of a country or division, read from the gazetteer once."""
        key = (code, admin1)
        if key not in self._points:
            self._points[key] = self.gazetteer.town_points(code, admin1)
        return self._points[key]

    def _corner_division(self, compass: str, country: Place) -> Place | None:
        """The country's own division named by a corner word, or None: "northwestern Cameroon" is
        Cameroon's North-West region, "north-western Zambia" its North-Western province, not a
        corner computed from towns (which falls in a neighbouring division)."""
        key = re.sub(r"[- ]", "", compass.lower())
        if key.endswith("ern"):
            key = key[:-3]
        if key not in CORNERS:
            return None
        names = (key[:5] + " " + key[5:], key[:5] + " " + key[5:] + "ern")
        for name in names:
            for written in (name, f"{name} region", f"{name} province"):
                for candidate in self.gazetteer.candidates(written):
                    if candidate.source == ADMIN1 and candidate.place.country == country.country:
                        return candidate.place
        return None

    def locate(self, title: str, compass: str, place: Place, region: Place | None) -> Place:
        """The part's place: a curated entry of that name in the same country, else the part of
        the region's (or, for a town's countryside, the town's division's) towns."""
        for candidate in self.gazetteer.candidates(title):
            if candidate.source == CURATED and candidate.place.country == place.country:
                return candidate.place
        if region is not None and region.feature == "country" and (named := self._corner_division(compass, place)):
            return named
        code = self.gazetteer.country_codes.get(place.country or "")
        admin1 = None if region is not None and region.feature == "country" else place.admin1
        point = part_point(self._towns(code, admin1), direction(compass)) if code else None
        lat, lon, division = point if point else (place.latitude, place.longitude, place.admin1)
        return Place(name=title, country=place.country, admin1=admin1 or division, latitude=lat,
                     longitude=lon, geo_precision=GeoPrecision.REGION, feature="region")


def positional(before: str, suffix: str | None) -> bool:
    """Whether the text before a compass word makes it tell where a division lies, not a part of
    it: a possessive, or the article before a name with its kind word ("the eastern X province")."""
    return POSSESSIVE_BEFORE.search(before) is not None or (
        suffix is not None and ARTICLE_BEFORE.search(before) is not None)


def lies_in_part(place: Place, part: Place, whole: Place) -> bool:
    """Whether a place of the whole's country lies in its part: nearer the part's point than
    the whole's (or unlocated, so not known to lie elsewhere). A country's part told in a report
    about one place there is left to the report's frame (`events.frame`), which files it at that
    more precise place."""
    if place.country != whole.country:
        return False
    if not place.has_coordinates:
        return True  # a village the gazetteer lacks, the report's own place: the frame's to file
    to_part, to_whole = distance_km(place, part), distance_km(place, whole)
    return to_part is not None and to_whole is not None and to_part < to_whole


def _article_dropped(name: str) -> str:
    """A region's name without its leading article ("the Sahel" -> "Sahel")."""
    return name[4:] if name.lower().startswith("the ") else name
