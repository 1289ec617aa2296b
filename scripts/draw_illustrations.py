"""Draw Coach's exercise illustrations as SVG frames with a tiny 2-D pose rig.

The figure is always drawn in profile, facing the viewer's right. A pose places the hip,
leans the torso and puts each hand and ankle at a target point; two-bone inverse kinematics
finds the elbows and knees. Every exercise is a short list of key poses plus props, and each
pose becomes one ``frameN.svg``.

Run ``python scripts/draw_illustrations.py`` to regenerate every file (output is
byte-for-byte deterministic). Standard library only.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

Point = tuple[float, float]

ROOT = Path(__file__).resolve().parent.parent
ILLUSTRATIONS = ROOT / "assets" / "illustrations"
ICON = ROOT / "assets" / "icons" / "coach.svg"

# --- palette -------------------------------------------------------------------------------
OUTLINE = "#3B2A24"
SKIN = "#D9A47E"
SKIN_FAR = "#BE8A66"
TOP = "#9C6B7E"
TOP_FAR = "#825A6A"
TOP_SHINE = "#B1849A"
TEAL = "#4F8A8B"
TEAL_FAR = "#3F6D6E"
HAIR = "#5A3A2E"
HAIR_SHINE = "#7A5444"
ACCENT = "#E8875E"  # the stretched muscle
PROP = "#B9AFA4"
PROP_DARK = "#8E857C"
PROP_LIGHT = "#D6CCC0"
ARROW = "#E0A04B"
CARD = "#F4EEE6"

# --- body measurements (px) ----------------------------------------------------------------
THIGH, SHIN = 54.0, 50.0
UPPER_ARM, FOREARM = 42.0, 38.0
TORSO = 70.0
NECK = 8.0
HEAD_R = 15.0
THIGH_W, SHIN_W = 18.0, 13.0
UPPER_ARM_W, FOREARM_W = 11.0, 9.0
HAND_R = 6.0
LINE = 2.0  # outline width
LEG_REACH = THIGH + SHIN
ANKLE_H = 10.0  # ankle height above the sole

FLOOR = 268.0
SEAT_Y = 214.0  # chair seat top
SHOULDER_LOCAL: Point = (-1.0, 63.0)
HEEL_LOCAL: Point = (-2.0, 10.0)
BALL_LOCAL: Point = (15.0, 10.0)
TOE_PIVOT: Point = (16.0, 7.0)

MISSES: list[str] = []


# --- vector helpers --------------------------------------------------------------------------
def add(p: Point, q: Point) -> Point:
    """Return p + q."""
    return (p[0] + q[0], p[1] + q[1])


def sub(p: Point, q: Point) -> Point:
    """Return p - q."""
    return (p[0] - q[0], p[1] - q[1])


def mul(p: Point, k: float) -> Point:
    """Return p scaled by k."""
    return (p[0] * k, p[1] * k)


def length(p: Point) -> float:
    """Return the length of vector p."""
    return math.hypot(p[0], p[1])


def unit(p: Point) -> Point:
    """Return p normalised to length 1."""
    n = length(p) or 1.0
    return (p[0] / n, p[1] / n)


def rot(p: Point, deg: float) -> Point:
    """Rotate p by deg degrees (clockwise on screen, where y grows downwards)."""
    r = math.radians(deg)
    c, s = math.cos(r), math.sin(r)
    return (p[0] * c - p[1] * s, p[0] * s + p[1] * c)


def lerp(p: Point, q: Point, t: float) -> Point:
    """Linear interpolation between p and q."""
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def along(origin: Point, lean: float, dist: float) -> Point:
    """Point dist px from origin, upwards tilted by lean degrees (+ = towards the right)."""
    return add(origin, mul(rot((0.0, -1.0), lean), dist))


def frame_point(origin: Point, up: Point, local: Point) -> Point:
    """Map local (forward, up) coordinates to the screen; |up| scales the frame."""
    fwd = rot(up, 90.0)
    return add(origin, add(mul(fwd, local[0]), mul(up, local[1])))


# --- SVG writer ----------------------------------------------------------------------------
def fmt(v: float) -> str:
    """Format a number compactly and deterministically."""
    s = f"{v:.1f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def pts(points: Sequence[Point]) -> str:
    """Format a point list for polyline/polygon."""
    return " ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)


class Svg:
    """A tiny append-only SVG document."""

    def __init__(self, width: int = 400, height: int = 300) -> None:
        self.width, self.height = width, height
        self.items: list[str] = []

    def add(self, tag: str, **attrs: str | float) -> None:
        """Append one element; attribute names use '_' for '-'."""
        body = " ".join(
            f'{k.rstrip("_").replace("_", "-")}="{fmt(v) if isinstance(v, float | int) else v}"'
            for k, v in attrs.items()
        )
        self.items.append(f"<{tag} {body}/>")

    def open_group(self, transform: str) -> None:
        """Start a transformed group."""
        self.items.append(f'<g transform="{transform}">')

    def close_group(self) -> None:
        """End the current group."""
        self.items.append("</g>")

    def text(self) -> str:
        """Return the whole document."""
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" baseProfile="tiny" '
            f'width="{self.width}" height="{self.height}" '
            f'viewBox="0 0 {self.width} {self.height}">\n'
        )
        return head + "\n".join(self.items) + "\n</svg>\n"


def stroke(svg: Svg, points: Sequence[Point], width: float, colour: str) -> None:
    """A round-capped open polyline."""
    svg.add(
        "polyline",
        points=pts(points),
        fill="none",
        stroke=colour,
        stroke_width=width,
        stroke_linecap="round",
        stroke_linejoin="round",
    )


def capsule(svg: Svg, points: Sequence[Point], width: float, colour: str) -> None:
    """An outlined thick stroke (a limb-like capsule)."""
    stroke(svg, points, width + 2 * LINE, OUTLINE)
    stroke(svg, points, width, colour)


def shape(svg: Svg, d: str, fill: str, width: float = LINE) -> None:
    """A filled, outlined path."""
    svg.add("path", d=d, fill=fill, stroke=OUTLINE, stroke_width=width, stroke_linejoin="round")


def polygon(svg: Svg, points: Sequence[Point], fill: str) -> None:
    """A filled, outlined polygon with round corners."""
    svg.add(
        "polygon",
        points=pts(points),
        fill=fill,
        stroke=OUTLINE,
        stroke_width=LINE,
        stroke_linejoin="round",
    )


def circle(svg: Svg, c: Point, r: float, fill: str, outline: bool = True) -> None:
    """A circle, outlined unless told otherwise."""
    if outline:
        svg.add("circle", cx=c[0], cy=c[1], r=r, fill=fill, stroke=OUTLINE, stroke_width=LINE)
    else:
        svg.add("circle", cx=c[0], cy=c[1], r=r, fill=fill)


def rect(svg: Svg, x: float, y: float, w: float, h: float, fill: str, r: float = 3.0) -> None:
    """An outlined rounded rectangle."""
    svg.add(
        "rect",
        x=x,
        y=y,
        width=w,
        height=h,
        rx=r,
        fill=fill,
        stroke=OUTLINE,
        stroke_width=LINE,
    )


def ellipse(svg: Svg, c: Point, rx: float, ry: float, fill: str, angle: float = 0.0) -> None:
    """An outlined ellipse, optionally rotated about its centre."""
    extra = {"transform": f"rotate({fmt(angle)} {fmt(c[0])} {fmt(c[1])})"} if angle else {}
    svg.add(
        "ellipse",
        cx=c[0],
        cy=c[1],
        rx=rx,
        ry=ry,
        fill=fill,
        stroke=OUTLINE,
        stroke_width=LINE,
        **extra,
    )


def path_d(start: Point, *segments: tuple[str, Sequence[Point]], close: bool = True) -> str:
    """Build path data from ('L'|'Q'|'C', points) segments."""
    parts = [f"M{fmt(start[0])},{fmt(start[1])}"]
    for cmd, seg in segments:
        parts.append(cmd + " ".join(f"{fmt(x)},{fmt(y)}" for x, y in seg))
    return " ".join(parts) + (" Z" if close else "")


# --- the pose rig --------------------------------------------------------------------------
@dataclass(frozen=True)
class Leg:
    """Where a leg goes: ankle target, foot direction (deg, + = toes up) and toe bend."""

    ankle: Point
    foot: float = 0.0
    toes: float = 0.0
    knee: Point | None = None  # explicit (foreshortened) knee, skips the IK
    sole_view: bool = False  # draw the sole facing the viewer (foot across a knee)


@dataclass(frozen=True)
class Pose:
    """One key pose of the figure."""

    hip: Point
    torso: float  # lean from vertical, + = forward
    near_leg: Leg
    far_leg: Leg
    near_hand: Point
    far_hand: Point
    head: float = 0.0  # head tilt relative to the torso, + = forward
    eyes_closed: bool = False
    highlight: str = "calf"  # "calf", "hamstring" or ""
    thumb: Point | None = None  # near thumb tip, for pressing or massaging


def two_bone(root: Point, target: Point, l1: float, l2: float, sign: float) -> tuple[Point, Point]:
    """Solve a two-segment limb; sign picks the bend side. Returns (middle joint, end)."""
    d = sub(target, root)
    dist = length(d)
    reach = l1 + l2 - 0.01
    if dist > reach:
        if dist - reach > 1.5:
            MISSES.append(f"target {target} out of reach by {dist - reach:.1f}px")
        target, dist = add(root, mul(unit(d), reach)), reach
    dist = max(dist, abs(l1 - l2) + 0.01)
    cos_a = (l1 * l1 + dist * dist - l2 * l2) / (2 * l1 * dist)
    a = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    return add(root, mul(rot(unit(d), sign * a), l1)), target


def torso_up(pose: Pose) -> Point:
    """Unit vector from hip to shoulder."""
    return rot((0.0, -1.0), pose.torso)


def shoulder_of(pose: Pose) -> Point:
    """Shoulder joint position."""
    return frame_point(pose.hip, torso_up(pose), SHOULDER_LOCAL)


def knee_and_ankle(hip: Point, leg: Leg) -> tuple[Point, Point]:
    """Knee and ankle positions for a leg."""
    if leg.knee is not None:
        return leg.knee, leg.ankle
    return two_bone(hip, leg.ankle, THIGH, SHIN, -1.0)


def foot_axes(angle: float) -> tuple[Point, Point]:
    """(toe direction, sole direction) for a foot angle."""
    fwd = rot((1.0, 0.0), -angle)
    return fwd, rot(fwd, 90.0)


def foot_point(ankle: Point, angle: float, local: Point) -> Point:
    """Map a point in foot coordinates (x to the toes, y to the sole) to the screen."""
    fwd, sole = foot_axes(angle)
    return add(ankle, add(mul(fwd, local[0]), mul(sole, local[1])))


def ankle_for(local: Point, contact: Point, angle: float) -> Point:
    """Ankle position that puts foot point 'local' on 'contact'."""
    return sub(contact, sub(foot_point((0.0, 0.0), angle, local), (0.0, 0.0)))


def flat(x: float, floor: float = FLOOR, toes: float = 0.0) -> Leg:
    """A foot standing flat with the ankle above x."""
    return Leg(ankle=(x, floor - ANKLE_H), foot=0.0, toes=toes)


def on_heel(x: float, angle: float, floor: float = FLOOR) -> Leg:
    """A foot resting on its heel at x with the toes raised by angle."""
    return Leg(ankle=ankle_for(HEEL_LOCAL, (x, floor), angle), foot=angle)


def on_ball(x: float, angle: float, floor: float = FLOOR) -> Leg:
    """A foot up on its ball at x (heel raised; angle < 0), toes flat on the floor."""
    return Leg(ankle=ankle_for(BALL_LOCAL, (x, floor), angle), foot=angle, toes=-angle)


def on_shin(hip: Point, leg: Leg, t: float, offset: float) -> Point:
    """A point on the shin, t from knee (0) to ankle (1), offset px behind it."""
    knee, ankle = knee_and_ankle(hip, leg)
    back = rot(unit(sub(ankle, knee)), 90.0)
    return add(lerp(knee, ankle, t), mul(back, offset))


# --- drawing the figure --------------------------------------------------------------------
def foot_outline(ankle: Point, angle: float, toes: float) -> list[Point]:
    """Outline points of a profile foot."""
    toe_pts = [(22.0, 4.5), (25.5, 6.5), (25.0, 9.0), (22.0, 10.3)]
    toe_pts = [add(TOE_PIVOT, rot(sub(p, TOE_PIVOT), -toes)) for p in toe_pts]
    local = [
        (4.0, -5.0),
        (12.0, 1.0),
        (16.5, 3.5),
        *toe_pts,
        (15.0, 10.3),
        (0.0, 10.5),
        (-5.5, 9.5),
        (-7.5, 5.0),
        (-6.0, -3.0),
    ]
    return [foot_point(ankle, angle, p) for p in local]


def draw_foot(svg: Svg, ankle: Point, leg: Leg, colour: str) -> None:
    """A bare foot in profile."""
    polygon(svg, foot_outline(ankle, leg.foot, leg.toes), colour)


def draw_sole(svg: Svg, ankle: Point, leg: Leg, colour: str) -> None:
    """A foot seen from the sole (used for a foot crossed over the other knee)."""
    up = mul(rot((0.0, -1.0), leg.foot), 1.3)
    d = path_d(
        frame_point(ankle, up, (-5.0, 2.0)),
        ("Q", [frame_point(ankle, up, (0.0, -4.0)), frame_point(ankle, up, (5.0, 2.0))]),
        ("Q", [frame_point(ankle, up, (9.0, 16.0)), frame_point(ankle, up, (8.0, 27.0))]),
        ("Q", [frame_point(ankle, up, (0.0, 33.0)), frame_point(ankle, up, (-8.0, 27.0))]),
        ("Q", [frame_point(ankle, up, (-6.0, 14.0)), frame_point(ankle, up, (-5.0, 2.0))]),
    )
    shape(svg, d, colour)
    for i, (x, y) in enumerate([(-6.0, 30.5), (-2.2, 33.0), (1.8, 33.0), (5.0, 31.2), (7.6, 28.6)]):
        circle(svg, frame_point(ankle, up, (x, y)), 2.9 if i == 0 else 2.1, colour)


def muscle(svg: Svg, a: Point, b: Point, t0: float, t1: float, bulge: float) -> None:
    """Accent the back of a limb segment a->b between fractions t0 and t1."""
    back = rot(unit(sub(b, a)), 90.0)
    p0, p1 = lerp(a, b, t0), lerp(a, b, t1)
    mid = lerp(a, b, (t0 + t1) / 2)
    out = add(mid, mul(back, bulge))
    inner = add(mid, mul(back, -1.0))
    d = path_d(p0, ("Q", [add(out, mul(sub(p0, p1), 0.15)), p1]), ("Q", [inner, p0]))
    svg.add("path", d=d, fill=ACCENT, stroke="none")


def draw_leg(svg: Svg, hip: Point, leg: Leg, near: bool, highlight: str) -> None:
    """Thigh, shin and foot; the near leg is brighter and may carry an accent."""
    knee, ankle = knee_and_ankle(hip, leg)
    cloth, skin = (TEAL, SKIN) if near else (TEAL_FAR, SKIN_FAR)
    stroke(svg, [hip, knee], THIGH_W + 2 * LINE, OUTLINE)
    stroke(svg, [knee, ankle], SHIN_W + 2 * LINE, OUTLINE)
    if not leg.sole_view:
        draw_foot(svg, ankle, leg, skin)
    stroke(svg, [knee, ankle], SHIN_W, cloth)
    stroke(svg, [hip, knee], THIGH_W, cloth)
    if near and highlight == "calf":
        muscle(svg, knee, ankle, 0.14, 0.72, 7.0)
    if near and highlight == "hamstring":
        muscle(svg, hip, knee, 0.25, 0.92, 9.0)


def draw_arm(svg: Svg, pose: Pose, hand: Point, near: bool) -> None:
    """Sleeved upper arm, bare forearm and a round hand."""
    shoulder = shoulder_of(pose)
    elbow, wrist = two_bone(shoulder, hand, UPPER_ARM, FOREARM, 1.0)
    sleeve, skin = (TOP, SKIN) if near else (TOP_FAR, SKIN_FAR)
    stroke(svg, [shoulder, elbow], UPPER_ARM_W + 2 * LINE, OUTLINE)
    stroke(svg, [elbow, wrist], FOREARM_W + 2 * LINE, OUTLINE)
    stroke(svg, [elbow, wrist], FOREARM_W, skin)
    stroke(svg, [shoulder, elbow], UPPER_ARM_W, sleeve)
    circle(svg, wrist, HAND_R, skin)


def draw_hips(svg: Svg, pose: Pose) -> None:
    """The seat of the leggings."""
    up = torso_up(pose)

    def p(x: float, y: float) -> Point:
        return frame_point(pose.hip, up, (x, y))

    hips = path_d(
        p(-16, 12),
        ("Q", [p(-20, -10), p(-4, -15)]),
        ("Q", [p(14, -16), p(17, 4)]),
        ("L", [p(12, 14)]),
    )
    shape(svg, hips, TEAL)


def draw_top(svg: Svg, pose: Pose) -> None:
    """The top and the pregnancy bump."""
    up = torso_up(pose)

    def p(x: float, y: float) -> Point:
        return frame_point(pose.hip, up, (x, y))

    top = path_d(
        p(-16, 8),
        ("C", [p(-19, 30), p(-17, 48), p(-13, 62)]),
        ("Q", [p(-10, 72), p(0, 73)]),
        ("Q", [p(10, 73), p(12, 63)]),
        ("C", [p(15, 54), p(14, 47), p(11, 43)]),
        ("C", [p(28, 43), p(40, 31), p(39, 18)]),
        ("C", [p(38, 4), p(26, -2), p(12, 2)]),
        ("Q", [p(-3, 4), p(-16, 8)]),
    )
    shape(svg, top, TOP)
    stroke(svg, [p(27, 35), p(33, 29), p(35, 21)], 3.0, TOP_SHINE)


def draw_head(svg: Svg, pose: Pose) -> None:
    """Neck, head, hair bun, eye and a small smile."""
    up_t = torso_up(pose)
    neck = frame_point(pose.hip, up_t, (2.0, TORSO - 2))
    up = rot(up_t, pose.head)
    centre = add(neck, mul(up, NECK + HEAD_R - 2))
    capsule(svg, [neck, add(neck, mul(up, NECK))], 9.0, SKIN)

    def h(x: float, y: float) -> Point:
        return frame_point(centre, up, (x, y))

    circle(svg, h(-14.5, 9.5), 7.0, HAIR)
    circle(svg, centre, HEAD_R, SKIN)
    hair = path_d(
        h(9, 11),
        ("Q", [h(0, 20), h(-12, 12)]),
        ("Q", [h(-19, 2), h(-12, -8)]),
        ("Q", [h(-7, -3), h(-7, 3)]),
        ("Q", [h(1, 6), h(9, 11)]),
    )
    shape(svg, hair, HAIR)
    stroke(svg, [h(-4, 14.5), h(-10, 10.5)], 2.0, HAIR_SHINE)
    if pose.eyes_closed:
        d = path_d(h(4.5, 2), ("Q", [h(7, -0.5), h(9.5, 2)]), close=False)
        svg.add("path", d=d, fill="none", stroke=OUTLINE, stroke_width=1.6, stroke_linecap="round")
    else:
        circle(svg, h(7.5, 2.0), 1.9, OUTLINE, outline=False)
    smile = path_d(h(7.5, -6), ("Q", [h(10, -8.5), h(12.5, -6)]), close=False)
    svg.add("path", d=smile, fill="none", stroke=OUTLINE, stroke_width=1.4, stroke_linecap="round")
    circle(svg, h(3.5, -3.5), 2.6, "#E39480", outline=False)


def draw_figure(svg: Svg, pose: Pose) -> None:
    """The whole figure, back to front."""
    draw_figure_with(svg, pose, between_legs=None)


def draw_figure_with(svg: Svg, pose: Pose, between_legs: Callable[[], None] | None) -> None:
    """The whole figure, with an optional prop drawn between the far and near legs."""
    draw_arm(svg, pose, pose.far_hand, near=False)
    draw_leg(svg, pose.hip, pose.far_leg, near=False, highlight="")
    if between_legs is not None:
        between_legs()
    draw_hips(svg, pose)
    draw_leg(svg, pose.hip, pose.near_leg, near=True, highlight=pose.highlight)
    draw_top(svg, pose)
    if pose.far_leg.sole_view:  # a foot crossed over the near knee sits in front
        draw_sole(svg, pose.far_leg.ankle, pose.far_leg, SKIN)
    draw_head(svg, pose)
    draw_arm(svg, pose, pose.near_hand, near=True)
    if pose.thumb is not None:
        capsule(svg, [pose.near_hand, pose.thumb], 4.5, SKIN)


# --- props ---------------------------------------------------------------------------------
def floor_line(svg: Svg, x0: float = 20.0, x1: float = 380.0) -> None:
    """The ground."""
    stroke(svg, [(x0, FLOOR + 1.5), (x1, FLOOR + 1.5)], 3.0, PROP_DARK)


def wall(svg: Svg, x: float, width: float = 24.0, top: float = 34.0) -> None:
    """A wall section whose face is at x (to the right of the figure if width > 0)."""
    left = x if width > 0 else x + width
    rect(svg, left, top, abs(width), FLOOR - top, PROP, r=2.0)
    rect(svg, left, FLOOR - 16, abs(width), 16, PROP_DARK, r=1.0)


def counter(svg: Svg, x: float, top: float) -> None:
    """A kitchen counter whose front edge is at x."""
    rect(svg, x + 6, top + 8, 390 - x - 6, FLOOR - top - 8, PROP, r=2.0)
    stroke(svg, [(x + 14, top + 22), (x + 14, FLOOR - 10)], 2.0, PROP_DARK)
    capsule(svg, [(x + 22, top + 34), (x + 22, top + 50)], 3.0, PROP_DARK)
    rect(svg, x, top, 394 - x, 9, PROP_DARK, r=2.5)


def chair(svg: Svg, back_x: float, front_x: float, seat_y: float = SEAT_Y) -> None:
    """A plain side-view chair with the backrest on the left."""
    for x in (back_x + 4, front_x - 4):
        capsule(svg, [(x, seat_y + 6), (x, FLOOR - 1)], 4.0, PROP_DARK)
    capsule(svg, [(back_x + 4, seat_y), (back_x + 1, seat_y - 78)], 6.0, PROP_DARK)
    rect(svg, back_x - 2, seat_y - 74, 9, 40, PROP, r=4.0)
    rect(svg, back_x, seat_y, front_x - back_x, 8, PROP, r=3.0)


def stool(svg: Svg, x0: float, x1: float, top: float) -> None:
    """A padded footstool."""
    for x in (x0 + 6, x1 - 6):
        capsule(svg, [(x, top + 10), (x, FLOOR - 1)], 4.0, PROP_DARK)
    rect(svg, x0, top, x1 - x0, 14, PROP, r=6.0)


def pillow(svg: Svg, c: Point, w: float, h: float, angle: float = 0.0) -> None:
    """A soft pillow (a puffy rounded rectangle), rotated by angle degrees."""
    svg.open_group(f"rotate({fmt(angle)} {fmt(c[0])} {fmt(c[1])})")
    x, y = c
    rect(svg, x - w / 2, y - h / 2, w, h, PROP_LIGHT, r=min(w, h) * 0.42)
    if w > h:
        stroke(svg, [(x - w * 0.25, y), (x + w * 0.25, y)], 1.5, PROP)
    else:
        stroke(svg, [(x, y - h * 0.25), (x, y + h * 0.25)], 1.5, PROP)
    svg.close_group()


def hot_water_bottle(svg: Svg, c: Point, angle: float = 0.0) -> None:
    """A hot-water bottle in a knitted cover."""
    svg.open_group(f"rotate({fmt(angle)} {fmt(c[0])} {fmt(c[1])})")
    x, y = c
    rect(svg, x + 22, y - 4, 8, 8, PROP_DARK, r=2.0)
    rect(svg, x - 24, y - 9, 48, 18, PROP_LIGHT, r=8.0)
    for i in range(5):
        cx = x - 16 + i * 8
        stroke(svg, [(cx - 3, y - 3), (cx, y), (cx + 3, y - 3)], 1.4, PROP_DARK)
        stroke(svg, [(cx - 3, y + 3), (cx, y + 6), (cx + 3, y + 3)], 1.4, PROP_DARK)
    svg.close_group()


def arrow(svg: Svg, points: Sequence[Point], head: float = 8.0) -> None:
    """An amber motion arrow along a polyline, with an arrowhead at the end."""
    end, before = points[-1], points[-2]
    d = unit(sub(end, before))
    n = rot(d, 90.0)
    tip = add(end, mul(d, head * 0.6))
    wing1 = add(sub(end, mul(d, head * 0.5)), mul(n, head * 0.75))
    wing2 = add(sub(end, mul(d, head * 0.5)), mul(n, -head * 0.75))
    body = [*points[:-1], sub(end, mul(d, 2.0))]
    stroke(svg, body, 4.0 + 2 * LINE, OUTLINE)
    polygon(svg, [tip, wing1, wing2], ARROW)
    stroke(svg, body, 4.0, ARROW)


def smooth(p0: Point, ctrl: Point, p1: Point, steps: int = 12) -> list[Point]:
    """Points along a quadratic curve."""
    out = []
    for i in range(steps + 1):
        t = i / steps
        a, b = lerp(p0, ctrl, t), lerp(ctrl, p1, t)
        out.append(lerp(a, b, t))
    return out


def arc(c: Point, rx: float, ry: float, start: float, end: float, steps: int = 28) -> list[Point]:
    """Points along an elliptical arc (degrees, clockwise on screen)."""
    return [
        (c[0] + rx * math.cos(math.radians(a)), c[1] + ry * math.sin(math.radians(a)))
        for a in (start + (end - start) * i / steps for i in range(steps + 1))
    ]


def warmth(svg: Svg, base: Point) -> None:
    """Three small wavy 'warmth' lines rising from base."""
    for dx in (-12.0, 0.0, 12.0):
        x, y = base[0] + dx, base[1]
        wave = [(x + 3.0 * math.sin(i * math.pi / 3), y - i * 3.4) for i in range(7)]
        stroke(svg, wave, 3.0 + 2 * LINE, OUTLINE)
        stroke(svg, wave, 3.0, ARROW)


# --- exercises -----------------------------------------------------------------------------
Scene = Callable[[Svg, int], None]


@dataclass(frozen=True)
class View:
    """Zoom: content point (focus_x, FLOOR) lands at (200, floor_y), scaled by 'scale'."""

    scale: float = 1.0
    focus_x: float = 200.0
    floor_y: float = FLOOR

    def map(self, p: Point) -> Point:
        """Content coordinates to canvas coordinates."""
        x = 200 + self.scale * (p[0] - self.focus_x)
        return (x, self.floor_y + self.scale * (p[1] - FLOOR))

    def open(self, svg: Svg) -> None:
        """Start a group that applies this view."""
        tx, ty = self.map((0.0, 0.0))
        svg.open_group(f"translate({fmt(tx)} {fmt(ty)}) scale({self.scale:g})")


WALL_X = 332.0
SEATED_VIEW = View(1.32, 150.0, 272.0)


def standing_wall_calf_stretch(svg: Svg, i: int) -> None:
    """Hands on the wall; the near leg steps back, heel down, knee straight."""
    floor_line(svg)
    wall(svg, WALL_X)
    if i == 0:
        pose = Pose(
            hip=(250, 157),
            torso=3,
            near_leg=flat(246),
            far_leg=flat(256),
            near_hand=(WALL_X - 5, 104),
            far_hand=(WALL_X - 5, 96),
        )
    else:
        back = flat(178)
        hip = along(back.ankle, 37, LEG_REACH - 0.3)
        pose = Pose(
            hip=hip,
            torso=30,
            head=-8,
            near_leg=back,
            far_leg=flat(282),
            near_hand=(WALL_X - 5, 110),
            far_hand=(WALL_X - 5, 102),
        )
    draw_figure(svg, pose)


def seated_towel_calf_stretch(svg: Svg, i: int) -> None:
    """Sitting against the wall, a towel round the ball of the straight near leg's foot."""
    floor_line(svg)
    wall(svg, 46, width=-24, top=120)
    pillow(svg, (62, 212), 20, 62, -8)
    hip = (88.0, FLOOR - 14)
    foot = 62.0 if i == 0 else 98.0
    near = Leg(ankle=(hip[0] + LEG_REACH - 0.5, FLOOR - 9), foot=foot)
    hand = (140.0, 210.0) if i == 0 else (128.0, 204.0)
    pose = Pose(
        hip=hip,
        torso=-8,
        head=6,
        near_leg=near,
        far_leg=Leg(ankle=(hip[0] + 92, FLOOR - 9), foot=foot - 10),
        near_hand=hand,
        far_hand=add(hand, (4, -5)),
    )
    draw_figure(svg, pose)
    side = foot_point(near.ankle, near.foot, (15.0, 6.0))
    capsule(
        svg,
        [
            foot_point(near.ankle, near.foot, (8.0, 13.5)),
            foot_point(near.ankle, near.foot, (21.0, 13.5)),
        ],
        5.0,
        PROP_LIGHT,
    )
    capsule(
        svg,
        [add(hand, (4, -2)), side, foot_point(near.ankle, near.foot, (14.0, 13.5))],
        7.0,
        PROP_LIGHT,
    )
    circle(svg, hand, HAND_R, SKIN)
    if i == 1:
        tip = foot_point(near.ankle, near.foot, (34.0, 0.0))
        arrow(svg, smooth(tip, add(tip, (2, -14)), add(tip, (-12, -22)), 8))


