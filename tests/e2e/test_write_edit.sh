# kctl edit and apply edit-last-applied against kubectl's: both run the
# same scripted editor (edit_editor), which keeps a copy of every file it
# is shown; outputs, exit codes, the files shown and the objects left
# behind must match.

# edit_editor DIR: DIR/editor.sh copies each file it gets to DIR/TOOL/N
# (TOOL: the program that ran it), then changes the file with the sed
# expression ED_SED the first time and ED_SED2 after, and exits ED_RC.
edit_editor() {
  mkdir -p "$1"
  cat >"$1/editor.sh" <<'EOF2'
#!/bin/sh
dir=$(dirname "$0")/$(ps -o comm= -p "$PPID")
mkdir -p "$dir"
n=$(ls "$dir" | wc -l)
cp "$1" "$dir/$n"
if [ "$n" = 0 ]; then s=${ED_SED:-}; else s=${ED_SED2:-}; fi
[ -z "$s" ] || sed -i "$s" "$1"
exit "${ED_RC:-0}"
EOF2
  chmod +x "$1/editor.sh"
  export KUBE_EDITOR=$1/editor.sh
  unset EDITOR
}

# edit_mask: the fields that differ between the two namespaces' objects.
edit_mask() {
  sed -e "s/$W_K/@NS@/g; s/$W_C/@NS@/g" \
    -e 's/^\([ -]*"\{0,1\}\)\(uid\|resourceVersion\|creationTimestamp\|lastUpdateTime\|lastTransitionTime\)\("\{0,1\}\): .*/\1\2\3: X/'
}

# same_edit_files DIR: kubectl's editor saw the same files as kctl's;
# the copies are removed for the next step.
same_edit_files() {
  local n k c
  k=$(ls "$1/kubectl" 2>/dev/null | wc -l)
  c=$(ls "$1/kctl" 2>/dev/null | wc -l)
  [ "$k" = "$c" ] || { echo "    kubectl's editor ran $k times, kctl's $c" >&2; return 1; }
  for n in $(ls "$1/kubectl" 2>/dev/null); do
    if ! diff <(edit_mask <"$1/kubectl/$n") <(edit_mask <"$1/kctl/$n") >&2; then
      echo "    editor file $n differs" >&2
      return 1
    fi
  done
  rm -rf "$1/kubectl" "$1/kctl"
}

edit_masks() {
  W_MASK='s#/tmp/kubectl-edit-[0-9]*\.\(yaml\|json\)#@FILE@#g; s#/tmp/kctl-edit-[A-Za-z0-9]*\.\(yaml\|json\)#@FILE@#g; s#`kctl #`kubectl #'
  W_OUT_FILTER="sed 's/^\\( *\"\\{0,1\\}\\)\\(uid\\|resourceVersion\\|creationTimestamp\\)\\(\"\\{0,1\\}\\): .*/\\1\\2\\3: X/'"
}

edit_fixtures() {
  local ns
  for ns in "$W_K" "$W_C"; do
    kubectl -n "$ns" create configmap c1 --from-literal=a=1 >/dev/null
    kubectl -n "$ns" create configmap c2 --from-literal=b=2 >/dev/null
    kubectl -n "$ns" create deployment web --image=nginx:1 >/dev/null
  done
  for ns in "$W_K" "$W_C"; do kubectl -n "$ns" rollout status deployment/web --timeout=60s >/dev/null; done
}

test_write_edit_matches_kubectl() {
  write_namespaces edit
  trap 'kubectl delete ns "$W_K" "$W_C" --wait=false >/dev/null 2>&1; W_MASK=; W_OUT_FILTER=' RETURN
  edit_fixtures
  local ed=$PWD/ed
  edit_editor "$ed"
  edit_masks
  # Saved unchanged: nothing sent.
  both -n @NS@ edit cm c1
  same_edit_files "$ed"
  # Two objects in one List; one changed, the other skipped.
  ED_SED='s/a: "1"/a: "2"/' both -n @NS@ edit cm c1 c2 --output-patch
  same_edit_files "$ed"
  same_objects configmaps
  # A strategic merge patch into a list keyed by name.
  ED_SED='s/image: nginx:1/image: nginx:2/; 0,/replicas: 1/s//replicas: 2/' both -n @NS@ edit deployment/web --output-patch
  same_edit_files "$ed"
  same_live deployments
  # JSON in the editor and on stdout.
  ED_SED='s/"a": "2"/"a": "3"/' both -n @NS@ edit configmap/c1 -o json
  same_edit_files "$ed"
  same_objects configmaps
  # Refused by the server: the file opens again with the causes, and
  # saved fixed goes through.
  ED_SED='s/^  name: c1$/  name: c1\n  labels: {"a b": x}/' ED_SED2='s/"a b"/ab/' both -n @NS@ edit cm c1
  same_edit_files "$ed"
  same_objects configmaps
  # Refused and saved again unchanged: the edit ends, the file is kept.
  ED_SED='s/^  name: c2$/  name: c2\n  labels: {"a b": x}/' both -n @NS@ edit cm c2
  same_edit_files "$ed"
  # A YAML syntax error caught by validation, then by the parser.
  ED_SED='s/^data:/data: [/' both -n @NS@ edit cm c2
  same_edit_files "$ed"
  ED_SED='s/^data:/data: [/' both -n @NS@ edit cm c2 --validate=false
  same_edit_files "$ed"
  # A name changed; an empty file (invalid, or with no validation empty).
  ED_SED='s/^  name: c2$/  name: c9/' both -n @NS@ edit cm c2
  same_edit_files "$ed"
  ED_SED='/^[^#]/d' both -n @NS@ edit cm c2
  same_edit_files "$ed"
  ED_SED='/^[^#]/d' both -n @NS@ edit cm c2 --validate=ignore
  same_edit_files "$ed"
  same_objects configmaps
  same_live deployments
}

