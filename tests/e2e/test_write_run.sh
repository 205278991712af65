# kctl run --attach, -i, --rm and --expose against kubectl's. The kubelet
# stand-in runs a container's command as a local process, so the attach,
# the logs of a pod that ended before it, the wait for the pod's end and its
# exit code are all real. Helpers from test_write.sh (write_namespaces,
# both) and test_write_create.sh (both_usage, same_created).

test_write_run_attach_matches_kubectl() {
  write_namespaces runat
  # Output while attached, then the end: exit code 0, or the container's
  # with kubectl's message; --rm's "deleted" line; -q drops the prompt and
  # that line. (An attach sees only what comes after it: the containers
  # wait before they print.)
  both run a1 -n @NS@ --image=busybox --attach --restart=Never --command -- sh -c 'sleep 3; echo hi; sleep 1; echo bye'
  both run a2 -n @NS@ --image=busybox --attach --rm --restart=Never --command -- \
    sh -c 'sleep 3; echo out; echo err >&2; sleep 1; exit 3'
  both run a3 -n @NS@ --image=busybox --attach -q --rm --restart=OnFailure --command -- sh -c 'sleep 3; echo quiet'
  # A pod that ends at once: its logs instead of the attach (whether it
  # ended before the attach or during it, with kubectl's warning, is the
  # server's timing, so only kctl is checked).
  local out err rc=0
  out=$("$KCTL" run a4 -n "$W_C" --image=busybox --attach --restart=Never --command -- \
    sh -c 'echo early; exit 5' 2>err.txt) || rc=$?
  err=$(tail -n 1 err.txt)
  [ "$out/$rc/$err" = "early/5/pod $W_C/a4 terminated (Error)" ] || fail "a4: $out/$rc/$(cat err.txt)"
  kubectl delete pod a4 -n "$W_C" >/dev/null
  # --restart=Always: no end to wait for, the pod stays.
  both run a6 -n @NS@ --image=busybox --attach --command -- sh -c 'sleep 3; echo once; sleep 1'
  # -i: what is piped in reaches the container, whose stdin closes once
  # the session ends (stdinOnce).
  local k c
  k=$(printf 'ping\n' | kubectl run a5 -n "$W_K" -i --rm --image=busybox --restart=Never --command -- \
    sh -c 'read x; echo got $x; cat; echo eof; exit 4' 2>&1; echo "rc=$?")
  c=$(printf 'ping\n' | "$KCTL" run a5 -n "$W_C" -i --rm --image=busybox --restart=Never --command -- \
    sh -c 'read x; echo got $x; cat; echo eof; exit 4' 2>&1; echo "rc=$?")
  k=${k//$W_K/@NS@}
  c=${c//$W_C/@NS@}
  [ "$k" = "$c" ] || fail "kubectl: $k kctl: $c"
  [ "$c" = "If you don't see a command prompt, try pressing enter.
got ping
eof
pod \"a5\" deleted
pod @NS@/a5 terminated (Error)
rc=4" ] || fail "kctl: $c"
  # -i -t on a terminal: the container's TTY has the terminal's size.
  if command -v script >/dev/null; then
    k=$(script -qec "stty rows 30 cols 100; kubectl run a7 -n $W_K -it --rm --restart=Never --image=busybox --command -- sh -c 'sleep 2; stty size; exit 2'; echo rc=\$?" /dev/null </dev/null)
    c=$(script -qec "stty rows 30 cols 100; $KCTL run a7 -n $W_C -it --rm --restart=Never --image=busybox --command -- sh -c 'sleep 2; stty size; exit 2'; echo rc=\$?" /dev/null </dev/null)
    # script's echo of its stdin's EOF ("^@") lands where its timing puts it.
    k=${k//^@/}; c=${c//^@/}; k=${k//$W_K/@NS@}; c=${c//$W_C/@NS@}
    [ "$k" = "$c" ] || fail "-it: kubectl: $(printf %q "$k") kctl: $(printf %q "$c")"
    case "$c" in *"30 100"*"pod @NS@/a7 terminated (Error)"*"rc=2"*) ;; *) fail "-it: $(printf %q "$c")" ;; esac
  fi
  # The pods --rm deleted are gone, the others as kubectl left them.
  same_created pods

  both_usage run e1 -n @NS@ --image=busybox -t
  both_usage run e1 -n @NS@ --image=busybox --rm
  both_usage run e1 -n @NS@ --image=busybox -i --dry-run=client
  both_usage run e1 -n @NS@ --image=busybox --attach --dry-run=server
  both_usage run e1 -n @NS@ --image=busybox --attach --pod-running-timeout=0s
}

test_write_run_expose_matches_kubectl() {
  write_namespaces runexp
  both_usage run x0 -n @NS@ --image=busybox --expose
  both run x1 -n @NS@ --image=busybox --port=80 --expose
  both run x2 -n @NS@ --image=busybox --port=80 --expose -l a=b,c=d --dry-run=client -o yaml
  both run x2 -n @NS@ --image=busybox --port=8080 --expose --dry-run=client -o json
  both run x2 -n @NS@ --image=busybox --port=8080 --expose --dry-run=server -o name
  # A Service that exists already: the pod is made and printed, then the
  # Service's error.
  kubectl create service clusterip x3 --tcp=80 -n "$W_K" >/dev/null
  kubectl create service clusterip x3 --tcp=80 -n "$W_C" >/dev/null
  both run x3 -n @NS@ --image=busybox --port=80 --expose
  # --rm deletes the Service too.
  both run x4 -n @NS@ --image=busybox --port=80 --expose --rm --attach --restart=Never --command -- sh -c 'sleep 3; echo x4'
  same_created pods
  same_created services
}
