"""The lock around reportlab: it is not thread-safe (fonts, canvases), so one document
is rendered at a time, whichever pool thread renders it."""

import threading

RENDER_LOCK = threading.Lock()