def chair_hip(x: float = 92.0) -> Point:
    """Hip position for sitting on the standard chair."""
    return (x, SEAT_Y - 12)


def seated_scene(svg: Svg) -> None:
    """Floor and chair used by the seated exercises."""
    floor_line(svg, 30, 300)
    chair(svg, 60, 140)


def ankle_pumps(svg: Svg, i: int) -> None:
    """Seated, heel on the floor; toes pulled towards the shin."""
    seated_scene(svg)
    near = on_heel(174, 50 if i == 0 else 74)
    pose = Pose(
        hip=chair_hip(),
        torso=-2,
        near_leg=near,
        far_leg=flat(148),
        near_hand=(124, 196),
        far_hand=(130, 192),
    )
    draw_figure(svg, pose)
    if i == 1:
        tip = foot_point(near.ankle, near.foot, (30.0, -4.0))
        arrow(svg, smooth(add(tip, (12, 10)), add(tip, (10, -6)), add(tip, (-4, -12)), 8))


def ankle_circles(svg: Svg, i: int) -> None:
    """Seated, foot lifted and circling."""
    seated_scene(svg)
    ankle = (182.0, 232.0)
    near = Leg(ankle=ankle, foot=78 if i == 0 else 12)
    pose = Pose(
        hip=chair_hip(),
        torso=-2,
        near_leg=near,
        far_leg=flat(148),
        near_hand=(118, 192),
        far_hand=(124, 190),
    )
    draw_figure(svg, pose)
    arrow(svg, arc(add(ankle, (14, -8)), 30, 24, 150, 450), 9.0)


