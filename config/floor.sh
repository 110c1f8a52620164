#!/usr/bin/env bash
# The stack's floors (docs/benchmarks.md, "The stack's floors"): what Payara Micro with Faces, PrimeFaces, JPA, CDI
# and JAX-RS costs before any of Tremplin's own code, measured against the same baselines as the benchmark.
#
#   config/floor.sh startup [N]   N interleaved starts (default 4) of: an empty Payara Micro; the minimal app
#                                 without and with its ahead-of-time cache; Tremplin with target/tremplin.aot
#                                 (on TREMPLIN_DB_URL, as config/bench.sh run); seconds to the first answer
#   config/floor.sh load          the minimal app under wrk, 20 connections without pause, 30 s each after 30 s:
#                                 a static file, a PrimeFaces form with a table of 20 rows, a plain Facelets page of
#                                 the same 20 rows; p95 and throughput
#
# The minimal app is the stack probe of ../shared/reference/stack-spike (one entity on in-memory H2, one CDI bean, one
# page, one JAX-RS resource), built here with this project's Payara version, plus a plain page and a static file.
# Needs the app built (mvn package) for `startup`, wrk and curl.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
MICRO=$HOME/.m2/repository/fish/payara/extras/payara-micro/$VERSION/payara-micro-$VERSION.jar
SPIKE=${SPIKE:-../shared/reference/stack-spike}
WORK=target/floor
[[ -f $MICRO ]] || { echo "floor: $MICRO missing: mvn package fetches it" >&2; exit 2; }
[[ -d $SPIKE ]] || { echo "floor: no stack probe at $SPIKE (set SPIKE)" >&2; exit 2; }

minimal_app() {  # target/floor/x.war and its ahead-of-time cache, once
  if [[ ! -f $WORK/app/target/x.war ]]; then
    rm -rf "$WORK/app" && mkdir -p "$WORK" && cp -r "$SPIKE" "$WORK/app"
    cp webapp/resources/css/tremplin.css "$WORK/app/webapp/static.css"
    cat > "$WORK/app/webapp/plain.xhtml" <<'EOF'
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:ui="jakarta.faces.facelets">
<h:head><title>Plain</title></h:head>
<h:body>
  <h1>Greetings</h1>
  <table><tbody>
    <ui:repeat value="#{greetingBean.greetings}" var="g"><tr><td>#{g.id}</td><td>#{g.text}</td></tr></ui:repeat>
  </tbody></table>
</h:body>
</html>
EOF
    (cd "$WORK/app" && mvn -B -ntp -q -DskipTests -Dpayara.version="$VERSION" package) >&2
  fi
  if [[ ! -f $WORK/app.aot ]]; then  # a training run: start, ask the page and the API, stop
    local port; port=$(free_port)
    "$JAVA" -Xmx512m -XX:AOTCacheOutput="$WORK/app.aot" -jar "$MICRO" --nocluster --disablephonehome \
      --deploy "$WORK/app/target/x.war" --contextroot / --port "$port" > "$WORK/training.log" 2>&1 &
    local pid=$!
    await "$pid" "http://127.0.0.1:$port/index.xhtml" 200
    for _ in $(seq 30); do
      curl -s -o /dev/null "http://127.0.0.1:$port/index.xhtml"; curl -s -o /dev/null "http://127.0.0.1:$port/api/greetings"
    done
    kill "$pid"; wait "$pid" || true
  fi
}

