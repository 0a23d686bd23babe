# colorsys: conversions between RGB and YIQ, HLS, HSV (exact float results).
import colorsys

steps = [0.0, 0.1, 0.25, 1 / 3, 0.5, 0.6, 2 / 3, 0.9, 1.0]
colors = [(r, g, b) for r in steps[::2] for g in steps[1::2] for b in steps[::3]]
colors += [(0.2, 0.2, 0.2), (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 1), (0, 0, 0),
           (0.75, 0.75, 0.25), (0.3, 0.9, 0.9), (1.2, -0.1, 0.5)]
for c in colors:
    yiq = colorsys.rgb_to_yiq(*c)
    hls = colorsys.rgb_to_hls(*c)
    hsv = colorsys.rgb_to_hsv(*c)
    print(c, yiq, hls, hsv)
    print('  back', colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 1 / 6, 0.3, 0.5, 0.7, 5 / 6, 0.95, 1.0, 1.5, -0.25]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.4, 0.6), colorsys.hls_to_rgb(h, 0.7, 0.3))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, 0.5))
print(colorsys.hsv_to_rgb(0.2, 0.0, 0.3), colorsys.hls_to_rgb(0.2, 0.3, 0.0))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
try:
    colorsys.rgb_to_hsv(1, 2)
except TypeError as e:
    print('TypeError', e)