COUNTER_X = 290.0


def counter_scene(svg: Svg) -> None:
    """Floor and kitchen counter."""
    floor_line(svg)
    counter(svg, COUNTER_X, 141)


def counter_pose(legs: tuple[Leg, Leg], lean: float = 0.0) -> Pose:
    """Standing tall at the counter (straight legs), both hands resting on it."""
    hip = along(lerp(legs[0].ankle, legs[1].ankle, 0.5), lean, LEG_REACH - 1.0)
    return Pose(
        hip=hip,
        torso=7,
        near_leg=legs[0],
        far_leg=legs[1],
        near_hand=(COUNTER_X + 10, 135),
        far_hand=(COUNTER_X + 4, 134),
    )


def heel_arrow(svg: Svg, leg: Leg) -> None:
    """A short upward arrow just behind a raised heel."""
    heel = foot_point(leg.ankle, leg.foot, (-8.0, 8.0))
    arrow(svg, [add(heel, (-10, 12)), add(heel, (-10, -12))], 8.0)


def heel_toe_rolls(svg: Svg, i: int) -> None:
    """Rock back onto the heels, then up onto the balls of the feet."""
    counter_scene(svg)
    if i == 0:
        legs = (on_heel(229, 24), on_heel(237, 24))
        pose = counter_pose(legs, lean=-2)
        toe = foot_point(legs[1].ankle, legs[1].foot, (27.0, 4.0))
        arrow(svg, [add(toe, (10, 10)), add(toe, (10, -12))], 8.0)
    else:
        legs = (on_ball(240, -30), on_ball(248, -30))
        pose = counter_pose(legs, lean=3)
        heel_arrow(svg, legs[0])
    draw_figure(svg, pose)