free_port() { python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"; }

await() {  # PID URL any|200: until the URL answers (any code, or 200), 2 minutes at most
  local code
  for _ in $(seq 2400); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$2" || true)
    if [[ $3 == any && $code != 000 ]] || [[ $code == 200 ]]; then return 0; fi
    kill -0 "$1" 2>/dev/null || { echo "floor: the process ended: see $WORK" >&2; return 1; }
    sleep 0.05
  done
  kill -9 "$1"; echo "floor: no answer from $2 after 2 minutes" >&2; return 1
}

start() {  # NAME PATH any|200 COMMAND...: seconds to the first answer, then stops it
  local name=$1 path=$2 mode=$3 port t0 t1 pid; shift 3
  port=$(free_port); t0=$(date +%s%N)
  "$@" --port "$port" > "$WORK/$name.log" 2>&1 &
  pid=$!
  await "$pid" "http://127.0.0.1:$port$path" "$mode"
  t1=$(date +%s%N)
  printf '%-34s %6.2f s\n' "$name" "$(echo "($t1 - $t0) / 1000000000" | bc -l)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  sleep 2
}

case ${1:-} in
  startup)
    minimal_app
    [[ -f target/tremplin.jar ]] || { echo "floor: target/tremplin.jar missing: mvn -DskipTests clean package" >&2; exit 2; }
    AOT=(); [[ -f target/tremplin.aot ]] && AOT=(-XX:AOTCache=target/tremplin.aot)
    for _ in $(seq "${2:-4}"); do
      start "empty Payara Micro" / any "$JAVA" -Xmx512m -jar "$MICRO" --nocluster --disablephonehome
      start "minimal app" /index.xhtml 200 "$JAVA" -Xmx512m -jar "$MICRO" --nocluster --disablephonehome \
        --deploy "$WORK/app/target/x.war" --contextroot /
      start "minimal app, ahead-of-time cache" /index.xhtml 200 "$JAVA" -Xmx512m -XX:AOTCache="$WORK/app.aot" -jar "$MICRO" \
        --nocluster --disablephonehome --deploy "$WORK/app/target/x.war" --contextroot /
      start "Tremplin${AOT:+, ahead-of-time cache}" /login.xhtml 200 "$JAVA" -Xmx512m "${AOT[@]}" -jar target/tremplin.jar
    done ;;
  load)
    command -v wrk >/dev/null || { echo "floor: wrk missing: apt-get install wrk" >&2; exit 2; }
    minimal_app
    port=$(free_port)
    "$JAVA" -Xmx512m -XX:AOTCache="$WORK/app.aot" -jar "$MICRO" --nocluster --disablephonehome \
      --deploy "$WORK/app/target/x.war" --contextroot / --port "$port" > "$WORK/load.log" 2>&1 &
    pid=$!
    trap 'kill $pid 2>/dev/null || true' EXIT
    await "$pid" "http://127.0.0.1:$port/index.xhtml" 200
    for i in $(seq 20); do
      curl -s -o /dev/null -H 'Content-Type: text/plain' -d "Hello, learner number $i of the minimal app!" "http://127.0.0.1:$port/api/greetings"
    done
    cat > "$WORK/session.lua" <<'EOF'
-- each thread keeps the session cookie it is given; p95 and throughput at the end
local cookie = nil
response = function(status, headers, body)
  local c = headers["Set-Cookie"]
  if c and not cookie then cookie = string.match(c, "^([^;]+)") end
end
request = function()
  if cookie then wrk.headers["Cookie"] = cookie end
  return wrk.format("GET", wrk.path)
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2f ms, p50 %.2f ms, %.0f requests/s\n", latency:percentile(95) / 1000,
    latency:percentile(50) / 1000, summary.requests / (summary.duration / 1e6)))
end
EOF
    pages=(static.css index.xhtml plain.xhtml)
    for page in "${pages[@]}"; do wrk -t2 -c20 -d30s -s "$WORK/session.lua" "http://127.0.0.1:$port/$page" > /dev/null; done
    for page in "${pages[@]}"; do
      printf '%-12s ' "$page"; wrk -t2 -c20 -d30s -s "$WORK/session.lua" "http://127.0.0.1:$port/$page" | tail -1
    done ;;
  *)
    echo "usage: config/floor.sh startup [N] | load" >&2; exit 2 ;;
esac
