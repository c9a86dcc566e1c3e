"""A system call's failure as programs word its errno, without any level word.

Each runtime words the same errno its own way:
  - C programs and coreutils print strerror's text after what failed (`mv: cannot move 'a' to
    'b': Invalid cross-device link`, perror's `/var/lib/mysql: Permission denied`), nginx and
    mysqld with its number (`(13: Permission denied)`, `(errno: 2 - No such file or directory)`,
    `(Errcode: 17 - File exists)`);
  - Go its lower-case text after the operation and the path (os.PathError `open /x: permission
    denied`, os.LinkError `rename /a /b: invalid cross-device link`, os.SyscallError
    `inotify_add_watch: no space left on device`), alone or wrapped after a colon (`during
    recovery: rename /a /b: invalid cross-device link`), ending what could not be done without
    any operation (`failed to create fsnotify watcher: too many open files`), or alone on its line where a terminal or
    a page wrapped the error after each colon (docker buildx: `failed to update builder last
    activity time:` / `open /home/u/.docker/buildx/activity/.tmp-default…:` / `read-only file
    system`);
  - Node (libuv) the errno's name and its text before the system call (`EXDEV: cross-device link
    not permitted, rename '/a' -> '/b'`);
  - Rust its text and number (`Invalid cross-device link (os error 18)`);
  - InnoDB (MySQL 5.x, no level on these lines) a number and a sentence of its own (`InnoDB:
    Operating system error number 2 in a file operation.`, `InnoDB: File ./ib_logfile0: 'open'
    returned OS error 71. Cannot continue operation`);
  - Phusion Passenger the text then the number (`No space left on device (errno=28)`);
  - coreutils' chown, chgrp and chmod name what they could not change, with any errno, EINVAL
    too (`chown: changing ownership of '/var/lib/mysql/': Invalid argument`: a filesystem that
    keeps no owners, a Windows or NFS bind mount, docker-library/mysql#153);
  - the kernel's SELinux reports a refused access in the audit log (`type=AVC msg=audit(…): avc:
    denied  { write } for  pid=… comm="mysqld" …`; one it only logged, `permissive=1`, is
    error_notices.py's) and
    setroubleshoot sums it up (`SELinux is preventing /usr/sbin/mysqld from write access on the
    directory /data.`).
error_candidates.py and error_confirm.py add these candidates and confirmations to their own; the line's level still decides
(error_levels.py): `INFO config: open /x: no such file or directory, using the defaults` is a notice.
"""

from __future__ import annotations

# strerror's texts (glibc) of the errnos a failed file, directory or descriptor operation ends in;
# not EINVAL or EAGAIN, which programs also print for what they retry or ignore
C_ERRNO_TEXTS = (
    "No such file or directory",
    "Permission denied",
    "Operation not permitted",
    "Read-only file system",
    "No space left on device",
    "File exists",
    "Is a directory",
    "Not a directory",
    "Directory not empty",
    "Device or resource busy",
    "Input/output error",
    "Too many open files",
    "Invalid cross-device link",
    "Disk quota exceeded",
    "File name too long",
    "Too many levels of symbolic links",
    "Stale file handle",
    "Stale NFS file handle",
    "Transport endpoint is not connected",
    "Text file busy",
    "Structure needs cleaning",
    "Cannot allocate memory",
    "Bad file descriptor",
    "Operation not supported",
    "No such device",
)
# Go's syscall.Errno texts are strerror's in lower case (and ESTALE's older wording)
GO_ERRNO_TEXTS = tuple(
    text[0].lower() + text[1:] for text in C_ERRNO_TEXTS if text != "Stale file handle"
)
# the os package's operations in a *PathError (`op path: err`) and *LinkError (`op old new: err`),
# and the system calls a *SyscallError names (`op: err`)
_GO_PATH_OPS = (
    "exec|open|openat|stat|lstat|fstat|mkdir|mkdirat|chmod|fchmod|chown|fchown|lchown|chtimes|"
    "remove|unlinkat|rename|read|write|readlink|readdirent|truncate|chdir|fsync|sync|seek|close"
)
_GO_LINK_OPS = "rename|link|symlink"
_GO_SYSCALLS = (
    "bind|accept|accept4|socket|setsockopt|mmap|flock|fallocate|inotify_add_watch|inotify_init|"
    "inotify_init1|epoll_create|epoll_create1|pipe|pipe2"
)
# libuv's names for the same errnos, as Node prints them before their text: `ENOENT: no such file
# or directory, open '/x'`
NODE_ERRNO_CODES = (
    "ENOENT",
    "EACCES",
    "EPERM",
    "EXDEV",
    "EROFS",
    "ENOSPC",
    "EEXIST",
    "EISDIR",
    "ENOTDIR",
    "ENOTEMPTY",
    "EMFILE",
    "ENFILE",
    "EBUSY",
    "EIO",
    "EDQUOT",
    "ENAMETOOLONG",
    "ELOOP",
    "EBADF",
)