def supported_heel_raises(svg: Svg, i: int) -> None:
    """Both hands on the counter; heels rise together."""
    counter_scene(svg)
    if i == 0:
        pose = counter_pose((flat(230), flat(238)), lean=1)
    else:
        legs = (on_ball(240, -32), on_ball(248, -32))
        pose = counter_pose(legs, lean=3)
        heel_arrow(svg, legs[0])
    draw_figure(svg, pose)


def toe_spreads(svg: Svg, i: int) -> None:
    """Seated with a bare foot; toes lift and spread (close-up in the inset)."""
    seated_scene(svg)
    near = flat(166, toes=0 if i == 0 else 28)
    pose = Pose(
        hip=chair_hip(),
        torso=-2,
        near_leg=near,
        far_leg=flat(150),
        near_hand=(124, 196),
        far_hand=(130, 192),
    )
    draw_figure(svg, pose)
    inset(svg, (244.0, 168.0), foot_point(near.ankle, 0, (20, -4)), spread=i == 1)


def inset(svg: Svg, c: Point, target: Point, spread: bool) -> None:
    """A round close-up of a right foot seen from above."""
    r = 44.0
    edge = add(c, mul(unit(sub(target, c)), r))
    stroke(svg, [edge, add(target, mul(unit(sub(c, target)), 12))], 1.5, PROP_DARK)
    circle(svg, c, r, CARD)
    x, y = c[0], c[1] + 8
    k = 0.7
    d = path_d(
        (x - 8 * k, y + 40 * k),
        ("C", [(x - 24 * k, y + 10 * k), (x - 30 * k, y - 16 * k), (x - 20 * k, y - 26 * k)]),
        ("Q", [(x, y - 34 * k), (x + 20 * k, y - 20 * k)]),
        ("C", [(x + 22 * k, y - 4 * k), (x + 16 * k, y + 14 * k), (x + 14 * k, y + 40 * k)]),
        ("Q", [(x + 4 * k, y + 50 * k), (x - 8 * k, y + 40 * k)]),
    )
    toes = [
        (-17.0, -35.0, 6.0),
        (-4.5, -39.0, 4.3),
        (5.0, -37.5, 4.0),
        (13.0, -33.0, 3.6),
        (19.5, -26.5, 3.2),
    ]
    for n, (tx, ty, tr) in enumerate(toes):
        fan = (n - 1.4) * 3.5 if spread else 0.0
        ellipse(
            svg,
            (x + (tx + fan) * k, y + (ty + abs(fan) * 0.4) * k),
            tr * k,
            tr * 1.35 * k,
            SKIN,
            (n - 1.4) * (14.0 if spread else 4.0),
        )
    shape(svg, d, SKIN)
    if spread:
        arrow(svg, [(x - 22, y - 20), (x - 34, y - 20)], 6.0)
        arrow(svg, [(x + 21, y - 12), (x + 33, y - 12)], 6.0)


