# kctl cp against kubectl on the test cluster. Pods are processes on this
# host, so "pod:/path" is this host's /path: every test works in its own
# directory ($PWD, made by run.sh) and compares checksums there.

# cp_pod NAME [ENV_PATH] [CONTAINER...]: a pod on the test node, running;
# ENV_PATH (may be empty) becomes the containers' PATH.
cp_pod() {
  local name=$1 path=${2:-}; shift 2 || shift $#
  local containers="" c env=""
  [ $# -gt 0 ] || set -- main
  [ -z "$path" ] || env="env: [{name: PATH, value: '$path'}], "
  for c in "$@"; do
    containers+="  - {name: $c, image: busybox, ${env}command: [sh, -c, 'while true; do sleep 1; done']}
"
  done
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" apply -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: $name}
spec:
  nodeName: $KCTL_TEST_NODE
  terminationGracePeriodSeconds: 0
  containers:
$containers
POD
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" wait --for=condition=Ready "pod/$name" --timeout=60s >/dev/null
}

cp_name() { echo "kctl-cp-$1-$$-$RANDOM"; }
cp_cleanup() { kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" delete pod "$@" --wait=false >/dev/null 2>&1 || true; }

# Checksums of every file under a directory, by relative path, plus the
# list of directories (so empty ones count).
tree_sums() {
  (cd "$1" && find . -type d | sort && find . -type f -print0 | sort -z | xargs -0r sha256sum)
}

# cp_both DIR_K DIR_C ARGS...: kubectl cp in DIR_K and kctl cp in DIR_C (both
# under $PWD), "@DIR@" in the arguments standing for each one's absolute
# path; stdout, stderr (kubectl's exec hint naming kctl) and exit code must match.
cp_both() {
  local dk=$PWD/$1 dc=$PWD/$2 a; shift 2
  local ka=() ca=()
  for a in "$@"; do ka+=("${a//@DIR@/$dk}"); ca+=("${a//@DIR@/$dc}"); done
  K_RC=0; (cd "$dk" && kubectl cp "${ka[@]}") >"$dk.out" 2>"$dk.err" || K_RC=$?
  C_RC=0; (cd "$dc" && "$KCTL" cp "${ca[@]}") >"$dc.out" 2>"$dc.err" || C_RC=$?
  local ko ke co ce
  ko=$(cat "$dk.out"); ke=$(cat "$dk.err"); co=$(cat "$dc.out"); ce=$(cat "$dc.err")
  ko=${ko//$dk/@DIR@}; ke=${ke//$dk/@DIR@}; co=${co//$dc/@DIR@}; ce=${ce//$dc/@DIR@}
  C_OUT=$co; C_ERR=$ce; K_OUT=$ko; K_ERR=$ke
  # kubectl can exit before the remote tar's stderr (its stdout on
  # downloads) has all arrived; kctl waits for it, so kubectl's stdout may be
  # a prefix of kctl's.
  [ "$ko" = "$co" ] || [[ "$co" == "$ko"* ]] || { fail "stdout for cp $*: kubectl '$ko' kctl '$co'"; return 1; }
  [ "$ke" = "${ce//\"kctl exec/\"kubectl exec}" ] || { fail "stderr for cp $*: kubectl '$ke' kctl '$ce'"; return 1; }
  [ "$K_RC" = "$C_RC" ] || { fail "exit code for cp $*: kubectl $K_RC kctl $C_RC"; return 1; }
}

make_tree() {
  mkdir -p "$1/sub/deeper" "$1/empty" "$1/with space"
  printf 'a\n' >"$1/a.txt"
  head -c 100000 /dev/urandom >"$1/sub/random.bin"
  printf 'deep\n' >"$1/sub/deeper/d"
  printf 'sp\n' >"$1/with space/f g"
  : >"$1/zero"
  chmod 0751 "$1/sub/deeper/d"
}

test_cp_errors() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local p; p=$(cp_name err)
  trap "cp_cleanup $p" EXIT
  cp_pod "$p"
  echo x >f
  same_as_kubectl cp missing-file "$p:/tmp/x"
  [ "$C_ERR" = "error: missing-file doesn't exist in local filesystem
" ] || fail "$C_ERR"
  same_as_kubectl cp :foo bar
  same_as_kubectl cp a/b/c:foo bar
  same_as_kubectl cp f g
  same_as_kubectl cp "$p:/a" "$p:/b"
  same_as_kubectl cp f "$p:"
  same_as_kubectl cp f
  same_as_kubectl cp f "no-such-pod-$$:/tmp/x"
  same_as_kubectl cp "nsx-$$/$p:/tmp/x" y
  # A remote tar failure (kubectl's exit here depends on a goroutine race;
  # kctl always reports it).
  expect 2 "Cannot stat: No such file or directory" cp "$p:/no/such/file-$$" y
  expect 2 "command terminated with exit code 2" cp f "$p:/proc/no-such-dir/x"
}

test_cp_tree_both_ways() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local p; p=$(cp_name tree)
  trap "cp_cleanup $p" EXIT
  cp_pod "$p" "" main side
  make_tree src
  local want; want=$(tree_sums src)
  mkdir k c
  # Upload into a missing directory: the tree becomes that directory.
  cp_both k c "$PWD/src" "$p:@DIR@/up-new"
  [ "$(tree_sums k/up-new)" = "$want" ] && [ "$(tree_sums c/up-new)" = "$want" ] || fail "upload to a new dir"
  [ "$C_ERR" = 'Defaulted container "main" out of: main, side' ] || fail "notice: $C_ERR"
  [ "$(stat -c %a c/up-new/sub/deeper/d)" = 751 ] || fail "mode not kept by the remote tar"
  # Into an existing directory: the tree lands inside it.
  mkdir k/up-old c/up-old
  cp_both k c "$PWD/src" "$p:@DIR@/up-old"
  [ "$(tree_sums c/up-old/src)" = "$want" ] || fail "upload into an existing dir"
  # Relative local source, -c, --no-preserve.
  local here=$PWD
  (cd c && "$KCTL" cp -c side --no-preserve ../src/a.txt "$p:$here/c/one.txt")
  [ "$(cat c/one.txt)" = a ] || fail "single file upload"
  # Download: to a new and to an existing directory (kubectl's rules: the
  # tree becomes dest either way).
  cp_both k c "$p:$PWD/src" down
  [ "$(tree_sums c/down)" = "$want" ] || fail "download: $(diff <(echo "$want") <(tree_sums c/down))"
  mkdir k/exist c/exist
  cp_both k c "$p:$PWD/src/" exist
  [ "$(tree_sums c/exist)" = "$want" ] || fail "download into an existing dir"
  cp_both k c -c side "$p:$PWD/src/sub/deeper/d" nested/dir/d
  [ "$(cat c/nested/dir/d)" = deep ] || fail "single file download"
}

test_cp_absolute_download() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local p; p=$(cp_name abs)
  trap "cp_cleanup $p" EXIT
  cp_pod "$p"
  mkdir k c
  # kubectl may exit before tar's stderr (its stdout) has arrived, so its
  # stdout is not compared here; kctl waits for the command to end.
  cp_both k c "$p:/etc/hostname" hostname || [ "$K_ERR$K_RC" = "$C_ERR$C_RC" ] || fail "kubectl '$K_ERR' kctl '$C_ERR'"
  [ "$C_OUT" = "tar: Removing leading \`/' from member names" ] && [ "$C_RC" = 0 ] || fail "stdout: $C_OUT"
  cmp c/hostname /etc/hostname || fail "content"
  # A directory as the destination of a single file: kubectl's error.
  cp_both k c "$p:/etc/hostname" . || [ "$K_ERR$K_RC" = "$C_ERR$C_RC" ] || fail "kubectl '$K_ERR' kctl '$C_ERR'"
  [ "$C_ERR" = "error: open .: is a directory" ] && [ "$C_RC" = 1 ] || fail "rc $C_RC: $C_ERR"
}

test_cp_symlinks() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local p; p=$(cp_name sym)
  trap "cp_cleanup $p" EXIT
  cp_pod "$p"
  mkdir -p src k c
  echo data >src/file
  ln -s /etc/passwd src/abs-link
  ln -s file src/rel-link
  cp_both k c "$p:$PWD/src" out
  [ ! -e c/out/abs-link ] && [ ! -L c/out/rel-link ] && [ "$(cat c/out/file)" = data ] || fail "links created"
  # Upload keeps symlinks as symlinks (the remote tar creates them).
  "$KCTL" cp src "$p:$PWD/up"
  [ "$(readlink up/abs-link)" = /etc/passwd ] && [ "$(readlink up/rel-link)" = file ] || fail "upload links"
}

