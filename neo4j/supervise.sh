#!/bin/sh
# Runs the Neo4j server as a child that cannot outlive geokg: the parent holds this script's stdin
# open, and when that pipe closes (clean exit, Ctrl-C or even SIGKILL of the parent) Neo4j is
# stopped with SIGTERM, which makes it shut down cleanly.
exec 3<&0 0</dev/null
"$@" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null' TERM INT HUP
{ read -r _ <&3; kill -TERM "$server" 2>/dev/null; } &
watcher=$!
status=0
while kill -0 "$server" 2>/dev/null; do
  wait "$server"
  status=$?
done
kill "$watcher" 2>/dev/null
exit "$status"
