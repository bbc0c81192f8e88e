"""Output files are written whole or not at all: write beside the target, then rename; and
a set of output files replaces its folder whole or not at all (OutputFolder)."""
from __future__ import annotations

import errno
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import ConfigError


@contextmanager
def atomic_write(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding) as fh:
            yield fh
        os.chmod(tmp, 0o644)  # mkstemp makes files private; outputs are for sharing
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


class OutputFolder:
    """A set of output files that replaces OUTDIR whole, or not at all.

    The files are written into a fresh folder beside OUTDIR (`.NAME.new-PID-XXXX`), which is
    swapped in by two renames once complete; the files of OUTDIR that are not ours
    (actors.png, notes) are hard-linked into it first. A kill at any moment leaves either the
    old set or the new one, and the next run removes what a killed run left behind. Where a
    folder cannot be swapped (it holds sub-folders, is a mount point or the current folder),
    the fresh folder is made inside it and each file is moved in by an atomic rename.

        with OutputFolder("out", ["events.jsonl", "report.json"]) as f:
            write(f.path / "events.jsonl")
            f.commit()
    """

    def __init__(self, outdir: str | Path, names: Iterable[str]) -> None:
        self.outdir = Path(outdir)
        self.names = set(names)
        self.path: Path = self.outdir
        self.swap = True
        self.done = False

    def __enter__(self) -> "OutputFolder":
        out = self.outdir
        if out.exists() and not out.is_dir():
            raise ConfigError(f"{out} is a file, not a folder", "give -o the name of a folder (it is created if missing)")
        try:
            if out.is_symlink():
                out = self.outdir = out.resolve()
            parent = out.parent
            parent.mkdir(parents=True, exist_ok=True)
            self._clean(parent)
            self.swap = not out.exists() or not (
                os.path.ismount(out) or out.resolve() == Path.cwd().resolve()
                or any(p.is_dir() for p in out.iterdir()))
            self.path = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-{os.getpid()}-",
                                              dir=parent if self.swap else out))
            os.chmod(self.path, 0o755)  # mkdtemp makes folders private; outputs are for sharing
        except OSError as exc:
            raise _unwritable(self.outdir, exc) from exc
        return self

    def _clean(self, parent: Path) -> None:
        """Remove what a killed run left: its fresh folders, the old set it was swapping out
        (put back when OUTDIR itself is missing), temporary files of atomic_write."""
        name = self.outdir.name
        for folder in (parent, self.outdir) if self.outdir.is_dir() else (parent,):
            for p in folder.glob(f".{name}.new-*"):
                if not _alive(p.name[len(f".{name}.new-"):].split("-")[0]):
                    shutil.rmtree(p, ignore_errors=True)
        for p in sorted(parent.glob(f".{name}.old-*")):
            if not _alive(p.name[len(f".{name}.old-"):]):
                if not self.outdir.exists():
                    os.rename(p, self.outdir)
                else:
                    shutil.rmtree(p, ignore_errors=True)
        if self.outdir.is_dir():
            for n in self.names:
                for p in self.outdir.glob(f".{n}.*.tmp"):
                    p.unlink(missing_ok=True)

    def commit(self) -> None:
        out = self.outdir
        try:
            if not self.swap:
                for p in sorted(self.path.iterdir()):
                    os.replace(p, out / p.name)
                self.path.rmdir()
            elif not out.exists():
                os.rename(self.path, out)
            else:
                for p in out.iterdir():
                    if p.name not in self.names and not (self.path / p.name).exists():
                        _link(p, self.path / p.name)
                old = out.parent / f".{out.name}.old-{os.getpid()}"
                os.rename(out, old)
                os.rename(self.path, out)
                shutil.rmtree(old, ignore_errors=True)
        except OSError as exc:
            raise _unwritable(out, exc) from exc
        self.done = True

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.done and self.path != self.outdir:
            shutil.rmtree(self.path, ignore_errors=True)
        if isinstance(exc, OSError) and exc.errno in _WRITE_ERRNOS:
            raise _unwritable(self.outdir, exc) from exc


# Errors of writing (full disk, quota, read-only, permissions) as opposed to bugs.
_WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO, errno.EFBIG}


def _unwritable(path: Path, exc: OSError) -> ConfigError:
    return ConfigError(f"cannot write to {path} ({exc.strerror or exc})",
                       "choose a folder you can write to, with free space; nothing there was replaced")


def _alive(pid: str) -> bool:
    """Whether the process that named a folder may still be writing it."""
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _link(src: Path, dst: Path) -> None:
    if src.is_symlink():
        os.symlink(os.readlink(src), dst)
    else:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)
