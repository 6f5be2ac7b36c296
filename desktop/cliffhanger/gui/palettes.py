"""The app's colours: one palette per theme (light, dark), as plain hex strings, and WCAG contrast maths.

Every colour the GUI paints or styles comes from the active `Palette` (see `theme.palette()`). Each status
and each confidence keeps its hue in both themes, so a chip or a bar means the same thing in either; only
lightness changes. `text_pairs` lists every foreground drawn on every background, so a test can hold each
pair to WCAG AA (4.5:1). No Qt here: the data can be checked without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cliffhanger.domain.vocabulary import Confidence, Status


@dataclass(frozen=True)
class Pair:
    """A fill and the text drawn on it (status chips, timeline bars, poster placeholders)."""

    fill: str
    text: str


@dataclass(frozen=True)
class Palette:
    """All colours of one theme; the field names say where each is used."""

    name: str
    dark: bool
    window: str  # window and dialog background
    base: str  # tables, inputs, the detail pane
    alt_base: str  # every other row of the Upcoming timeline
    text: str
    muted: str  # secondary text: sources, headers, "—"
    placeholder: str
    accent: str  # accent as text or line on window/base (selected tab, focus, January)
    accent_fill: str  # primary buttons
    on_accent: str  # text on accent_fill
    line: str  # borders, the timeline rail
    row_line: str  # between table rows
    selection: str  # selected rows and menu items
    selection_text: str
    hover: str
    input_border: str
    disabled_text: str  # disabled controls (exempt from WCAG's contrast rule, but still readable)
    primary_disabled: str
    overdue: str
    ok: str
    link: str
    chips: dict[Status, Pair] = field(default_factory=dict)
    unknown_chip: Pair = Pair("#000000", "#ffffff")
    confidence: dict[Confidence, str] = field(default_factory=dict)  # confidence as text on base
    bars: dict[Confidence, Pair] = field(default_factory=dict)  # Upcoming bars and dots
    posters: tuple[Pair, ...] = ()  # placeholder poster colours, chosen by the title's name
    import_actions: dict[str, str] = field(default_factory=dict)  # import preview: add, merge, skip, bad
    badge: Pair = Pair("#c62828", "#ffffff")  # the unread count on the tray icon, over any panel

    def chip(self, status: Status | None) -> Pair:
        return self.chips.get(status, self.unknown_chip) if status is not None else self.unknown_chip

    def confidence_colour(self, confidence: Confidence | None) -> str:
        return self.confidence.get(confidence, self.muted) if confidence is not None else self.muted


S, C = Status, Confidence

LIGHT = Palette(
    name="light",
    dark=False,
    window="#f6f6f9",
    base="#ffffff",
    alt_base="#f5f5f8",
    text="#1f2130",
    muted="#5d6173",
    placeholder="#666a7b",
    accent="#5b3fc4",
    accent_fill="#5b3fc4",
    on_accent="#ffffff",
    line="#dcdde5",
    row_line="#f0f0f4",
    selection="#e9e4fb",
    selection_text="#1f2130",
    hover="#f4f2fc",
    input_border="#c9cad4",
    disabled_text="#a0a2b0",
    primary_disabled="#b9aee6",
    overdue="#b3261e",
    ok="#16703a",
    link="#3d28a8",
    chips={
        S.RUMOURED: Pair("#eeeaf6", "#5d4b8c"),
        S.ANNOUNCED: Pair("#e2ecfd", "#1d55b0"),
        S.IN_DEVELOPMENT: Pair("#ddf2f0", "#0d6a60"),
        S.FILMING: Pair("#fdebd7", "#8f4004"),
        S.POST_PRODUCTION: Pair("#f1e3fb", "#772b99"),
        S.SCHEDULED: Pair("#e3e5fb", "#3439a8"),
        S.AIRING: Pair("#dcf4e2", "#16703a"),
        S.RELEASED: Pair("#e1f1dc", "#2f6b22"),
        S.ENDED: Pair("#ebebee", "#4d5063"),
        S.CANCELLED: Pair("#fde1df", "#a8241b"),
        S.ON_HOLD: Pair("#fbf2cc", "#6b5200"),
    },
    unknown_chip=Pair("#f0f0f3", "#5d6173"),
    confidence={
        C.OFFICIAL: "#16703a",
        C.REPORTED: "#1d55b0",
        C.RUMOURED: "#8f4004",
        C.SPECULATED: "#5d6173",
    },
    bars={
        C.OFFICIAL: Pair("#2e7d32", "#ffffff"),
        C.REPORTED: Pair("#1565c0", "#ffffff"),
        C.RUMOURED: Pair("#a14d00", "#ffffff"),
        C.SPECULATED: Pair("#6a55a8", "#ffffff"),
    },
    posters=(
        Pair("#ece9f7", "#4f3f8f"),
        Pair("#e2ecfd", "#1d55b0"),
        Pair("#ddf2f0", "#0d6a60"),
        Pair("#fdebd7", "#8f4004"),
        Pair("#f1e3fb", "#772b99"),
        Pair("#fde1df", "#a8241b"),
    ),
    import_actions={"add": "#16703a", "merge": "#1d55b0", "skip": "#5d6173", "bad": "#b3261e"},
)

DARK = Palette(
    name="dark",
    dark=True,
    window="#16171d",
    base="#1f2029",
    alt_base="#262733",
    text="#e7e8ef",
    muted="#a9acbd",
    placeholder="#9a9db0",
    accent="#ab9cff",
    accent_fill="#6b52d9",
    on_accent="#ffffff",
    line="#3a3c4a",
    row_line="#2a2b36",
    selection="#3a3266",
    selection_text="#f2f0ff",
    hover="#2b2940",
    input_border="#474a5a",
    disabled_text="#6e7082",
    primary_disabled="#4a4178",
    overdue="#ff8a80",
    ok="#7bd88f",
    link="#b9adff",
    chips={
        S.RUMOURED: Pair("#352f4a", "#d2c6f5"),
        S.ANNOUNCED: Pair("#1e3354", "#a9c8ff"),
        S.IN_DEVELOPMENT: Pair("#173d3a", "#8fe0d5"),
        S.FILMING: Pair("#4a3019", "#ffc58f"),
        S.POST_PRODUCTION: Pair("#3d2450", "#e4b8fa"),
        S.SCHEDULED: Pair("#262b55", "#b7bcff"),
        S.AIRING: Pair("#183d25", "#8fe0a6"),
        S.RELEASED: Pair("#213b1b", "#a8dc96"),
        S.ENDED: Pair("#30313b", "#c4c6d2"),
        S.CANCELLED: Pair("#4d1f1c", "#ffaaa3"),
        S.ON_HOLD: Pair("#443a12", "#f3d77a"),
    },
    unknown_chip=Pair("#2c2d37", "#b5b8c8"),
    confidence={
        C.OFFICIAL: "#7bd88f",
        C.REPORTED: "#8fb8ff",
        C.RUMOURED: "#ffb574",
        C.SPECULATED: "#a9acbd",
    },
    bars={
        C.OFFICIAL: Pair("#2e7d32", "#ffffff"),
        C.REPORTED: Pair("#1565c0", "#ffffff"),
        C.RUMOURED: Pair("#a14d00", "#ffffff"),
        C.SPECULATED: Pair("#6a55a8", "#ffffff"),
    },
    posters=(
        Pair("#352f4a", "#d2c6f5"),
        Pair("#1e3354", "#a9c8ff"),
        Pair("#173d3a", "#8fe0d5"),
        Pair("#4a3019", "#ffc58f"),
        Pair("#3d2450", "#e4b8fa"),
        Pair("#4d1f1c", "#ffaaa3"),
    ),
    import_actions={"add": "#7bd88f", "merge": "#8fb8ff", "skip": "#a9acbd", "bad": "#ff8a80"},
)

PALETTES = {"light": LIGHT, "dark": DARK}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb"."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_pairs(p: Palette) -> list[tuple[str, str, str]]:
    """(where, foreground, background) for every text the palette's colours draw."""
    pairs = []
    for ground_name in ("window", "base", "alt_base"):
        ground = getattr(p, ground_name)
        for fg in ("text", "muted", "accent", "overdue", "ok", "link"):
            pairs.append((f"{fg} on {ground_name}", getattr(p, fg), ground))
    pairs.append(("placeholder on base", p.placeholder, p.base))
    for confidence, colour in p.confidence.items():
        pairs.append((f"{confidence.value} on base", colour, p.base))
        pairs.append((f"{confidence.value} on selection", colour, p.selection))
        pairs.append((f"{confidence.value} on hover", colour, p.hover))
    for fg in ("selection_text", "muted", "overdue"):
        pairs.append((f"{fg} on selection", getattr(p, fg), p.selection))
    pairs.append(("text on hover", p.text, p.hover))
    pairs.append(("on_accent on accent_fill", p.on_accent, p.accent_fill))
    for status, chip in [*p.chips.items(), (None, p.unknown_chip)]:
        name = status.label if status else "Unknown"
        pairs.append((f"{name} chip", chip.text, chip.fill))
        pairs.append((f"{name} timeline headline on base", chip.text, p.base))
    for confidence, bar in p.bars.items():
        pairs.append((f"{confidence.value} bar", bar.text, bar.fill))
    for n, poster in enumerate(p.posters):
        pairs.append((f"poster placeholder {n}", poster.text, poster.fill))
    pairs.append(("tray badge", p.badge.text, p.badge.fill))
    for action, colour in p.import_actions.items():
        pairs.append((f"import {action} on base", colour, p.base))
    return pairs
