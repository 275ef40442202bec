"""Draws the add-in icons (assets/icon-{16,32,64,80,128}.png): three rising bars on a teal tile,
the product's 'niches growing' mark. Pure Python (zlib) so it runs anywhere; rerun after a design change."""
import struct, zlib, sys

TEAL = (0, 110, 120, 255)
WHITE = (255, 255, 255, 255)
GOLD = (242, 169, 0, 255)
CLEAR = (0, 0, 0, 0)

def pixel(x, y, n):
    u, v = (x + 0.5) / n, (y + 0.5) / n
    r = 0.16  # rounded-corner radius as a fraction of the tile
    cx = min(max(u, r), 1 - r); cy = min(max(v, r), 1 - r)
    if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
        return CLEAR
    bars = [(0.18, 0.36, 0.58), (0.42, 0.60, 0.40), (0.66, 0.84, 0.20)]
    for i, (x0, x1, top) in enumerate(bars):
        if x0 <= u <= x1 and top <= v <= 0.82:
            return GOLD if i == 2 else WHITE
    return TEAL

def png(n):
    rows = b"".join(b"\x00" + b"".join(struct.pack("4B", *pixel(x, y, n)) for x in range(n)) for y in range(n))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", n, n, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")

for size in (16, 32, 64, 80, 128):
    with open(f"{sys.argv[1] if len(sys.argv) > 1 else 'assets'}/icon-{size}.png", "wb") as f:
        f.write(png(size))
