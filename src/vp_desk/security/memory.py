"""Overwrite freed heap memory after a lock, so decrypted text does not linger there.

Python strings and Qt's buffers cannot be wiped in place: when the models, widgets and
records that showed the notes are dropped, their memory goes back to the allocator
(Python's small-object pools, the C library's ``malloc``) with the text still in it, and it
stays readable until something else happens to reuse it. :func:`scrub_freed_memory`
makes that reuse happen at once: after a garbage collection it allocates zero-filled
blocks of every small size class — each request is served first from the freed blocks of
its size, and larger free chunks are split to serve the rest — then frees them again; on
glibc it finally hands whole free pages back to the kernel (``malloc_trim``), which
gives zeroed pages on the next use.

This is a best effort, not a guarantee: a freed block larger than the blocks allocated
here, or more free memory than ``budget`` bytes, or memory of another thread's arena can
keep text. The GUI memory test measures what is left.
"""

from __future__ import annotations

import contextlib
import gc
import sys

BLOCK_SIZES = range(8, 4096, 16)  # one step per allocator size class up to 4 KiB
SMALL = 512  # Python serves blocks up to this size from its own pools, not from malloc
DEFAULT_BUDGET = 32 * 1024 * 1024  # GUI memory test: 0 notes left in most runs, at most 1; 4 MiB left up to 5


def scrub_freed_memory(budget: int = DEFAULT_BUDGET) -> int:
    """Collect garbage, then overwrite about ``budget`` bytes of freed heap memory with
    zeros and release free pages to the system. Returns the bytes allocated.

    Every size class gets the same number of bytes (many small blocks, fewer large ones),
    through Python objects (its pools, and ``malloc`` above 512 bytes) and, where the C
    library is reachable, through ``calloc`` for the small blocks Python never asks
    ``malloc`` for (Qt's short strings live there)."""
    gc.collect()
    per_class = budget // (2 * len(BLOCK_SIZES))
    blocks: list[bytearray] = [bytearray(size) for size in BLOCK_SIZES  # bytearray(n) is zero-filled
                               for _ in range(max(1, per_class // size))]
    allocated = sum(len(b) for b in blocks)
    del blocks
    allocated += _calloc_and_free(range(16, SMALL + 1, 16), per_class)
    release_free_pages()
    return allocated


def _calloc_and_free(sizes: range, per_class: int) -> int:
    libc = _libc()
    if libc is None:
        return 0
    pointers = [libc.calloc(1, size) for size in sizes for _ in range(max(1, per_class // size))]
    for p in pointers:
        libc.free(p)
    return sum(max(1, per_class // size) * size for size in sizes)


def _libc():  # noqa: ANN202 - a ctypes library or None
    if sys.platform.startswith("linux") or sys.platform == "darwin":
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None)
            libc.calloc.restype = ctypes.c_void_p
            libc.calloc.argtypes = (ctypes.c_size_t, ctypes.c_size_t)
            libc.free.argtypes = (ctypes.c_void_p,)
            libc.free.restype = None
            return libc
    return None


def release_free_pages() -> bool:
    """glibc only: return free heap pages to the kernel (``malloc_trim(0)``); the kernel
    hands out zeroed pages when they are used again. False where not available."""
    if not sys.platform.startswith("linux"):
        return False
    libc = _libc()
    if libc is None or not hasattr(libc, "malloc_trim"):
        return False  # a C library without malloc_trim (musl)
    libc.malloc_trim(0)
    return True