test_write_edit_errors_match_kubectl() {
  write_namespaces editerr
  trap 'kubectl delete ns "$W_K" "$W_C" --wait=false >/dev/null 2>&1; W_MASK=; W_OUT_FILTER=' RETURN
  edit_fixtures
  local ed=$PWD/ed
  edit_editor "$ed"
  edit_masks
  both -n @NS@ edit
  both -n @NS@ edit cm nope
  both -n @NS@ edit secrets -l app=none
  both -n @NS@ edit cm c1 -o name
  both -n @NS@ edit cm c1 --subresource=scale
  both -n @NS@ edit cm c1 --subresource=foo
  both -n @NS@ edit cm c1 --validate=maybe
  both -n @NS@ apply edit-last-applied cm c1 --output-patch
  both -n @NS@ apply edit-last-applied cm c1
  [ -z "$(ls "$ed")" ] || [ "$(ls "$ed")" = editor.sh ] || { echo "    an editor ran" >&2; return 1; }
  # The status subresource: the whole object, saved unchanged.
  both -n @NS@ edit deployment/web --subresource=status
  same_edit_files "$ed"
  # The editor fails: kubectl's error; kctl also names the file it left.
  local k c
  k=$(ED_RC=3 kubectl -n "$W_K" edit cm c1 2>&1 >/dev/null || true)
  c=$(ED_RC=3 "$KCTL" -n "$W_C" edit cm c1 2>&1 >/dev/null) && return 1
  [ "$k" = "error: there was a problem with the editor \"$ed/editor.sh\"" ] || { echo "    kubectl: $k" >&2; return 1; }
  case "$c" in "A copy of your changes has been stored to \"/tmp/kctl-edit-"*".yaml\""$'\n'"$k") ;;
    *) echo "    kctl: $c" >&2; return 1 ;; esac
  rm -f "$(printf '%s' "$c" | sed -n 's/^A copy of your changes has been stored to "\(.*\)"$/\1/p')"
  same_objects configmaps
}

test_write_edit_save_config_and_last_applied_match_kubectl() {
  write_namespaces editla
  trap 'kubectl delete ns "$W_K" "$W_C" --wait=false >/dev/null 2>&1; W_MASK=; W_OUT_FILTER=' RETURN
  edit_fixtures
  local ed=$PWD/ed
  edit_editor "$ed"
  edit_masks
  ED_SED='s/a: "1"/a: "2"/' both -n @NS@ edit cm c1 --save-config
  same_edit_files "$ed"
  # The annotation holds the object as it was saved (uid and times aside).
  local strip='.metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"] | fromjson
    | del(.metadata.uid, .metadata.resourceVersion, .metadata.creationTimestamp, .metadata.namespace)
    | .metadata.managedFields |= map(del(.time))'
  [ "$(kubectl -n "$W_K" get cm c1 -o json | jq -S "$strip")" = "$(kubectl -n "$W_C" get cm c1 -o json | jq -S "$strip")" ] ||
    { echo "    last-applied annotations differ" >&2; return 1; }
  ED_SED='s/a: "2"/a: "5"/' both -n @NS@ apply edit-last-applied cm c1
  same_edit_files "$ed"
  [ "$(kubectl -n "$W_K" get cm c1 -o json | jq -S "$strip")" = "$(kubectl -n "$W_C" get cm c1 -o json | jq -S "$strip")" ] ||
    { echo "    last-applied annotations differ after edit-last-applied" >&2; return 1; }
  both -n @NS@ apply edit-last-applied cm c1 -o yaml
  same_edit_files "$ed"
}
