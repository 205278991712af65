# The hostile input corpus (tests/hostile/): every entry of
# tests/hostile/expected.tsv is run through kctl, which must exit with the
# listed code and message, within 20 s, in less than 300 MB (800 MB when
# kctl is built with AddressSanitizer), without a crash or sanitizer report;
# where the table says so, stdout, stderr and the exit code must be
# kubectl's.

# Resolved when run.sh sources this file, before tests change directory.
HOSTILE_CORPUS=$(cd "$(dirname "${BASH_SOURCE[0]}")/../hostile" && pwd)
hostile_dir() { echo "$HOSTILE_CORPUS"; }

# hostile_prepare DIR: the corpus in DIR, its placeholders filled in (the
# test cluster's server and CA, the plugins' directory) and the big entries
# generated.
hostile_prepare() {
  local src dst=$1
  src=$(hostile_dir)
  cp -r "$src/manifests" "$src/kubeconfigs" "$src/plugins" "$dst/"
  mkdir "$dst/gen"
  python3 "$src/generate.py" "$dst/gen"
  sed -i -e "s|@SERVER@|$KCTL_TEST_SERVER|" -e "s|@CA@|$KCTL_TEST_CA|" -e "s|@TOKEN@|$KCTL_TEST_ADMIN_TOKEN|" \
    -e "s|@PLUGINS@|$dst/plugins|" "$dst"/kubeconfigs/*.yaml
}

# hostile_run FILE ARGS...: kctl on one entry; sets C_OUT (stdout+stderr),
# C_RC and C_KB (peak RSS).
hostile_run() {
  local file=$1; shift
  C_RC=0
  /usr/bin/time -f %M -o "$file.kb" timeout 20 "$KCTL" "$@" >"$file.out" 2>&1 </dev/null || C_RC=$?
  C_OUT=$(cat "$file.out")
  C_KB=$(tail -n 1 "$file.kb")
}

test_hostile_corpus() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local here=$PWD file args rc want same kubectl_says n=0 max_kb=300000
  ! kctl_sanitized || max_kb=800000
  hostile_prepare "$here"
  while IFS=$'\t' read -r file args rc want same kubectl_says; do
    case "$file" in '#'*|'') continue ;; esac
    n=$((n + 1))
    local argv=()
    read -r -a argv <<<"${args//@F@/$file}"
    hostile_run "$file" "${argv[@]}"
    [ "$C_RC" != 124 ] || fail "$file: kctl ${argv[*]} did not end within 20 s"
    [ "$C_RC" -lt 128 ] || fail "$file: kctl ${argv[*]} died with signal $((C_RC - 128)): $C_OUT"
    case "$C_OUT" in *AddressSanitizer*|*"runtime error:"*|*LeakSanitizer*) fail "$file: sanitizer: $C_OUT" ;; esac
    [ "$C_KB" -lt "$max_kb" ] || fail "$file: kctl ${argv[*]} used $C_KB kB"
    [ "$C_RC" = "$rc" ] || fail "$file: kctl ${argv[*]}: exit code $C_RC, want $rc: $C_OUT"
    case "$C_OUT" in *"${want//@F@/$file}"*) ;; *) fail "$file: kctl ${argv[*]}: lacks '${want//@F@/$file}': $C_OUT" ;; esac
    if [ "$same" = yes ]; then
      same_as_kubectl "${argv[@]}" </dev/null || fail "$file: kctl ${argv[*]} differs from kubectl"
    fi
  done <"$(hostile_dir)/expected.tsv"
  [ "$n" -gt 30 ] || fail "only $n corpus entries read"
}

# kubectl waits for a credential plugin without a time limit, and so does
# kctl: Ctrl-C (SIGINT to the foreground group) ends both, as does a
# signal; the plugin is the user's to stop.
test_hostile_plugin_that_hangs() {
  local here=$PWD pid
  hostile_prepare "$here"
  export HOSTILE_PID_FILE=$here/plugin.pid
  local rc=0 start end
  start=$(date +%s)
  timeout -s INT 3 "$KCTL" get --raw /api --kubeconfig kubeconfigs/plugin-hang.yaml >out 2>&1 </dev/null || rc=$?
  end=$(date +%s)
  pid=$(cat plugin.pid 2>/dev/null || true)
  [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
  [ -n "$pid" ] || fail "the plugin never ran: $(cat out)"
  [ "$rc" = 124 ] || fail "kctl exit code $rc with a hanging plugin: $(cat out)"
  [ $((end - start)) -le 5 ] || fail "SIGINT took $((end - start)) s to end kctl"
}
