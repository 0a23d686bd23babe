"""Convert colours between RGB and the YIQ, HLS and HSV systems.

Every component is a float in [0, 1], except YIQ's I and Q, which may be
negative.  The arithmetic keeps the order CPython uses, so results agree
with it to the last bit.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _unit(x):
    """Clip x into [0, 1]: YIQ can describe colours RGB cannot show."""
    if x < 0.0:
        return 0.0
    return 1.0 if x > 1.0 else x


# --- YIQ ---------------------------------------------------------------------

def rgb_to_yiq(r, g, b):
    """Return (y, i, q) for an RGB colour."""
    luma = 0.30 * r + 0.59 * g + 0.11 * b
    red_diff = r - luma
    blue_diff = b - luma
    in_phase = 0.74 * red_diff - 0.27 * blue_diff
    quadrature = 0.48 * red_diff + 0.41 * blue_diff
    return (luma, in_phase, quadrature)


def yiq_to_rgb(y, i, q):
    """Return (r, g, b) for a YIQ colour, each clipped into [0, 1]."""
    # The weights are the inverse of rgb_to_yiq's matrix, worked out once.
    red = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    green = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    blue = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_unit(red), _unit(green), _unit(blue))


# --- hue, shared by HLS and HSV -----------------------------------------------

def _hue_of(r, g, b, top, spread):
    """Hue in [0, 1) of a colour that is not grey (spread > 0)."""
    dist_r = (top - r) / spread
    dist_g = (top - g) / spread
    dist_b = (top - b) / spread
    # The sextant starts from whichever channel is the largest, red first.
    if r == top:
        sextant = dist_b - dist_g
    elif g == top:
        sextant = 2.0 + dist_r - dist_b
    else:
        sextant = 4.0 + dist_g - dist_r
    return (sextant / 6.0) % 1.0


# --- HLS ---------------------------------------------------------------------

def rgb_to_hls(r, g, b):
    """Return (h, l, s) for an RGB colour."""
    top = max(r, g, b)
    bottom = min(r, g, b)
    lightness = (top + bottom) / 2.0
    if top == bottom:
        return 0.0, lightness, 0.0
    spread = top - bottom
    if lightness <= 0.5:
        saturation = spread / (top + bottom)
    else:
        saturation = spread / (2.0 - top - bottom)
    return _hue_of(r, g, b, top, spread), lightness, saturation


def _channel_from_hue(low, high, hue):
    """One RGB channel of an HLS colour, its hue already shifted for it."""
    hue = hue % 1.0
    if hue < ONE_SIXTH:                 # rising edge
        return low + (high - low) * hue * 6.0
    if hue < 0.5:                       # plateau
        return high
    if hue < TWO_THIRD:                 # falling edge
        return low + (high - low) * (TWO_THIRD - hue) * 6.0
    return low                          # trough (and NaN, as in CPython)


def hls_to_rgb(h, l, s):
    """Return (r, g, b) for an HLS colour."""
    if s == 0.0:
        return l, l, l
    high = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    low = 2.0 * l - high
    return (_channel_from_hue(low, high, h + ONE_THIRD),
            _channel_from_hue(low, high, h),
            _channel_from_hue(low, high, h - ONE_THIRD))


# --- HSV ---------------------------------------------------------------------

def rgb_to_hsv(r, g, b):
    """Return (h, s, v) for an RGB colour."""
    top = max(r, g, b)
    bottom = min(r, g, b)
    if top == bottom:
        return 0.0, 0.0, top
    spread = top - bottom
    return _hue_of(r, g, b, top, spread), spread / top, top


# For each of the six sectors of the hue circle, which of the four levels
# (value, rising, floor, falling) feeds red, green and blue.
_SECTOR_LAYOUT = (
    (0, 1, 2),
    (3, 0, 2),
    (2, 0, 1),
    (2, 3, 0),
    (1, 2, 0),
    (0, 2, 3),
)


def hsv_to_rgb(h, s, v):
    """Return (r, g, b) for an HSV colour."""
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)            # truncates toward zero, as CPython does
    fraction = (h * 6.0) - sector
    floor = v * (1.0 - s)
    falling = v * (1.0 - s * fraction)
    rising = v * (1.0 - s * (1.0 - fraction))
    levels = (v, rising, floor, falling)
    red, green, blue = _SECTOR_LAYOUT[sector % 6]
    return levels[red], levels[green], levels[blue]
