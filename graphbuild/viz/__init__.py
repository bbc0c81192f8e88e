"""The actor-network view: the interactive HTML page and static pictures.

html.write_page(events, path)              one self-contained offline page
static.write_picture(events, path, fmt)    PNG or SVG for papers, same colours
layout / palette                           positions and colours they share
"""
from .html import write_page
from .static import write_picture

__all__ = ["write_page", "write_picture"]
