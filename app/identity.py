"""Who is at the keyboard: the operating system's account, never an environment variable.

Environment variables such as USERNAME can be set by anyone; the account of
the process (its token on Windows, its uid on POSIX) cannot.
"""

from __future__ import annotations

import sys


def os_account() -> str:
    if sys.platform == "win32":
        return _windows_account()
    import os
    import pwd  # POSIX only

    return pwd.getpwuid(os.getuid()).pw_name


def _windows_account() -> str:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    # GetUserNameExW(NameSamCompatible) reads the calling thread's token: DOMAIN\user.
    secur32 = ctypes.WinDLL("secur32", use_last_error=True)  # type: ignore[attr-defined]
    size = wintypes.ULONG(0)
    secur32.GetUserNameExW(2, None, ctypes.byref(size))
    buffer = ctypes.create_unicode_buffer(size.value)
    if not secur32.GetUserNameExW(2, buffer, ctypes.byref(size)):
        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
        length = wintypes.DWORD(257)
        buffer = ctypes.create_unicode_buffer(257)
        if not advapi32.GetUserNameW(buffer, ctypes.byref(length)):
            from app.i18n import translate

            reason = translate("identity", "could not read the signed-in account")
            raise OSError(ctypes.get_last_error(), reason)  # type: ignore[attr-defined]
    return str(buffer.value)
