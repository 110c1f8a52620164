#!/usr/bin/env bash
# Synthetic data and benchmarks (docs/benchmarks.md). Not part of the test suite.
#
#   config/bench.sh generate SCALE   fill the configured database (empty) at a scale factor:
#                                    1 = 10,000 learners, ~200,000 attendance rows, ~3,000 loans
#   config/bench.sh run              start the app on that database and print the benchmark's ratios
#                                    (with target/tremplin.aot when it is newer than the jar; BENCH_AOT=0: without)
#   config/bench.sh aot              write target/tremplin.aot, the JDK's ahead-of-time cache for this build:
#                                    start with java -XX:AOTCache=target/tremplin.aot -jar target/tremplin.jar
#   config/bench.sh pages URL USER PASSWORD N PAGE...   time pages of a running app, each N times in a row
#   config/bench.sh home URL USER PASSWORD N            the home page with its figures expired, and a login alone
#
# The database is the app's own configuration: TREMPLIN_DB_URL (+ _USER, _PASSWORD) for PostgreSQL,
# else the H2 file under TREMPLIN_DATA_DIR (default ./data). Needs the app built (mvn package) and,
# for `run`, wrk (Debian package) and jcmd (in the JDK).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
[[ -x $JAVA ]] || { echo "bench: no java at $JAVA: set JAVA_HOME to a JDK 21+" >&2; exit 2; }
MVN=(mvn -B -ntp -q)
[[ ${BENCH_OFFLINE:-} == 1 ]] && MVN+=(-o)

classpath() {  # test classes + every dependency (test scope), written by Maven once per build
  if [[ ! -f target/bench.classpath || pom.xml -nt target/bench.classpath || ! -d target/test-classes/org/tremplin/bench ]]; then
    "${MVN[@]}" -DskipTests test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
      -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2 \
      || { echo "bench: Maven could not write the classpath (offline without the dependency plugin? drop BENCH_OFFLINE)" >&2; exit 2; }
  fi
  echo "target/test-classes:target/classes:$(cat target/bench.classpath)"
}

case ${1:-} in
  generate)
    [[ ${2:-} =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "usage: config/bench.sh generate SCALE (e.g. 1 or 10)" >&2; exit 2; }
    CP=$(classpath)
    exec "$JAVA" -Xmx2g -cp "$CP" org.tremplin.bench.DataGenerator "$2" ;;
  aot)
    # the JDK's ahead-of-time cache for this build (JDK 25): a training run on a throwaway H2 with the demo data
    [[ -f target/tremplin.jar ]] || { echo "bench: target/tremplin.jar missing: mvn -DskipTests clean package" >&2; exit 2; }
    "$JAVA" -XX:AOTMode=off -version >/dev/null 2>&1 || { echo "bench: the JDK at $JAVA has no ahead-of-time cache: use JDK 25+" >&2; exit 2; }
    CP=$(classpath)
    rm -rf target/aot-training
    exec "$JAVA" -cp "$CP" org.tremplin.bench.AotTraining target/tremplin.jar target/tremplin.aot target/aot-training ;;
  run)
    [[ -f target/tremplin.jar ]] || { echo "bench: target/tremplin.jar missing: mvn -DskipTests clean package" >&2; exit 2; }
    command -v wrk >/dev/null || { echo "bench: wrk missing: apt-get install wrk" >&2; exit 2; }
    MICRO=$HOME/.m2/repository/fish/payara/extras/payara-micro/$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
    CP=$(classpath)
    exec "$JAVA" -cp "$CP" org.tremplin.bench.Benchmark target/tremplin.jar "$(ls "$MICRO"/payara-micro-*.jar | head -1)" ;;
  pages|home)
    CP=$(classpath)
    exec "$JAVA" -cp "$CP" org.tremplin.bench.PageTimes "$@" ;;
  *)
    echo "usage: config/bench.sh generate SCALE | run | aot | pages URL USER PASSWORD N PAGE... | home URL USER PASSWORD N" >&2; exit 2 ;;
esac