test_cp_big_file() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local p; p=$(cp_name big)
  trap "cp_cleanup $p" EXIT
  cp_pod "$p"
  head -c $((100 << 20)) /dev/urandom >big
  local want; want=$(sha256sum <big)
  timeout 120 "$KCTL" cp big "$p:$PWD/up.bin"
  [ "$(sha256sum <up.bin)" = "$want" ] || fail "100 MiB upload"
  timeout 120 "$KCTL" cp "$p:$PWD/big" down.bin >/dev/null
  [ "$(sha256sum <down.bin)" = "$want" ] || fail "100 MiB download"
}

# A fake tar early in the pod's PATH. The test node's exec looks commands up
# in its own PATH, so the pod's PATH only matters inside a shell: --retries
# makes cp run `sh -c "tar cf - ... | tail -c+N"`, which finds the fake.
fake_tar_pod() {
  local p=$1 bin=$2 script=$3
  mkdir -p "$bin"
  printf '#!/bin/sh\n%s\n' "$script" >"$bin/tar"
  chmod +x "$bin/tar"
  cp_pod "$p" "$bin:/usr/local/bin:/usr/bin:/bin"
}

hostile_archive() {
  python3 - "$1" "$2" <<'PY'
import io, sys, tarfile
out, kind = sys.argv[1], sys.argv[2]
with tarfile.open(out, "w", format=tarfile.GNU_FORMAT) as t:
    def add(name, data=b"evil\n", type=tarfile.REGTYPE, link=""):
        ti = tarfile.TarInfo(name)
        ti.type, ti.linkname = type, link
        ti.size = len(data) if type == tarfile.REGTYPE else 0
        t.addfile(ti, io.BytesIO(data) if ti.size else None)
    if kind == "escape":
        add("src/ok.txt", b"fine\n")
        add("src/../../evil")
        add("src/a/../../../b-evil")
        add("src/..\\..\\bs-evil")
        add("src/link", type=tarfile.SYMTYPE, link="/etc")
        add("src/link/passwd")
        add("src/up", type=tarfile.SYMTYPE, link="../..")
        add("src/up/evil2")
        add("src/hard", type=tarfile.LNKTYPE, link="/etc/passwd")
        add("src/fifo", type=tarfile.FIFOTYPE)
    else:
        add("src/ok.txt", b"fine\n")
        add("etc/cron.d/evil")
PY
}

