"""The one data dir that holds everything desk writes."""

from __future__ import annotations

import errno
import os
import shlex
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "DESK_DATA_DIR"

# The data dirs DataDir.ensure found open to others and made private again, with the mode
# it found: desk.app.logs says so in the data dir's log once it is open (it is not yet
# when ensure runs). Said once, at the change: a backup agent reading the dir through its
# group lost it silently (IT).
_modes_set_back: dict[Path, int] = {}


def mode_set_back(root: Path) -> int | None:
    """The mode DataDir.ensure found on the data dir `root` before it set it back to 0700,
    once; None where it changed nothing."""
    return _modes_set_back.pop(root, None)


class DataDirUnusable(Exception):
    """desk cannot keep its files in the data dir `root`; `code` names the cause for the UI
    and CLI to word, `path` the file or directory that stood in the way.

    Codes: not_a_directory (`path` is a file where a directory must be), permission_denied,
    read_only (a read-only file system), os_error (`detail` holds the system's words).
    A permission_denied of files another user owns names that user (`owner`), the file or
    folder found to be theirs (`owned`) and this user (`user`); `owner` is empty otherwise.
    """

    CODES = ("not_a_directory", "permission_denied", "read_only", "os_error")

    def __init__(
        self,
        root: Path,
        path: Path,
        code: str,
        detail: str = "",
        *,
        owned: Path | None = None,
        owner: str = "",
        user: str = "",
    ) -> None:
        assert code in self.CODES, code
        super().__init__(f"{root}: {code}: {path}" + (f": {detail}" if detail else ""))
        self.root = root
        self.path = path
        self.code = code
        self.detail = detail
        self.owned = owned or path
        self.owner = owner
        self.user = user

    def give_back(self) -> str:
        """The command that gives the data dir back to this user, where `owner` took it,
        quoted to be pasted into a shell as it is: a data dir under a folder whose name
        holds a space ("工作 数据") was two paths, and the first not desk's."""
        return shlex.join(["sudo", "chown", "-R", self.user, str(self.root)])

    @classmethod
    def from_os_error(cls, root: Path, exc: OSError) -> DataDirUnusable:
        path = Path(exc.filename) if exc.filename else root
        if isinstance(exc, NotADirectoryError | FileExistsError):
            # mkdir names the directory it could not make; the user needs the file in its way.
            blocking = next((p for p in (path, *path.parents) if p.exists()), path)
            return cls(root, blocking, "not_a_directory")
        if isinstance(exc, PermissionError):
            owned, owner, user = _another_users(path, root)
            return cls(root, path, "permission_denied", owned=owned, owner=owner, user=user)
        if exc.errno == errno.EROFS:
            return cls(root, path, "read_only")
        return cls(root, path, "os_error", exc.strerror or type(exc).__name__)


def _another_users(*paths: Path) -> tuple[Path | None, str, str]:
    """The first of `paths` this user may look at, the name of the other user it belongs
    to, and this user's name; (None, "", "") where it is this user's, none can be looked
    at, or on Windows. A backup restored as root left the data dir root's, and the user
    was told to choose another data dir, where `chown -R` was what it needed (IT)."""
    if os.name != "posix":
        return None, "", ""
    import pwd

    def name(uid: int) -> str:
        try:
            return pwd.getpwuid(uid).pw_name
        except KeyError:  # a user id with no name here (restored from another PC)
            return str(uid)

    for path in paths:
        try:
            uid = path.stat().st_uid
        except OSError:  # in a folder closed to this user: its folder may say
            continue
        if uid == os.getuid():
            return None, "", ""
        return path, name(uid), name(os.getuid())
    return None, "", ""


# Windows' answers for a file another program holds open (a backup, an antivirus, an
# editor): ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION, raised as PermissionError.
_WINDOWS_IN_USE = (32, 33)


@dataclass(frozen=True, slots=True)
class OsRefusal:
    """Why the OS would not let desk read or write a file it has (not a damaged file, not a
    failing disk): `code` for the UI and CLI to word, `detail` the OS's own words.

    Codes: permission_denied, in_use (another program holds it), is_a_directory (a
    folder stands where the file should be), not_a_file (a pipe or a device does),
    os_error (`detail` says which).
    """

    code: str
    detail: str = ""
    # The file refused, where the OS named it: desk.db-wal refused was told as desk.db.
    file: str = ""

    CODES = ("permission_denied", "in_use", "is_a_directory", "not_a_file", "os_error")

    @classmethod
    def from_os_error(cls, exc: OSError) -> OsRefusal:
        words = exc.strerror or type(exc).__name__
        file = str(exc.filename) if exc.filename else ""
        if getattr(exc, "winerror", None) in _WINDOWS_IN_USE or exc.errno in (
            errno.EBUSY,
            errno.ETXTBSY,
        ):
            return cls("in_use", words, file)
        if isinstance(exc, PermissionError):
            return cls("permission_denied", words, file)
        if isinstance(exc, IsADirectoryError):
            return cls("is_a_directory", words, file)
        return cls("os_error", words, file)


@dataclass(frozen=True, slots=True)
class DataDir:
    root: Path

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None) -> DataDir:
        """`--data-dir`, then $DESK_DATA_DIR, then the platform's user data dir."""
        chosen = explicit or os.environ.get(ENV_DATA_DIR)
        return cls(Path(chosen).expanduser().resolve()) if chosen else cls.default()

    @classmethod
    def usual(cls) -> DataDir:
        """The data dir of the desk a user starts with no --data-dir: $DESK_DATA_DIR where
        IT set it for every user, else the platform's."""
        return cls.resolve(None)

    @classmethod
    def default(cls) -> DataDir:
        """The platform's user data dir: the desk a user starts without naming one."""
        return cls(Path(platformdirs.user_data_dir("desk", appauthor=False)).expanduser().resolve())

    def ensure(self) -> DataDir:
        """Makes the dir and its logs dir, and makes sure desk can write in them.

        Raises DataDirUnusable, before anything else has been written, if it cannot.
        """
        try:
            existed = self.root.is_dir()
            self.root.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                # The key file and database are encrypted, but names of groups the
                # user is in can leak through file names of caches: keep the dir private.
                found = stat.S_IMODE(self.root.stat().st_mode)
                if found != 0o700:
                    self.root.chmod(0o700)
                    if existed:
                        _modes_set_back[self.root] = found
            self.logs.mkdir(exist_ok=True)
            for directory in (self.root, self.logs):
                # A dir that exists but cannot be written (another user's, a read-only
                # mount) would otherwise fail later, half-way through making the store.
                with tempfile.TemporaryFile(dir=directory):
                    pass
        except OSError as exc:
            raise DataDirUnusable.from_os_error(self.root, exc) from exc
        return self

    @property
    def database(self) -> Path:
        return self.root / "desk.db"

    @property
    def key_file(self) -> Path:
        return self.root / "desk.key"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def language_file(self) -> Path:
        """The user's choice of language, kept outside the encrypted store: the prompts
        before it opens (the passphrase, Start afresh) are in that language too."""
        return self.root / "language.ini"

    @property
    def damage_marker(self) -> Path:
        """The note that the database was found damaged while desk ran (desk.store.damage)."""
        return self.root / "desk.damaged"
