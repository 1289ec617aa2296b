"""Day, night and high-contrast looks, and the one stylesheet that draws them.

Night is dark and warm with no pure white (3 a.m. eyes) but still 4.5:1 for text; high
contrast is black with white and yellow text (7:1 and more) and thick borders. Font sizes
are relative to the system font, times the person's text scale, so the app follows the
desktop's size and can be made larger on top of it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from coach.core import resources
from coach.core.record import record

BASE_PT = 9.0  # the system font size the sizes below were drawn at (12 px at 96 dpi)
LARGE_PX = 22  # text this size and up grows less than body text when the scale is raised


@record
class Theme:
    name: str
    window: str
    surface: str  # cards, the picture's backdrop
    text: str
    muted: str
    accent: str  # primary actions, the countdown ring
    accent_text: str
    relief: str  # the cramp-relief button
    relief_text: str
    stop: str
    warn: str  # escalation banner background
    warn_text: str
    ring_track: str
    focus: str  # the keyboard-focus ring on light or dark controls
    selected: str  # a selected list row
    selected_text: str
    stop_text: str
    disabled: str  # text of a control that can't be used now
    series: tuple[str, str, str]  # chart colours: cramps, bedtime sessions, time to ease
    thick: bool = False  # thick borders on every control and card


DAY = Theme(
    name="day",
    window="#FBF7F2",
    surface="#F4EEE6",
    text="#2E2622",
    muted="#6E625A",
    accent="#367273",  # 4.5:1 as the colour of notes, too
    accent_text="#FFFFFF",
    relief="#A94F63",
    relief_text="#FFFFFF",
    stop="#8C3B3B",
    warn="#F6E2B8",
    warn_text="#4A3312",
    ring_track="#E3D9CD",
    focus="#1B5E9E",
    selected="#E3D9CD",
    selected_text="#2E2622",
    stop_text="#FFFFFF",
    disabled="#6E625A",
    series=("#A94F63", "#367273", "#8A5A1E"),
)

NIGHT = Theme(
    name="night",
    window="#1B1513",
    surface="#2A211D",
    text="#E6D5C3",
    muted="#A08D7E",
    accent="#C08A4E",
    accent_text="#1B1513",
    relief="#7E3F4B",
    relief_text="#F1DFCF",
    stop="#6E3030",
    warn="#4A3A22",
    warn_text="#F0D9AE",
    ring_track="#3A2E28",
    focus="#8DB8E8",
    selected="#3A2E28",
    selected_text="#E6D5C3",
    stop_text="#F1DFCF",
    disabled="#A08D7E",
    series=("#D98A9A", "#7FB5B5", "#C08A4E"),
)

HIGH_CONTRAST = Theme(
    name="high_contrast",
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#FFFF00",
    accent="#FFFF00",
    accent_text="#000000",
    relief="#FFFF00",
    relief_text="#000000",
    stop="#FF8080",
    warn="#000000",
    warn_text="#FFFF00",
    ring_track="#5C5C5C",  # the countdown's empty part: 6:1 against the yellow progress
    focus="#00FFFF",
    selected="#FFFFFF",
    selected_text="#000000",
    stop_text="#000000",
    disabled="#A0A0A0",
    series=("#FFFF00", "#00FFFF", "#FFFFFF"),
    thick=True,
)

THEMES = {t.name: t for t in (DAY, NIGHT, HIGH_CONTRAST)}


def luminance(color: str) -> float:
    """WCAG relative luminance of a #RRGGBB colour."""
    channels = [int(color.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def system_prefers_high_contrast() -> bool:
    """The desktop's high-contrast setting, where Qt (6.10+) reports it."""
    app = QGuiApplication.instance()
    hints = app.styleHints() if isinstance(app, QGuiApplication) else None
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = getattr(Qt, "ContrastPreference", None)
    return preference is not None and (
        accessibility().contrastPreference() == preference.HighContrast
    )


def choose_theme(mode: str, night: bool, system_high_contrast: bool) -> Theme:
    """The theme for a settings mode; auto follows the system's contrast, then the clock
    (`night`: the night hours have come)."""
    if mode in THEMES:
        return THEMES[mode]
    if system_high_contrast:
        return HIGH_CONTRAST
    return NIGHT if night else DAY


def base_point_size() -> float:
    """The system font size in points (pixel-sized fonts are converted)."""
    font = QApplication.font() if QApplication.instance() is not None else QFont()
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    if font.pixelSize() > 0:
        return font.pixelSize() * 72 / 96
    return BASE_PT


def font_pt(px_at_base: float, scale: float = 1.0, base_pt: float = BASE_PT) -> float:
    """A size drawn as `px_at_base` pixels with a 9 pt system font, for this system and scale.

    Text up to 22 px grows with the full scale; larger text, already big, grows less (as
    with phones' dynamic type), so the player's big buttons still fit at 175 %.
    """
    grow = (scale - 1) * min(1.0, LARGE_PX / px_at_base)
    return round(px_at_base * 0.75 * base_pt / BASE_PT * (1 + grow), 1)


def stylesheet(t: Theme, scale: float = 1.0, base_pt: float = BASE_PT) -> str:
    """One stylesheet for the whole app; widgets pick roles with objectName/properties.

    Sizes are points relative to the system font (never pixels), times `scale`. Every
    control that takes the keyboard focus gets a thick ring in the colour that stands out
    most on its own background, so the focus is plain to see in every theme.
    """

    def px(n: float) -> int:
        return round(n * scale)

    def pt(n: float) -> str:
        return f"{font_pt(n, scale, base_pt)}pt"

    line = 2 if t.thick else 1  # control borders
    ring = 4 if t.thick else 3  # the focus ring
    edge = t.text if t.thick else t.muted  # edges of fields: 3:1 at least
    frame = t.text if t.thick else t.ring_track  # edges of buttons and lists
    card = f"border: 2px solid {t.text};" if t.thick else ""
    banner = f"border: 3px solid {t.warn_text};" if t.thick else "border: none;"
    on_surface = t.focus
    # On a coloured button the ring is double (focus colour, a gap of the window, focus
    # colour): it reads as an outline on the window and on the button's colour alike. The
    # border is there unfocused too, in the button's own colour, so focus moves nothing.
    dbl = 2 * ring + 1
    on_color = f"border: {dbl}px double {t.focus}; background-clip: padding;"

    def solid(bg: str, v: float, h: float) -> str:
        inner = f"{max(0, px(v) - dbl)}px {max(0, px(h) - dbl)}px"
        return f"border: {dbl}px solid {bg}; padding: {inner};"

    pad = px(4)
    box = round(font_pt(15, scale, base_pt) * 96 / 72)  # check box and radio, with the text
    text_px = round(font_pt(17, scale, base_pt) * 96 / 72 * 1.15)  # a line of body text
    mark = max(8, round(box * 0.7))
    arrows = mark + px(10)

    def icon(shape: str) -> str:
        return resources.asset("icons", "controls", f"{shape}-{t.name}.svg").as_posix()

    return f"""
    QWidget {{ background: {t.window}; color: {t.text}; font-size: {pt(17)}; }}
    QLabel {{ background: transparent; }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QLabel[role="title"] {{ font-size: {pt(30)}; font-weight: 600; }}
    QLabel[role="heading"] {{ font-size: {pt(22)}; font-weight: 600; }}
    QLabel[role="cue"] {{ font-size: {pt(30)}; }}
    QLabel[role="question"] {{ font-size: {pt(23)}; line-height: 140%; }}
    QLabel[role="side"] {{ font-size: {pt(22)}; color: {t.muted}; }}
    QLabel[role="note"] {{ color: {t.accent}; font-size: {pt(17)}; }}
    QLabel[role="banner"] {{ color: {t.warn_text}; background: {t.warn}; {banner}
        border-radius: {px(10)}px; padding: {px(10)}px {px(14)}px; font-size: {pt(18)}; }}
    QLabel[role="banner"][level="urgent"] {{ color: {t.stop_text}; background: {t.stop};
        font-weight: 700; }}
    QLabel[role="badge"] {{ color: {t.muted}; border: {line}px solid {t.muted};
        border-radius: {px(8)}px; padding: {px(2)}px {px(8)}px; font-size: {pt(14)}; }}
    QFrame[role="card"] {{ background: {t.surface}; border-radius: {px(16)}px; {card} }}
    QPushButton {{ background: {t.surface}; color: {t.text};
        border: {line}px solid {frame}; border-radius: {px(12)}px;
        padding: {px(12)}px {px(20)}px; font-size: {pt(19)}; }}
    QPushButton:hover {{ border-color: {t.accent}; }}
    QPushButton:focus {{ border: {ring}px solid {on_surface}; }}
    QPushButton:disabled {{ color: {t.disabled}; border-style: dashed; }}
    QPushButton[role="primary"] {{ background: {t.accent}; color: {t.accent_text};
        {solid(t.accent, 12, 20)} }}
    QPushButton[role="primary"]:focus {{ {on_color} }}
    QPushButton[role="relief"] {{ background: {t.relief}; color: {t.relief_text};
        border-radius: {px(24)}px; font-size: {pt(40)}; font-weight: 700;
        {solid(t.relief, 28, 28)} }}
    QPushButton[role="relief"]:focus {{ {on_color} }}
    QPushButton[role="stop"] {{ background: {t.stop}; color: {t.stop_text}; {solid(t.stop, 12, 20)}
        font-weight: 700; min-width: {px(120)}px; }}
    QPushButton[role="stop"]:focus {{ {on_color} }}
    QPushButton[role="big"] {{ font-size: {pt(25)}; padding: {px(12)}px {px(24)}px; }}
    QPushButton[role="routine"] {{ text-align: left; padding: {px(16)}px {px(20)}px; }}
    QPushButton[scale="huge"] {{ font-size: {pt(30)}; font-weight: 600; }}
    QToolButton {{ background: transparent; color: {t.muted};
        border: {line}px solid {frame}; border-radius: {px(10)}px;
        padding: {px(6)}px {px(12)}px; font-size: {pt(15)}; }}
    QToolButton:checked {{ color: {t.text}; border-color: {t.accent}; font-weight: 600; }}
    QToolButton:focus {{ border: {ring}px solid {on_surface}; }}
    QLineEdit, QAbstractSpinBox, QComboBox {{ background: {t.surface}; color: {t.text};
        border: {line}px solid {edge}; border-radius: {px(6)}px;
        padding: {pad}px {px(6)}px; }}
    QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {{
        border: {ring}px solid {on_surface};
        padding: {max(0, pad - ring + line)}px {max(0, px(6) - ring + line)}px; }}
    QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled {{
        color: {t.disabled}; border-style: dashed; }}
    QAbstractSpinBox {{ padding-right: {arrows}px; }}
    QAbstractSpinBox:focus {{ padding-right: {arrows - ring + line}px; }}
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border;
        width: {arrows}px; background: transparent; border: none; }}
    QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
    QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
    QAbstractSpinBox::up-arrow {{ image: url({icon("up")}); width: {mark}px; height: {mark}px; }}
    QAbstractSpinBox::down-arrow {{ image: url({icon("down")}); width: {mark}px;
        height: {mark}px; }}
    QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off,
    QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{ image: none; }}
    QCheckBox, QRadioButton, QSlider {{ border: {ring}px solid transparent;
        border-radius: {px(6)}px; padding: 1px; }}
    QCheckBox, QRadioButton {{ min-height: {max(box + 4, text_px)}px; }}
    QSlider::groove:horizontal {{ height: {px(6)}px; background: {t.ring_track};
        border-radius: {px(3)}px; }}
    QSlider::sub-page:horizontal {{ background: {t.accent}; border-radius: {px(3)}px; }}
    QSlider::handle:horizontal {{ background: {t.text}; border: 2px solid {t.surface};
        width: {box}px; margin: -{box // 2}px 0; border-radius: {box // 2 + 2}px; }}
    QSlider::sub-page:horizontal:disabled {{ background: {t.disabled}; }}
    QSlider::handle:horizontal:disabled {{ background: {t.disabled}; }}
    QCheckBox:focus, QRadioButton:focus, QSlider:focus {{ border-color: {on_surface}; }}
    QCheckBox:disabled, QRadioButton:disabled {{ color: {t.disabled}; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px;
        border: 2px solid {edge}; background: {t.surface}; }}
    QCheckBox::indicator {{ border-radius: {px(4)}px; }}
    QRadioButton::indicator {{ border-radius: {box // 2 + 2}px; }}
    QCheckBox::indicator:checked {{ background: {t.accent}; border-color: {t.accent};
        image: url({icon("check")}); }}
    QRadioButton::indicator:checked {{ border-color: {t.accent}; background: qradialgradient(
        cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 {t.accent},
        stop: 0.5 {t.accent}, stop: 0.62 {t.surface}, stop: 1 {t.surface}); }}
    QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
        border-style: dashed; border-color: {t.disabled}; }}
    QListWidget {{ background: {t.surface}; border: {ring}px solid {frame};
        border-radius: {px(14)}px; padding: {px(6)}px {px(10)}px; outline: none; }}
    QTreeWidget, QTextBrowser, QGraphicsView {{ border: {ring}px solid {frame}; }}
    QListWidget:focus, QTreeWidget:focus, QTextBrowser:focus, QGraphicsView:focus {{
        border-color: {on_surface}; }}
    QListWidget::item {{ padding: {px(12)}px 0px; border-radius: {px(10)}px;
        border: 2px solid transparent; border-left: none; border-right: none; }}
    QListWidget::item:selected {{ background: {t.selected}; color: {t.selected_text};
        border-color: {t.text}; }}
    QMenu {{ border: {line}px solid {edge}; }}
    QMenu::item {{ padding: {px(8)}px {px(20)}px; }}
    QMenu::item:selected {{ background: {t.selected}; color: {t.selected_text}; }}
    QToolTip {{ background: {t.surface}; color: {t.text}; border: {line}px solid {t.muted}; }}
    """


def apply_theme(app: QApplication, theme: Theme, scale: float = 1.0) -> None:
    """Set palette (for native bits) and stylesheet (for everything else)."""
    pal = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, theme.window),
        (QPalette.ColorRole.Base, theme.surface),
        (QPalette.ColorRole.AlternateBase, theme.surface),
        (QPalette.ColorRole.Text, theme.text),
        (QPalette.ColorRole.WindowText, theme.text),
        (QPalette.ColorRole.Button, theme.surface),
        (QPalette.ColorRole.ButtonText, theme.text),
        (QPalette.ColorRole.Highlight, theme.accent),
        (QPalette.ColorRole.HighlightedText, theme.accent_text),
        (QPalette.ColorRole.PlaceholderText, theme.muted),
        (QPalette.ColorRole.ToolTipBase, theme.surface),
        (QPalette.ColorRole.ToolTipText, theme.text),
        (QPalette.ColorRole.Link, theme.accent),
    ):
        pal.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled))
    app.setPalette(pal)
    app.setStyleSheet(stylesheet(theme, scale, base_point_size()))
    app.setProperty("coachTheme", theme.name)
    app.setProperty("coachTextScale", scale)


def current_look() -> tuple[Theme, float]:
    """The theme and text scale the app is drawn with now (for dialogs with their own sheet)."""
    app = QApplication.instance()
    if app is None:
        return DAY, 1.0
    scale = app.property("coachTextScale")
    theme = THEMES.get(str(app.property("coachTheme")), DAY)
    return theme, float(scale) if isinstance(scale, int | float) else 1.0


def on_system_contrast_change(callback: Callable[[], None]) -> None:
    """Call `callback` when the desktop's high-contrast setting changes (Qt 6.10+)."""
    app = QGuiApplication.instance()
    hints = app.styleHints() if isinstance(app, QGuiApplication) else None
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        # A bound method, not a lambda: the connection ends with the window it belongs to.
        accessibility().contrastPreferenceChanged.connect(callback)
