"""A pack's logo: checked and fully decoded before it goes into a deck."""

from __future__ import annotations

import warnings
from pathlib import Path

from msgspec import Struct

from .errors import PackError
from .pack_config import Logo as LogoSetting

MAX_PIXELS = 25_000_000
FORMATS = {"PNG", "JPEG", "GIF"}


class Logo(Struct, frozen=True):
    """A decoded logo and where it goes."""

    path: Path
    aspect: float
    corner: str
    height: float


def load_logo(path: Path, setting: LogoSetting | None) -> Logo:
    """Decode the logo at ``path`` fully (with a pixel cap); refuse anything but PNG/JPEG/GIF."""
    from PIL import Image, UnidentifiedImageError

    if setting is None:  # pragma: no cover - callers pass the setting with the path
        raise PackError(f"{path}: logo has no settings")
    if path.suffix.lower() in (".svg", ".svgz"):
        raise PackError(f"{path}: SVG logos are not supported; convert it to PNG")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise PackError(
                        f"{path}: logo is {width}x{height} pixels; at most "
                        f"{MAX_PIXELS:,} pixels are allowed: scale it down"
                    )
                if image.format not in FORMATS:
                    raise PackError(f"{path}: logo is {image.format}; use PNG, JPEG or GIF")
                image.load()  # decode every pixel now, not halfway through a build
    except PackError:
        raise
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as exc:
        raise PackError(f"{path}: logo could not be read as an image ({exc})") from None
    if not width or not height:
        raise PackError(f"{path}: logo has no pixels")
    return Logo(path, width / height, setting.corner, setting.height)
