"""Pictures sent as attachments: read from their (decrypted, in-memory) content at the
size they are shown at, and the dialog that shows one larger.

Reading works on any thread (QImage, not QPixmap), so the store thread decodes them and
the GUI thread only draws. Nothing here writes the picture to disk.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from desk.store.attachments import AttachmentInfo

log = logging.getLogger("desk.ui.attachment_image")

# The kinds of picture officials are sent (巡查照片, 现场图, 签字扫描件) that the image
# plugins in the bundle read; the others the bundle can read (PDF, SVG, icons) stay files.
SHOWN_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"})

# At most this many megabytes for a whole picture: a format that cannot decode at a
# smaller size (PNG, unlike JPEG) decodes the whole of it before scaling; an 8000×8000
# photo takes 244 MB there, a larger one is not read (Qt's own default limit).
ALLOCATION_LIMIT_MB = 256


# At most this many pixels for a picture in a format that cannot decode at a smaller size
# (PNG, BMP): larger, it is not decoded, and lists as a file with a note. Decoded whole,
# an 8000x8000 PNG held the store thread 1.1 s here and took 253 MB for a thumbnail
# (from review); at this limit (4096x4096, an A3 page scanned at 250 dpi) 64 MB.
MAX_WHOLE_PIXELS = 4096 * 4096


class TooLarge:
    """What `read_image` answers for a picture it did not decode for its size."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "TOO_LARGE"


TOO_LARGE = TooLarge()


def is_shown(a: AttachmentInfo) -> bool:
    """Whether the attachment is a picture shown in the reading pane (its content here)."""
    return a.fetched and (a.mimetype or "").lower() in SHOWN_TYPES


def read_image(content: bytes | None, bound: QSize) -> QImage | TooLarge | None:
    """The picture in `content`, scaled to fit `bound` (never larger than it is, its
    aspect kept); None where it is not a picture Qt can read; TOO_LARGE where its format
    would decode it whole and it is larger than MAX_WHOLE_PIXELS (its header says)."""
    if not content:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    # EXIF orientation: a phone's photo taken upright is stored on its side.
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return None
    # The scaled size is of the picture as stored, before it is turned upright.
    turned = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    # Decoded at the size shown, never whole and then scaled: an 8000×8000 photo whole
    # is 244 MB, as a thumbnail about 200 kB (JPEG decodes at that size directly).
    wanted = size.scaled(
        bound.transposed() if turned else bound, Qt.AspectRatioMode.KeepAspectRatio
    )
    if wanted.width() < size.width():
        scales = reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize)
        if not scales and size.width() * size.height() > MAX_WHOLE_PIXELS:
            return TOO_LARGE
        reader.setScaledSize(wanted.expandedTo(QSize(1, 1)))
    image = reader.read()
    if image.isNull():
        return None
    return image


class ImageDialog(QDialog):
    """A picture larger, scaled to fit the dialog as it is resized; Esc closes it."""

    def __init__(self, image: QImage, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self._pixmap = QPixmap.fromImage(image)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(1, 1)
        self.picture.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        self.resize(image.size().expandedTo(QSize(240, 180)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.picture.setPixmap(
            self._pixmap.scaled(
                self.picture.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