def seated_hamstring_stretch(svg: Svg, i: int) -> None:
    """Edge of the chair, near heel forward with toes up; hinge forward with a long back."""
    seated_scene(svg)
    hip = chair_hip(116)
    near = on_heel(198, 68)
    torso = 0 if i == 0 else 24
    hand = (150, 194) if i == 0 else (168, 208)
    pose = Pose(
        hip=hip,
        torso=torso,
        head=-torso * 0.4,
        near_leg=near,
        far_leg=flat(166),
        near_hand=hand,
        far_hand=add(hand, (6, -4)),
        highlight="hamstring",
    )
    draw_figure(svg, pose)


BED_TOP = 214.0
BOARD_X = 296.0
HEADBOARD_X = 108.0


def bed(svg: Svg) -> None:
    """A side-view bed: headboard left, footboard right."""
    floor_line(svg)
    rect(svg, HEADBOARD_X - 16, 112, 16, FLOOR - 112, PROP_DARK, r=4.0)
    rect(svg, BOARD_X, 176, 16, FLOOR - 176, PROP_DARK, r=4.0)
    rect(svg, HEADBOARD_X - 2, BED_TOP + 24, BOARD_X - HEADBOARD_X + 4, 14, PROP_DARK, r=2.0)
    rect(svg, HEADBOARD_X - 2, BED_TOP, BOARD_X - HEADBOARD_X + 4, 26, PROP_LIGHT, r=8.0)


