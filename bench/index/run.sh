#!/usr/bin/env bash
# The search index's structures measured side by side (docs/benchmarks.md, "Search index"): builds
# directory-ejb's classes, compiles this harness against them and Lucene (lucene-core from Maven
# Central, fetched into the local repository), and runs it on a generated directory of 10,000
# clinics, 50,000 providers and about 2.7 million candidate times. One RESULT line per figure.
#
#   bench/index/run.sh   # INDEX_JAVA_OPTS (-Xmx1g -XX:+UseParallelGC), INDEX_SEARCHES (100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
lucene=9.12.3
./mvnw -q -pl directory-ejb -DskipTests -Dspotless.check.skip=true compile dependency:build-classpath \
  -Dmdep.outputFile=target/index-bench.classpath >/dev/null
./mvnw -q dependency:get -Dartifact="org.apache.lucene:lucene-core:$lucene" >/dev/null
repo="$(./mvnw -q help:evaluate -Dexpression=settings.localRepository -DforceStdout)"
cp="directory-ejb/target/classes:$(cat directory-ejb/target/index-bench.classpath)"
cp="$cp:$repo/org/apache/lucene/lucene-core/$lucene/lucene-core-$lucene.jar"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
javac -d "$out" -cp "$cp" $(find bench/index/src -name '*.java')
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
java ${INDEX_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC} -Dsearches="${INDEX_SEARCHES:-100000}" \
  -cp "$out:$cp" care.lantern.search.control.IndexBenchmark
