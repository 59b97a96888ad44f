#!/bin/sh
# The official image's settings by environment: KAFKA_SOME_SETTING=value becomes some.setting=value
# (a double underscore stands for one, a triple one for a dash); the log is formatted once, with CLUSTER_ID.
set -eu
properties=/var/lib/kafka/server.properties
env | grep '^KAFKA_' | grep -v '^KAFKA_\(HEAP_OPTS\|OPTS\|JVM_PERFORMANCE_OPTS\|LOG4J_OPTS\)=' |
  while IFS='=' read -r name value; do
    key=$(echo "${name#KAFKA_}" | tr 'A-Z' 'a-z' | sed -e 's/___/-/g' -e 's/__/@/g' -e 's/_/./g' -e 's/@/_/g')
    echo "$key=$value"
  done > "$properties"
grep -q '^log\.dirs=' "$properties" || echo "log.dirs=/var/lib/kafka/data" >> "$properties"

java_run() {
  # shellcheck disable=SC2086 # the options are a list of words
  exec_prefix="$1"; shift
  $exec_prefix java ${KAFKA_HEAP_OPTS:--Xms256m -Xmx768m} -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile=/opt/kafka/log4j2.properties -cp '/opt/kafka/libs/*' "$@"
}
log_dir=$(sed -n 's/^log\.dirs=//p' "$properties" | cut -d, -f1)
if [ ! -e "$log_dir/meta.properties" ]; then
  # alone, the node is its quorum's only voter; with a fixed quorum (controller.quorum.voters) it is one of them
  standalone=--standalone
  grep -q '^controller\.quorum\.voters=' "$properties" && standalone=""
  java_run "" kafka.tools.StorageTool format --ignore-formatted \
    -t "${CLUSTER_ID:-5L6g3nShT-eMCtK--X86sw}" -c "$properties" $standalone
fi
java_run exec kafka.Kafka "$properties"