def bed_wall_foot_press(svg: Svg, i: int) -> None:
    """Propped up in bed; the ball of the foot presses the footboard, heel pushed away."""
    bed(svg)
    pillow(svg, (126, 192), 30, 46, -12)
    pillow(svg, (136, 158), 26, 56, -22)
    hip = (182.0, BED_TOP - 12)
    if i == 0:
        near = Leg(ankle=(hip[0] + 97, BED_TOP - 10), foot=70)
    else:
        near = Leg(ankle=(BOARD_X - 10.5, BED_TOP - 8), foot=96, toes=16)
    far = Leg(ankle=(hip[0] + 96, BED_TOP - 10), foot=60)
    pose = Pose(
        hip=hip,
        torso=-24,
        head=14,
        near_leg=near,
        far_leg=far,
        near_hand=(204, 196),
        far_hand=(210, 192),
    )
    draw_figure(svg, pose)
    if i == 1:
        heel = foot_point(near.ankle, near.foot, (-6.0, 0.0))
        arrow(svg, [add(heel, (-30, 16)), add(heel, (-4, 16))], 8.0)
        tip = foot_point(near.ankle, near.foot, (30.0, -2.0))
        arrow(svg, smooth(add(tip, (4, 8)), add(tip, (2, -6)), add(tip, (-10, -8)), 8), 7.0)