_C = "(?:" + "|".join(C_ERRNO_TEXTS) + ")"
_GO = "(?:" + "|".join(GO_ERRNO_TEXTS) + ")"
_NODE = "(?:" + "|".join(NODE_ERRNO_CODES) + ")"

# Each starts with a literal the scan's prefilter searches. An errno's text without its first
# letter is one literal for both cases, C's and Go's.
ERRNO_CANDIDATES = (
    *sorted({text[1:] for text in C_ERRNO_TEXTS}),
    *(f"{code}: " for code in NODE_ERRNO_CODES),
    r"\(os error ",
    r"\(Errcode: ",
    # InnoDB's own sentences for the OS error behind a failed file operation, and its stop
    "Operating system error number ",
    " returned OS error ",
    "Cannot continue operation",
    "changing ownership of ",
    "changing permissions of ",
    "changing group of ",
    "avc:  denied ",
    "SELinux is preventing ",
)

ERRNO_CONFIRM = (
    # (a tool naming itself and what failed, bare or behind syslog's and journald's tag:
    # mysqld_safe[6207]: /usr/bin/mysqld_safe: line 136: /var/log/mysqld.err: Permission denied;
    # or perror's path: /var/lib/mysql: Permission denied. Not perror's system call alone: mysqld's
    # `mbind: Operation not permitted` is libnuma's notice in a container without CAP_SYS_NICE)
    r"(?:^|\[\d+\]: )[\w./-]+: .*: " + _C + r"\b",
    r"(?:^|\[\d+\]: )\.{0,2}/[\w./-]*: " + _C + r"\b",
    # ... or with its number: nginx's (13: Permission denied), mysqld's (errno: 2 - No such file
    # or directory), (OS errno 13 - Permission denied), (Errcode: 17 - File exists)
    r"\(\d+: " + _C + r"\)",
    r"\((?:OS )?errno:? \d+ - " + _C,
    r"\(Errcode: \d+",
    # Go's *PathError, *LinkError and *SyscallError, alone or wrapped after a colon: failed to load
    # license from x: open x: no such file or directory; during recovery: rename a b: invalid
    # cross-device link; inotify_add_watch: no space left on device
    r"(?:^|: )(?:" + _GO_PATH_OPS + r") \S+: " + _GO + r"\b",
    # (a *LinkError also after a space, where a server's access line puts it after the status and
    # the client: `/x: 500 192.168.0.10 rename /srv/a /srv/b: invalid cross-device link`,
    # filebrowser/filebrowser#1177; its two paths keep prose out)
    r"(?:^|: |\s)(?:" + _GO_LINK_OPS + r") /\S+ /\S+: " + _GO + r"\b",
    r"(?:^|: )(?:" + _GO_LINK_OPS + r") \S+ \S+: " + _GO + r"\b",
    r"(?:^|: )(?:" + _GO_SYSCALLS + r"): " + _GO + r"\b",
    r"^\s*" + _GO + r"\s*$",
    # (or ending a message that says what could not be done, no system call named: Go's errno
    # alone as a library returns it, `failed to create fsnotify watcher: too many open files`,
    # jupyterhub/mybinder.org-deploy#3654)
    r"^(?:[Ff]ailed to|[Uu]nable to|[Cc]ould not|[Cc]annot|[Cc]an't) [a-z][^:]{0,150}: "
    + _GO
    + r"\s*$",
    # Node's (libuv's) code, text and system call: EXDEV: cross-device link not permitted, rename
    r"(?:^|[\s:\[(\"'])" + _NODE + r": [a-z][a-z/ -]{1,60}, [a-z_]{2,20}\b",
    r"\(os error \d+\)",
    r"\bOperating system error number \d+ in a file operation\b",
    r"'\w+' returned OS error \d+",
    r"(?:^|InnoDB: |\. )Cannot continue operation\b",
    r"\b" + _C + r" \(errno=\d+\)",
    r"(?:^|\[\d+\]: )(?:chown|chgrp|chmod): changing (?:ownership|group|permissions) of "
    r"['‘][^'’\n]{1,1000}['’]: [A-Z]",
    r"\bavc:  denied  \{ [a-z_ ]{1,200} \} for ",
    r"\bSELinux is preventing \S+ from \S",
)
