#!/bin/sh
# Removes what install.sh installed: the program in /opt/desk, the `desk` and `desk-cli`
# links, the menu entry and icon, and each user's start-at-login entry for this desk
# (which would otherwise run a program that is gone). Run as root; silent.
#
#   sudo packaging/linux/uninstall.sh [--policy] [--force]
#
# --policy also removes /etc/desk/policy.toml. A desk running from the install is named and
# nothing removed; --force removes it from under it. Users' data dirs and the secrets desk
# keeps in their keychains are not touched: only each user can remove them, in this
# order, and the first before this script (it needs desk-cli):
#   desk-cli keychain forget --yes
#   rm -rf ~/.local/share/desk
# PREFIX, BINDIR, SHAREDIR and DESTDIR as for install.sh.
set -eu

PREFIX=${PREFIX:-/opt/desk}
BINDIR=${BINDIR:-/usr/local/bin}
SHAREDIR=${SHAREDIR:-/usr/share}
DESTDIR=${DESTDIR:-}
HOMES=${HOMES:-/home}  # where the users' home folders are
remove_policy=no
force=no

die() { printf 'desk uninstall: %s\n' "$*" >&2; exit 1; }
# The comment at the top, up to its first line of code (see install.sh).
usage() { sed -n '2,$ { /^#/!q; s/^# \{0,1\}//; p; }' "$0"; }
# The processes running a program of the install at $1 (/proc/PID/exe in it: the window,
# its triage helper, a desk-cli), as "PID of USER", comma-separated. Replaced or removed
# under them, a running desk lost its triage helper and retried for ever (IT). Compared
# with $1 resolved: /proc names the program by its real path, and an install under a
# linked folder (/opt a link to /data/opt) went unseen. The same in install.sh and
# uninstall.sh (a test holds them so): IT copies each script alone to the PCs.
running_from() {
    real=$(realpath "$1" 2>/dev/null) || real=$1
    found=""
    for exe in /proc/[0-9]*/exe; do
        path=$(readlink "$exe" 2>/dev/null) || continue
        case $path in
            "$1"/*|"$real"/*)
                pid=${exe#/proc/}
                pid=${pid%/exe}
                found="$found${found:+, }$pid of $(stat -c %U "/proc/$pid" 2>/dev/null || echo '?')" ;;
        esac
    done
    printf '%s' "$found"
}
case $PREFIX in
    # A folder of desk's own: it is replaced, or removed, whole.
    /?*/desk|/?*/desk-*) ;;
    *) die "PREFIX must be a folder of desk's own, like /opt/desk (not $PREFIX)" ;;
esac

for arg in "$@"; do
    case $arg in
        --policy) remove_policy=yes ;;
        --force) force=yes ;;
        -h|--help) usage; exit 0 ;;
        *) die "unknown argument $arg (see --help)" ;;
    esac
done
if [ -z "$DESTDIR" ] && [ "$(id -u)" -ne 0 ]; then
    die "run it as root (sudo)"
fi

# PREFIX as found on the machine, links resolved (/opt a link to /data/opt): desk names
# the program it runs from by that path in the login entries it writes.
real_prefix=$PREFIX
if resolved=$(realpath "$DESTDIR$PREFIX" 2>/dev/null); then
    root=$(realpath "${DESTDIR:-/}" 2>/dev/null || printf '%s' "$DESTDIR")
    case $resolved in
        "${root%/}"/*) real_prefix=${resolved#"${root%/}"} ;;
    esac
fi
if [ "$force" = no ]; then
    running=$(running_from "$DESTDIR$PREFIX")
    [ -z "$running" ] || die "desk is running from $PREFIX (process $running): ask its users to quit desk, or run this again with --force; nothing removed"
fi
for link in "$DESTDIR$BINDIR/desk" "$DESTDIR$BINDIR/desk-cli"; do
    # Only the links to this install: a desk-cli put there otherwise stays.
    case $(readlink "$link" 2>/dev/null || true) in
        "$PREFIX"/*) rm -f "$link" ;;
    esac
done
rm -rf "$DESTDIR$PREFIX"
rm -f "$DESTDIR$SHAREDIR/applications/desk.desktop" \
    "$DESTDIR$SHAREDIR/icons/hicolor/scalable/apps/desk.svg"
# The program's path as a login entry's Exec names it (see desk.app.autostart
# _desktop_exec): as it is, or in double quotes with " ` $ \ escaped, and in either \
# doubled and % doubled as the file's strings are.
exec_forms() {
    plain=$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/%/%%/g')
    quoted=$(printf '"%s"' "$(printf '%s' "$1" | sed 's/["`$\\]/\\&/g')" | sed 's/\\/\\\\/g; s/%/%%/g')
}
# Whether the entry $1 starts the program $2: its Exec's first word, compared as text
# (as a grep pattern, PREFIX's [ ] . * matched other paths or missed its own).
starts_program() {
    exec_forms "$2"
    # `|| [ -n "$line" ]`: a last line with no newline, which read returns false for.
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
            "Exec=$plain"|"Exec=$plain "*|"Exec=$quoted"|"Exec=$quoted "*) return 0 ;;
        esac
    done < "$1"
    return 1
}
for entry in "$DESTDIR$HOMES"/*/.config/autostart/desk.desktop "$DESTDIR/root/.config/autostart/desk.desktop"; do
    [ -f "$entry" ] || continue
    # desk's own entries for this install: one a user wrote for another desk stays.
    if starts_program "$entry" "$PREFIX/desk" || starts_program "$entry" "$real_prefix/desk"; then
        rm -f "$entry"
    fi
done
if [ "$remove_policy" = yes ]; then
    rm -f "$DESTDIR/etc/desk/policy.toml"
    rmdir "$DESTDIR/etc/desk" 2>/dev/null || true
fi
printf 'desk uninstall: removed %s; users'"'"' data dirs are kept\n' "$PREFIX"
