#!/bin/sh
# Records its pid (the test ends it), then never answers.
echo $$ >"${HOSTILE_PID_FILE:-/dev/null}"
exec sleep 600
