#!/usr/bin/env bash
# Builds the Linux application image and .deb, installs the .deb, starts the INSTALLED launcher as an ordinary user
# under a virtual display, and checks the menu entry, where the app keeps its data, that a second launch reopens the
# last database, and that removing the package leaves the user's data alone.
#
# Usage (as root, Debian/Ubuntu, from anywhere in the repository):
#   installers/linux/ci-check.sh [--offline] [--skip-build] [--keep-installed]
#     --offline         pass -o to Maven (all dependencies already in ~/.m2)
#     --skip-build      reuse app/target/jpackage/installer/din-explorer_*.deb from an earlier build
#     --keep-installed  leave the package installed at the end (default: remove it and check the removal)
# Exit status: 0 when every check passed, 1 otherwise (the failing check is printed last).
set -euo pipefail

readonly LAUNCHER=/opt/din-explorer/bin/din-explorer
readonly MENU_ENTRY=/usr/share/applications/din-explorer-din-explorer.desktop
readonly TEST_USER=dinexplorer-ci
readonly APT_PACKAGES=(fakeroot binutils xvfb xauth libgtk-3-0 desktop-file-utils)

offline="" skip_build=false keep_installed=false build_note="skipped (--skip-build)"
for arg in "$@"; do
    case "$arg" in
        --offline) offline="-o" ;;
        --skip-build) skip_build=true ;;
        --keep-installed) keep_installed=true ;;
        *) echo "unknown option: $arg (see the header of $0)" >&2; exit 1 ;;
    esac
done

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/din-explorer-ci.XXXXXX)
chmod 755 "$work"
checks=0

