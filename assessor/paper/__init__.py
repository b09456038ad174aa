"""Paper fallback: the layout of printed answer sheets and reading filled sheets back (scans, phone photos).

May import: assessor.delivery, assessor.banks, assessor.people, assessor.store, plumbing; OpenCV, zxing-cpp and
pypdfium2 (the ``paper`` extra) only inside functions that read images, never Qt or ``reports``."""
