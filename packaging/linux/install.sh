#!/bin/sh
# Installs the desk bundle (dist/desk) for every user of a Linux PC, or upgrades it in
# place: the program in /opt/desk, `desk` and `desk-cli` on the PATH, a menu entry with
# desk's icon, and optionally the administrator's policy. Run as root; silent; exit code
# non-zero on any failure, with nothing half-installed. Users' data is never touched.
#
#   sudo packaging/linux/install.sh [--policy FILE] [--force] [BUNDLE_DIR]
#
# An upgrade under a desk running from the install is refused, naming its processes (as
# a Windows installer asks to close applications); --force replaces it all the same.
# BUNDLE_DIR defaults to dist/desk beside this script's checkout. PREFIX (/opt/desk),
# BINDIR (/usr/local/bin) and SHAREDIR (/usr/share) may be set in the environment;
# DESTDIR stages the whole install under another root (for packaging, or a test).
set -eu

PREFIX=${PREFIX:-/opt/desk}
BINDIR=${BINDIR:-/usr/local/bin}
SHAREDIR=${SHAREDIR:-/usr/share}
DESTDIR=${DESTDIR:-}
here=$(cd "$(dirname "$0")" && pwd)
bundle="$here/../../dist/desk"
policy=""
force=no

say() { printf 'desk install: %s\n' "$*"; }
die() { printf 'desk install: %s\n' "$*" >&2; exit 1; }
# The comment at the top, up to its first line of code (a fixed line count printed
# `set -eu` too once the comment changed).
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

while [ $# -gt 0 ]; do
    case $1 in
        --policy) [ $# -ge 2 ] || die "--policy needs a file"; policy=$2; shift 2 ;;
        --policy=*) policy=${1#--policy=}; shift ;;
        --force) force=yes; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) bundle=$1; shift ;;
    esac
done

[ -x "$bundle/desk" ] && [ -x "$bundle/desk-cli" ] \
    || die "$bundle is no desk bundle (no desk and desk-cli in it): run python3 dev.py bundle first"
version=$("$bundle/desk-cli" --version) || die "$bundle/desk-cli does not run here: $version"
if [ -z "$DESTDIR" ] && [ "$(id -u)" -ne 0 ]; then
    die "run it as root (sudo): it installs into $PREFIX for every user"
fi
if [ -n "$policy" ]; then
    # Checked before anything changes: a policy with a problem is not rolled out.
    # Its problems on stderr, where a deployment tool looks for why it failed (IT found
    # them among the script's own lines on stdout); a pass's summary stays on stdout.
    if checked=$("$bundle/desk-cli" policy check "$policy" 2>&1); then
        printf '%s\n' "$checked"
    else
        printf '%s\n' "$checked" >&2
        die "$policy has problems (above): not installed"
    fi
fi

target="$DESTDIR$PREFIX"
if [ "$force" = no ] && [ -e "$target" ]; then
    running=$(running_from "$target")
    [ -z "$running" ] || die "desk is running from $PREFIX (process $running): ask its users to quit desk, or run this again with --force; not installed"
fi
# Room for the whole bundle beside the old install, asked before a byte is copied: on a
# full disk cp left a half copy that filled it to 100 % (IT, rolling out to 60 PCs).
folder=$(dirname "$target")
while [ ! -d "$folder" ]; do folder=$(dirname "$folder"); done
need=$(du -sk "$bundle" | cut -f1)
free=$(df -Pk "$folder" | awk 'NR == 2 { print $4 }')
if [ "$free" -lt "$need" ]; then
    die "not installed: the bundle needs $need KB, and the disk of $target has $free KB free"
fi

# Copied beside the old one, then swapped: a desk running meanwhile keeps its open files,
# and a copy that fails half-way leaves the old install whole, and is removed.
failed_copy() {
    rm -rf "$target.new"
    printf 'desk install: not installed: copying the bundle to %s.new failed (above); %s is as it was\n' \
        "$PREFIX" "$PREFIX" >&2
}
trap 'failed_copy' EXIT
rm -rf "$target.new" "$target.old"
mkdir -p "$(dirname "$target")"
cp -a "$bundle" "$target.new"
trap - EXIT
if [ -e "$target" ]; then
    mv "$target" "$target.old"
fi
mv "$target.new" "$target"
rm -rf "$target.old"

mkdir -p "$DESTDIR$BINDIR"
ln -sfn "$PREFIX/desk" "$DESTDIR$BINDIR/desk"
ln -sfn "$PREFIX/desk-cli" "$DESTDIR$BINDIR/desk-cli"

icon="$target/_internal/resources/icons/desk.svg"
if [ -f "$icon" ]; then
    mkdir -p "$DESTDIR$SHAREDIR/icons/hicolor/scalable/apps"
    cp "$icon" "$DESTDIR$SHAREDIR/icons/hicolor/scalable/apps/desk.svg"
fi
# The program as the Desktop Entry spec's Exec wants it (see desk.app.autostart, which
# writes each user's login entry so): in double quotes where PREFIX holds a space or a
# reserved character, with " ` $ \ escaped, then \ again as the file's strings are, and
# % doubled. Unquoted, /opt/县 政府/desk/desk ran /opt/县, and the menu never started desk.
program="$PREFIX/desk"
case $program in
    *[!A-Za-z0-9/._+,:@-]*)
        program=\"$(printf '%s' "$program" | sed 's/["`$\\]/\\&/g')\" ;;
esac
program=$(printf '%s' "$program" | sed 's/\\/\\\\/g; s/%/%%/g')
mkdir -p "$DESTDIR$SHAREDIR/applications"
cat > "$DESTDIR$SHAREDIR/applications/desk.desktop" <<ENTRY
[Desktop Entry]
Type=Application
Name=desk
Name[zh_CN]=desk 政务消息
Name[zh_TW]=desk 政務訊息
GenericName=Work messages
GenericName[zh_CN]=政务消息
GenericName[zh_TW]=政務訊息
Comment=Work messages, notices and DINGs in one inbox
Comment[zh_CN]=工作消息、通知和 DING 集中在一个收件箱
Comment[zh_TW]=工作訊息、通知和 DING 集中在一個收件匣
Exec=$program
Icon=desk
Terminal=false
Categories=Office;Network;InstantMessaging;
Keywords=messages;notices;DING;inbox;
Keywords[zh_CN]=消息;通知;政务;DING;收件箱;
Keywords[zh_TW]=訊息;通知;政務;DING;收件匣;
StartupWMClass=desk
ENTRY

if [ -n "$policy" ]; then
    mkdir -p "$DESTDIR/etc/desk"
    cp "$policy" "$DESTDIR/etc/desk/policy.toml"
    chmod 644 "$DESTDIR/etc/desk/policy.toml"
    say "policy installed as /etc/desk/policy.toml"
fi
if [ -z "$DESTDIR" ]; then
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$SHAREDIR/applications" || true
    # Only over a theme it can index: under a SHAREDIR of its own, hicolor has no
    # index.theme and the tool said so on stderr of a script that calls itself silent.
    if [ -f "$SHAREDIR/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q "$SHAREDIR/icons/hicolor" || true
    fi
fi
# Staged: the paths are those of the machine the tree goes to (an IT tester read this as
# installed on the machine at hand).
staged=${DESTDIR:+ staged under $DESTDIR}
say "$version installed in $PREFIX$staged (desk and desk-cli in $BINDIR, menu entry desk)"
