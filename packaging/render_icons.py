"""Render resources/icons/vipps-desktop.svg into the icon files the installers need.

    python packaging/render_icons.py --png-dir DIR     # DIR/16.png ... DIR/256.png (hicolor)
    python packaging/render_icons.py --ico FILE.ico    # Windows (PNG-compressed entries)
    python packaging/render_icons.py --icns FILE.icns  # macOS (PNG-compressed entries)

Uses only Qt (QtSvg, already a runtime dependency) and the standard library, so nothing is
rendered ahead of time and no PNG is committed. Runs without a display (offscreen).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "vipps-desktop.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (Apple's icns format).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def _renderer(svg: Path):  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    return app, renderer


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    _app, renderer = _renderer(svg)
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs say bytes; runtime wants str
        raise SystemExit(f"render_icons: could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def write_pngs(svg: Path, directory: Path, sizes: tuple[int, ...] = HICOLOR_SIZES) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        path = directory / f"{size}.png"
        path.write_bytes(render_png(svg, size))
        written.append(path)
    return written


def write_ico(svg: Path, target: Path, sizes: tuple[int, ...] = ICO_SIZES) -> None:
    images = [render_png(svg, size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + entries + blobs)


def write_icns(svg: Path, target: Path) -> None:
    cache: dict[int, bytes] = {}
    body = b""
    for kind, size in ICNS_TYPES:
        png = cache.setdefault(size, render_png(svg, size))
        body += kind + struct.pack(">I", 8 + len(png)) + png
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--png-dir", type=Path, help="write SIZE.png for the hicolor sizes")
    parser.add_argument("--ico", type=Path, help="write a Windows .ico")
    parser.add_argument("--icns", type=Path, help="write a macOS .icns")
    args = parser.parse_args(argv)
    if not (args.png_dir or args.ico or args.icns):
        parser.error("nothing to do: give --png-dir, --ico or --icns")
    if args.png_dir:
        write_pngs(args.svg, args.png_dir)
    if args.ico:
        write_ico(args.svg, args.ico)
    if args.icns:
        write_icns(args.svg, args.icns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
