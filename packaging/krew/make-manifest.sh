#!/usr/bin/env bash
# Writes the krew manifest for a release archive: make-manifest.sh VERSION
# URI ARCHIVE > kctl.yaml (ARCHIVE is the local copy of what URI serves).
set -euo pipefail
[ $# = 3 ] || { echo "usage: $0 VERSION URI ARCHIVE" >&2; exit 2; }
version=$1 uri=$2 archive=$3
sha=$(sha256sum "$archive" | cut -d' ' -f1)
sed -e "s|@VERSION@|${version#v}|" -e "s|@URI@|$uri|" -e "s|@SHA256@|$sha|" "$(dirname "$0")/kctl.yaml.in"