def foot_massage(svg: Svg, i: int) -> None:
    """Far foot crossed over the near knee, thumb working along the sole."""
    seated_scene(svg)
    hip = chair_hip()
    near = flat(142)
    knee, _ = knee_and_ankle(hip, near)
    far_ankle = add(knee, (2, -12))
    far = Leg(ankle=far_ankle, foot=30, knee=add(knee, (-12, -16)), sole_view=True)
    up = mul(rot((0.0, -1.0), far.foot), 1.3)
    thumb = frame_point(far_ankle, up, (0.0, 6.0 if i == 0 else 20.0))
    pose = Pose(
        hip=hip,
        torso=12,
        near_leg=near,
        far_leg=far,
        near_hand=frame_point(far_ankle, up, (-10.0, 4.0 if i == 0 else 16.0)),
        thumb=thumb,
        far_hand=frame_point(far_ankle, up, (9.0, 22.0)),
        highlight="",
    )
    draw_figure(svg, pose)
    arrow(
        svg,
        [frame_point(far_ankle, up, (15.0, 4.0)), frame_point(far_ankle, up, (16.0, 24.0))],
        7.0,
    )


STOOL_TOP = 232.0


def warm_compress(svg: Svg, i: int) -> None:
    """Place a wrapped hot-water bottle on the footstool, then rest the calf on it."""
    floor_line(svg, 30, 300)
    chair(svg, 60, 140)
    stool(svg, 150, 232, STOOL_TOP)
    hip = chair_hip()
    bottle = (174.0, STOOL_TOP - 8)
    hot_water_bottle(svg, bottle)
    if i == 0:
        hand = sub(bottle, (20, 4))
        pose = Pose(
            hip=hip,
            torso=30,
            head=-14,
            near_leg=flat(144),
            far_leg=flat(126),
            near_hand=hand,
            far_hand=add(hand, (5, -4)),
            highlight="",
        )
        draw_figure(svg, pose)
        arrow(svg, [add(bottle, (4, -38)), add(bottle, (4, -20))], 8.0)
    else:
        near = Leg(ankle=(hip[0] + 103, 209), foot=62)
        pose = Pose(
            hip=hip,
            torso=-10,
            head=8,
            near_leg=near,
            far_leg=flat(126),
            near_hand=(128, 196),
            far_hand=(134, 192),
        )
        warmth(svg, (bottle[0], 194))
        draw_figure(svg, pose)


RAIL_Y = 146.0


def gentle_walk(svg: Svg, i: int) -> None:
    """Two phases of an easy stride beside a hand rail."""
    floor_line(svg)
    capsule(svg, [(30, RAIL_Y), (370, RAIL_Y)], 6.0, PROP_DARK)
    for x in (60.0, 340.0):
        capsule(svg, [(x, RAIL_Y), (x, FLOOR - 2)], 6.0, PROP)
    front, back = on_heel(236, 16), on_ball(186, -28)
    hip = (200.0, 161.0)
    legs = (front, back) if i == 0 else (back, front)
    swing = (180.0, 176.0) if i == 0 else (226.0, 172.0)
    pose = Pose(
        hip=hip,
        torso=4,
        near_leg=legs[0],
        far_leg=legs[1],
        near_hand=swing,
        far_hand=(222.0 if i == 0 else 226.0, RAIL_Y - 3),
        highlight="",
    )
    draw_figure(svg, pose)


def side_lying_legs(hip: Point, flex: float, bend: float) -> list[Leg]:
    """Near and far legs of a side-lying figure: hip flexion and knee bend in degrees."""
    legs = []
    for extra in (0.0, 6.0):
        knee = add(hip, mul(rot((0.0, 1.0), -(flex + extra)), THIGH))
        shin = rot(unit(sub(knee, hip)), bend - extra)
        legs.append(Leg(ankle=add(knee, mul(shin, SHIN)), foot=-(bend - flex) - 18.0, knee=knee))
    return legs