step() { printf '\n== %s\n' "$*"; }
pass() { checks=$((checks + 1)); printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*" >&2; exit 1; }
seconds_since() { echo $(( $(date +%s) - $1 )); }
mib() { echo "$(( ($1 + 524288) / 1048576 )) MiB"; }

cleanup() {
    if id "$TEST_USER" >/dev/null 2>&1; then userdel -r "$TEST_USER" >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# Runs the installed launcher as the test user (clean environment, virtual display); prints seconds taken. The
# outer limit leaves room for the smoke test's own 300 s limit plus start-up.
launch_as_user() {
    local log=$1; shift
    local start; start=$(date +%s)
    if ! timeout 420 runuser -u "$TEST_USER" -- env -i HOME="$home" USER="$TEST_USER" LOGNAME="$TEST_USER" \
            PATH=/usr/bin:/bin LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" "$LAUNCHER" --smoke-test "$@" \
            >"$log" 2>&1; then
        cat "$log" >&2
        fail "smoke test of the installed launcher ($LAUNCHER --smoke-test $*) did not exit with 0"
    fi
    seconds_since "$start"
}

[ "$(id -u)" -eq 0 ] || fail "run as root: the check installs packages and creates a test user"

step "Tools: ${APT_PACKAGES[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${APT_PACKAGES[@]}" >/dev/null
pass "apt packages installed"

cd "$repo"
if ! $skip_build; then
    step "Build: ./mvnw -B -q $offline -Pinstallers -Dmaven.test.skip=true package"
    start=$(date +%s)
    ./mvnw -B -q $offline -Pinstallers -Dmaven.test.skip=true package
    build_note="$(seconds_since "$start") s"
    pass "application image and .deb built in $build_note"
fi
image=app/target/jpackage/image/din-explorer
deb=$(ls app/target/jpackage/installer/din-explorer_*.deb 2>/dev/null | head -n 1 || true)
[ -n "$deb" ] || fail "no app/target/jpackage/installer/din-explorer_*.deb: build first (without --skip-build)"
[ -x "$image/bin/din-explorer" ] || fail "no launcher in the application image $image"
image_bytes=$(du -sb "$image" | cut -f1)
deb_bytes=$(stat -c %s "$deb")
echo "application image: $(mib "$image_bytes"), package $deb: $(mib "$deb_bytes")"

step "Package metadata"
depends=$(dpkg-deb -f "$deb" Depends)
grep -qw libgtk-3-0 <<<"$depends" || fail "the .deb does not depend on libgtk-3-0 (Depends: $depends)"
pass "Depends lists libgtk-3-0"
maintainer=$(dpkg-deb -f "$deb" Maintainer)
grep -qF "dev@dinexplorer.org" <<<"$maintainer" || fail "the .deb names no maintainer (Maintainer: $maintainer)"
pass "Maintainer is $maintainer"
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/din-explorer/share/doc/copyright >"$work/copyright"
grep -qx "License: Apache-2.0" "$work/copyright" || fail "the .deb's copyright file does not name Apache-2.0"
pass "the copyright file names the licence Apache-2.0"
dpkg-deb -c "$deb" >"$work/contents.txt"
grep -q '/opt/din-explorer/lib/runtime/lib/server/libjvm.so' "$work/contents.txt" \
    || fail "the .deb carries no Java runtime"
pass "the .deb carries its own Java runtime"
unlisted=""
for jar in "$image"/lib/app/lib/*.jar; do
    artifact=$(basename "$jar" | sed 's/-[0-9].*//')
    case "$artifact" in din-explorer-*) continue ;; esac
    grep -qF "$artifact" resources/licenses/THIRD-PARTY.txt || unlisted="$unlisted $artifact"
done
[ -z "$unlisted" ] || fail "bundled but missing from resources/licenses/THIRD-PARTY.txt:$unlisted"
pass "every bundled library is listed in resources/licenses/THIRD-PARTY.txt"

step "Install: apt-get install ./$(basename "$deb")"
if dpkg -s din-explorer >/dev/null 2>&1; then apt-get purge -y -qq din-explorer >/dev/null; fi
start=$(date +%s)
apt-get install -y -qq "$repo/$deb" >/dev/null
install_seconds=$(seconds_since "$start")
[ -x "$LAUNCHER" ] || fail "$LAUNCHER missing or not executable after installing"
installed_kib=$(du -sk /opt/din-explorer | cut -f1)
pass "installed in ${install_seconds} s: $LAUNCHER ($((installed_kib / 1024)) MiB under /opt/din-explorer)"

step "Menu entry $MENU_ENTRY"
[ -f "$MENU_ENTRY" ] || fail "no menu entry at $MENU_ENTRY"
exec_line=$(grep '^Exec=' "$MENU_ENTRY" | head -n 1)
[ "${exec_line#Exec=}" = "$LAUNCHER" ] || fail "menu entry starts '${exec_line#Exec=}', expected $LAUNCHER"
pass "Exec points at the installed launcher"
icon=$(grep '^Icon=' "$MENU_ENTRY" | head -n 1 | cut -d= -f2-)
[ -f "$icon" ] || fail "menu entry icon $icon does not exist"
pass "icon $icon exists"
grep -q '^Categories=.*Science;' "$MENU_ENTRY" || fail "menu entry is not in the Science category"
desktop-file-validate "$MENU_ENTRY" || fail "desktop-file-validate rejected $MENU_ENTRY"
pass "entry is valid and listed under Science;Education"

step "First launch as a new user '$TEST_USER' (default data directory)"
if id "$TEST_USER" >/dev/null 2>&1; then userdel -r "$TEST_USER" >/dev/null 2>&1 || true; fi
home="$work/home"
data_dir="$home/.local/share/din-explorer"
useradd --create-home --home-dir "$home" --shell /bin/sh "$TEST_USER"
touch "$work/before-first"
first_seconds=$(launch_as_user "$work/first.out")
sed 's/^/    /' "$work/first.out"
pass "first launch (fresh user, natives unpacked on first start): smoke test passed in ${first_seconds} s"
[ -f "$data_dir/din-explorer.db" ] || fail "no database in the user's data directory $data_dir after the first launch"
[ -f "$data_dir/logs/din-explorer.log" ] || fail "no log in the user's data directory $data_dir/logs"
written=$(find /opt/din-explorer -newer "$work/before-first" | head -n 5)
[ -z "$written" ] || fail "the app wrote into its installation folder: $written"
pass "database and log in $data_dir; nothing written under /opt/din-explorer"

step "Second launch reopens the last database"
# As if the user had opened another database in the first session: copy it and point the remembered last database
# (the user's Java preferences, one node per data directory) at the copy. The second launch must open the copy.
prefs=$(grep -rl "value=\"$data_dir/din-explorer.db\"" "$home/.java/.userPrefs" 2>/dev/null | head -n 1 || true)
[ -n "$prefs" ] || fail "the first launch did not remember its database in the user's preferences ($home/.java)"
chosen="$home/elsewhere/chosen.db"
runuser -u "$TEST_USER" -- mkdir -p "$home/elsewhere"
for suffix in "" -wal -shm; do
    if [ -f "$data_dir/din-explorer.db$suffix" ]; then
        runuser -u "$TEST_USER" -- cp -p "$data_dir/din-explorer.db$suffix" "$chosen$suffix"
    fi
done
sed -i "s|value=\"$data_dir/din-explorer.db\"|value=\"$chosen\"|" "$prefs"
sleep 1
touch "$work/before-second"
second_seconds=$(launch_as_user "$work/second.out")
sed 's/^/    /' "$work/second.out"
[ -n "$(find "$home/elsewhere" -newer "$work/before-second")" ] \
    || fail "second launch did not use the last database $chosen"
[ -z "$(find "$data_dir" -maxdepth 1 -name 'din-explorer.db*' -newer "$work/before-second")" ] \
    || fail "second launch opened the default database instead of the last one ($chosen)"
pass "second launch reopened the last database $chosen, not the default one (${second_seconds} s)"

step "Command line through the installed launcher: din-explorer info (no display)"
if ! runuser -u "$TEST_USER" -- env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
        "$LAUNCHER" info >"$work/info.out" 2>&1; then
    cat "$work/info.out" >&2
    fail "$LAUNCHER info did not exit with 0"
fi
sed 's/^/    /' "$work/info.out"
pass "the headless command line works through the installed launcher"

if ! $keep_installed; then
    step "Remove: apt-get purge din-explorer"
    apt-get purge -y -qq din-explorer >/dev/null
    [ ! -e /opt/din-explorer ] || fail "/opt/din-explorer still exists after removal"
    [ ! -e "$MENU_ENTRY" ] || fail "menu entry $MENU_ENTRY still exists after removal"
    [ -f "$data_dir/din-explorer.db" ] && [ -f "$chosen" ] || fail "removing the package deleted the user's databases"
    pass "package, menu entry removed; the user's database kept"
fi

step "Summary"
echo "application image $(mib "$image_bytes"); .deb $(mib "$deb_bytes"); installed $((installed_kib / 1024)) MiB"
echo "build $build_note; install ${install_seconds} s"
echo "smoke test of the installed app: first launch ${first_seconds} s, second launch ${second_seconds} s"
echo "all $checks checks passed"