test_cp_hostile_pod() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local p; p=$(cp_name evil)
  trap "cp_cleanup $p" EXIT
  hostile_archive "$PWD/escape.tar" escape
  hostile_archive "$PWD/prefix.tar" prefix
  fake_tar_pod "$p" "$PWD/bin" "cat $PWD/current.tar"
  cp escape.tar current.tar
  mkdir -p c/a/b
  local err rc=0
  err=$(cd c/a/b && "$KCTL" cp --retries=1 "$p:/src" out 2>&1 >/dev/null) || rc=$?
  [ "$rc" = 0 ] || fail "rc $rc: $err"
  local want
  want=$(cat <<WANT
warning: file "../evil" is outside target destination, skipping
warning: file "../b-evil" is outside target destination, skipping
warning: file "../bs-evil" is outside target destination, skipping
warning: skipping symlink: "out/link" -> "/etc" (consider using "kctl exec -n "" "$p" -- tar cf - "/src" | tar xf -")
warning: skipping symlink: "out/up" -> "../.."
warning: skipping hard link: "out/hard" -> "/etc/passwd"
warning: skipping special file: "out/fifo"
WANT
)
  [ "$err" = "$want" ] || fail "warnings: $err"
  # Nothing outside out/: link/ and up/ became plain directories.
  [ "$(cd c && find . | sort | tr '\n' ' ')" = ". ./a ./a/b ./a/b/out ./a/b/out/link ./a/b/out/link/passwd ./a/b/out/ok.txt ./a/b/out/up ./a/b/out/up/evil2 " ] ||
    fail "files: $(cd c && find . | sort | tr '\n' ' ')"
  # A member outside the requested path fails the copy, as in kubectl.
  cp prefix.tar current.tar
  mkdir k
  cp_both k c --retries=1 "$p:/src" out2
  [ "$C_ERR" = "error: tar contents corrupted" ] || fail "prefix: $C_ERR"
  [ ! -e c/out2/cron.d ] && [ ! -e c/etc ] || fail "wrote past the prefix"
}

