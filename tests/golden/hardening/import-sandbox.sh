#!/bin/sh
# The sandbox against the program's own imports: `import NAME` reads only a
# regular file whose real path lies in the program's folder. A symlink out
# of the folder (to a file or a folder), a FIFO, a folder named NAME.py, a
# symlink to /dev/zero, a file over the size limit and names that are not
# identifiers are all "No module named"; a symlink within the folder is
# followed; a module that is not UTF-8 is a SyntaxError. Nothing of the
# files outside shows.
: "${GILSIM:?}"
tmp=${TMPDIR:-/tmp}/gilsim-import-sandbox.$$
mkdir -p "$tmp/prog/pkg" "$tmp/outside" || exit 1
trap 'rm -rf "$tmp"' 0
echo "1..3"

marker=outside-marker-$$
echo "print('$marker')" >"$tmp/outside/esc.py"
echo "print('$marker')" >"$tmp/outside/__init__.py"
echo "VALUE = 7" >"$tmp/prog/inside.py"
: >"$tmp/prog/pkg/__init__.py"
ln -s "$tmp/outside/esc.py" "$tmp/prog/esc.py"
ln -s "$tmp/outside" "$tmp/prog/escdir"
ln -s "$tmp/outside/esc.py" "$tmp/prog/pkg/mod.py"
ln -s inside.py "$tmp/prog/alias.py"
ln -s /dev/zero "$tmp/prog/zero.py"
mkdir "$tmp/prog/folder.py"
mkfifo "$tmp/prog/fifo.py" 2>/dev/null
head -c 5000000 /dev/zero | tr '\0' '#' >"$tmp/prog/huge.py"
printf 'X = "\377"\n' >"$tmp/prog/latin.py"
cat >"$tmp/prog/main.py" <<'PY'
names = ['esc', 'escdir', 'escdir.esc', 'pkg.mod', 'zero', 'folder', 'fifo', 'huge',
         '..inside', 'pkg/../inside', '/etc/passwd']
for name in names:
    try:
        __import__(name)
        print(name, 'imported')
    except ImportError as e:
        print(name, type(e).__name__)
import alias
print('alias', alias.VALUE)
try:
    import latin
except SyntaxError as e:
    print('latin', type(e).__name__, 'Non-UTF-8' in str(e))
PY
(cd "$tmp/prog" && timeout 30 "$GILSIM" --headless main.py) >"$tmp/out" 2>&1
echo $? >"$tmp/rc"

expected='esc ModuleNotFoundError
escdir ModuleNotFoundError
escdir.esc ModuleNotFoundError
pkg.mod ModuleNotFoundError
zero ModuleNotFoundError
folder ModuleNotFoundError
fifo ModuleNotFoundError
huge ModuleNotFoundError
..inside ModuleNotFoundError
pkg/../inside ModuleNotFoundError
/etc/passwd ModuleNotFoundError
alias 7
latin SyntaxError True'
if test "$(cat "$tmp/rc")" = 0; then echo "ok 1 - exit status 0"; else echo "not ok 1 - exit status $(cat "$tmp/rc")"; fi
if grep -q "$marker" "$tmp/out"; then echo "not ok 2 - a file outside the folder was run"; else echo "ok 2 - nothing outside the folder runs"; fi
if test "$(cat "$tmp/out")" = "$expected"; then
    echo "ok 3 - each import refused or allowed as the sandbox says"
else
    echo "not ok 3 - output differs"
    sed 's/^/#   /' "$tmp/out" | head -n 30
fi