def side_lying_leg_elevation(svg: Svg, i: int) -> None:
    """Seen from above: lying on the left side, pillow between the knees, feet on a pillow.

    The figure is posed upright and turned 90 degrees clockwise about TURN, so her right side
    faces the viewer and her head lies on the pillow at the right.
    """
    turn: Point = (200.0, 150.0)
    hip = (200.0, 140.0)
    rest = side_lying_legs(hip, 50.0, 92.0)
    legs = rest if i == 1 else side_lying_legs(hip, 44.0, 22.0)
    feet = lerp(rest[0].ankle, rest[1].ankle, 0.5)
    rect(svg, 24, 46, 352, 214, PROP, r=16.0)
    stroke(svg, [(62, 50), (62, 256)], 2.0, PROP_DARK)
    pillow(svg, (330, 150), 52, 150)
    pillow(svg, add(turn, rot(sub(add(feet, (6, 2)), turn), 90.0)), 38, 56)
    knees = lerp(legs[0].knee or hip, legs[1].knee or hip, 0.5)
    svg.open_group(f"rotate(90 {fmt(turn[0])} {fmt(turn[1])})")
    pose = Pose(
        hip=hip,
        torso=4,
        head=10,
        eyes_closed=i == 1,
        near_leg=legs[0],
        far_leg=legs[1],
        near_hand=add(hip, (24, 4)),
        far_hand=add(hip, (22, -96)),
        highlight="",
    )
    draw_figure_with(svg, pose, lambda: pillow(svg, add(knees, (-4, 4)), 44, 22, 35))
    svg.close_group()
    if i == 1:
        zed(svg, (292, 74), 8.0)
        zed(svg, (310, 58), 5.5)


def zed(svg: Svg, c: Point, s: float) -> None:
    """A small drawn 'z' for sleep (a shape, not text)."""
    z = [(c[0] - s, c[1] - s), (c[0] + s, c[1] - s), (c[0] - s, c[1] + s), (c[0] + s, c[1] + s)]
    stroke(svg, z, 2.5 + 2 * LINE, OUTLINE)
    stroke(svg, z, 2.5, CARD)


def red_flag_check(svg: Svg, i: int) -> None:
    """Seated with the leg up on a stool, a hand on the calf, and a question-mark badge."""
    floor_line(svg, 30, 300)
    chair(svg, 60, 140)
    stool(svg, 160, 240, STOOL_TOP)
    hip = chair_hip()
    near = Leg(ankle=(hip[0] + 94, STOOL_TOP - 9), foot=62)
    pose = Pose(
        hip=hip,
        torso=22,
        head=-12,
        near_leg=near,
        far_leg=flat(126),
        near_hand=on_shin(hip, near, 0.24 if i == 0 else 0.34, 6.0),
        far_hand=(138, 200),
    )
    draw_figure(svg, pose)
    question_badge(svg, (244.0, 150.0))


def question_badge(svg: Svg, c: Point) -> None:
    """A round amber badge with a drawn question mark."""
    circle(svg, c, 28, ARROW)
    x, y = c
    hook = [
        *smooth((x - 9, y - 8), (x - 8, y - 20), (x + 1, y - 19), 6),
        *smooth((x + 10, y - 18), (x + 9, y - 6), (x, y - 2), 6)[1:],
        (x, y + 5),
    ]
    stroke(svg, hook, 5.5, OUTLINE)
    circle(svg, (x, y + 14), 3.8, OUTLINE, outline=False)


EXERCISES: dict[str, tuple[Scene, int, View]] = {
    "standing_wall_calf_stretch": (standing_wall_calf_stretch, 2, View()),
    "seated_towel_calf_stretch": (seated_towel_calf_stretch, 2, View(1.4, 130.0, 262.0)),
    "ankle_pumps": (ankle_pumps, 2, SEATED_VIEW),
    "ankle_circles": (ankle_circles, 2, SEATED_VIEW),
    "heel_toe_rolls": (heel_toe_rolls, 2, View()),
    "supported_heel_raises": (supported_heel_raises, 2, View()),
    "toe_spreads": (toe_spreads, 2, View(1.32, 162.0, 272.0)),
    "seated_hamstring_stretch": (seated_hamstring_stretch, 2, SEATED_VIEW),
    "bed_wall_foot_press": (bed_wall_foot_press, 2, View(1.15, 190.0, 276.0)),
    "foot_massage": (foot_massage, 2, View(1.45, 125.0, 280.0)),
    "warm_compress": (warm_compress, 2, SEATED_VIEW),
    "gentle_walk": (gentle_walk, 2, View()),
    "side_lying_leg_elevation": (side_lying_leg_elevation, 2, View()),
    "red_flag_check": (red_flag_check, 2, View(1.32, 158.0, 272.0)),
}


# --- app icon ------------------------------------------------------------------------------
def icon() -> Svg:
    """The app icon: a teal badge with a bump silhouette and a crescent moon."""
    svg = Svg(256, 256)
    svg.add(
        "rect", x=8, y=8, width=240, height=240, rx=56, fill=TEAL, stroke=OUTLINE, stroke_width=4
    )
    circle(svg, (186, 70), 26, ARROW, outline=False)
    circle(svg, (200, 60), 24, TEAL, outline=False)
    body = path_d(
        (116, 92),
        ("C", [(98, 100), (92, 118), (94, 142)]),
        ("C", [(96, 170), (90, 196), (94, 216)]),
        ("L", [(150, 216)]),
        ("C", [(180, 212), (200, 188), (198, 162)]),
        ("C", [(196, 136), (174, 124), (152, 126)]),
        ("C", [(158, 112), (148, 100), (136, 96)]),
        ("L", [(134, 88)]),
    )
    svg.add("path", d=body, fill=CARD)
    circle(svg, (126, 70), 25, CARD, outline=False)
    circle(svg, (98, 58), 12, CARD, outline=False)
    stroke(svg, [(170, 150), (178, 164), (176, 180)], 6.0, PROP_LIGHT)
    return svg


# --- main ----------------------------------------------------------------------------------
def render(scene: Scene, i: int, view: View) -> str:
    """Render one frame of a scene to SVG text."""
    svg = Svg()
    zoomed = view != View()
    if zoomed:
        view.open(svg)
    scene(svg, i)
    if zoomed:
        svg.close_group()
    return svg.text()


def write(path: Path, text: str) -> None:
    """Write text with Unix newlines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def main() -> int:
    """Regenerate every illustration and the icon."""
    for name, (scene, frames, view) in EXERCISES.items():
        for i in range(frames):
            MISSES.clear()
            write(ILLUSTRATIONS / name / f"frame{i + 1}.svg", render(scene, i, view))
            for miss in MISSES:
                print(f"warning: {name} frame{i + 1}: {miss}", file=sys.stderr)
    write(ICON, icon().text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