test_cp_resume() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local p; p=$(cp_name resume)
  trap "cp_cleanup $p" EXIT
  head -c 3000000 /dev/urandom >data
  tar cf real.tar "$PWD/data" 2>/dev/null
  # The first run of tar breaks off after 1 MB; the next ones are whole.
  fake_tar_pod "$p" "$PWD/bin" "if [ ! -e $PWD/broke ]; then : >$PWD/broke; head -c 1000000 $PWD/real.tar; exit 0; fi; cat $PWD/real.tar"
  mkdir k c
  local here=$PWD
  rm -f broke
  K_RC=0; (cd k && kubectl cp --retries=3 "$p:$here/data" got) >k.out 2>&1 || K_RC=$?
  rm -f broke
  C_RC=0; (cd c && "$KCTL" cp --retries=3 "$p:$here/data" got) >c.out 2>&1 || C_RC=$?
  [ "$(cat c.out)" = "Resuming copy at 1000000 bytes, retry 1/3" ] || fail "kctl: $(cat c.out)"
  [ "$(cat k.out)" = "$(cat c.out)" ] && [ "$K_RC" = "$C_RC" ] || fail "kubectl: $(cat k.out) rc $K_RC; kctl rc $C_RC"
  cmp data c/got || fail "resumed copy differs"
}

test_cp_without_tar() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local p; p=$(cp_name notar)
  trap "cp_cleanup $p" EXIT
  mkdir bin
  ln -s "$(command -v tail)" bin/tail
  cp_pod "$p" "$PWD/bin"
  head -c 500000 /dev/urandom >data
  local out rc=0
  out=$("$KCTL" cp --retries=1 "$p:$PWD/data" got 2>&1) || rc=$?
  [ "$rc" = 0 ] || fail "rc $rc: $out"
  case "$out" in *"tar: not found"*'warning: no tar in the container; copying'*'as a single file with cat'*) ;;
    *) fail "$out" ;; esac
  cmp data got || fail "cat copy differs"
}

test_cp_progress_only_on_a_terminal() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  command -v script >/dev/null || return 0
  local p; p=$(cp_name prog)
  trap "cp_cleanup $p" EXIT
  cp_pod "$p"
  head -c $((20 << 20)) /dev/urandom >data
  local err
  err=$("$KCTL" cp data "$p:$PWD/piped" 2>&1 >/dev/null)
  [ -z "$err" ] || fail "progress into a pipe: $(printf %q "$err")"
  err=$(script -qec "$KCTL cp data $p:$PWD/tty" /dev/null </dev/null)
  case "$err" in *"MiB"*) ;; *) fail "no progress on a terminal: $(printf %q "$err")" ;; esac
  cmp data tty || fail "content"
}
