"""Container runtimes', registries' and the kernel's network failures as they print them, with no
level word.

- an image with no variant for the host's platform (`no matching manifest for linux/arm64 in the
  manifest list entries`, docker-library/mysql#415; docker's `docker: …`), and a tag or digest the
  registry does not have, as `docker pull` ends its transcript (`manifest unknown`, the
  registry's MANIFEST_UNKNOWN error, borchero/switchboard#22): the image cannot be pulled;
- the registry's other error codes as `docker pull` prints its answer, the code in lower case then
  the registry's message, alone on the line (`unknown: Not Found`, docker-library/hello-world#21;
  `denied: requested access to the resource is denied`, `unauthorized: authentication required`,
  `name unknown: repository name not known to registry`): the distribution API's error, as Docker
  words it (errcode.Error's `code: message`); a count, a flag or a word list after the code is not
  the registry's message;
- the Docker daemon's refusal as newer CLIs word it, in lower case (`error response from daemon:
  pull access denied for minio/mc, repository does not exist or may require 'docker login'`,
  wraft/wraft#191), as the capitalised `Error response from daemon` is everywhere;
- a container runtime that could not start the container's first process (`Failed to create init
  process: failed to load /bin/runsd: permission denied`, gVisor under Cloud Run,
  ahmetb/runsd#50), and runc's failure to exec it, the error quoted by releases before 1.0 and
  after a colon since (`standard_init_linux.go:190: exec user process caused "exec format
  error"`, docker-library/haproxy#103; `… caused: no such file or directory`, getredash/redash#5331):
  the container never ran;
- kubectl's refusal to show a container's logs (`unable to retrieve container logs for
  containerd://…`, huggingface/dataset-viewer#526): the runtime no longer has the container;
- the kernel's connection tracking table overflowing (`nf_conntrack: table full, dropping
  packet`, kubernetes/kubernetes#71261): new connections through the host are dropped;
- the kernel's report of a process it killed for a bad memory access (`sniproxy[7827]: segfault at
  1000 ip 00007fbbeed70cba sp 00007fff7179ecc0 error 4 in libc-2.13.so[…]`, dlundquist/sniproxy#86;
  `systemd[1]: segfault at 10 ip … sp … error 6 in libc.so.6[…]`, oxidecomputer/propolis#427):
  the kernel's own words, address, instruction and stack pointer and fault code, so prose about a
  segfault stays out;
- Go's HTTP/2 client whose request the server's GOAWAY cut off (`http2: server sent GOAWAY and
  closed the connection; LastStreamID=0, ErrCode=NO_ERROR, debug=""`, davecheney/httpstat#118):
  the error the request returned, whatever the code (a server going away gracefully still failed
  that request).

Each candidate starts with a literal (the scan's prefilter searches it); the confirmations want the
whole phrase, so a sentence that mentions the words stays out.
"""

from __future__ import annotations

RUNTIME_CANDIDATES = (
    "no matching manifest for ",
    "manifest unknown",
    "unknown: ",
    "denied: ",
    "unauthorized: ",
    "error response from daemon: ",
    "Failed to create init process: ",
    "exec user process caused",
    "unable to retrieve container logs for ",
    "table full, dropping packet",
    "http2: server sent GOAWAY ",
    "segfault at ",
)
RUNTIME_CONFIRM = (
    r"\bno matching manifest for [\w.-]+/[\w./-]+ in the manifest list entries\b",
    # the whole line, or after the tool's prefix: the registry's answer, not prose about it
    r"(?:^|: )manifest unknown(?::|\s*$)",
    # (the registry's message: two words or more, capitalised or as the distribution spec writes
    # them; not a value, `unknown: 0`, `denied: true`; ASCII classes: a Unicode `\w` bounded to
    # 300 grew the RE2 program past 400,000 instructions, test_pattern_size.py)
    r"^(?:unknown|denied|unauthorized|name unknown|blob unknown): [A-Za-z][\w'-]* "
    r"[A-Za-z][A-Za-z0-9_' ,.-]{0,300}$",
    r"^error response from daemon: \S",
    r"\bFailed to create init process: \S",
    r"\bexec user process caused(?:: | \\{0,3}\")[a-z]",
    r"(?:^|: )unable to retrieve container logs for [a-z]+://\S",
    r"\bnf_conntrack: table full, dropping packet\b",
    r"\bhttp2: server sent GOAWAY and closed the connection\b",
    r"\bsegfault at [0-9a-f]{1,16} ip [0-9a-f]{1,16} sp [0-9a-f]{1,16} error \d{1,3}\b",
)
