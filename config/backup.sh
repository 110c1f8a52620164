#!/usr/bin/env bash
# Back up Tremplin's database to a file, or restore such a file into an empty database.
# Reads the app's configuration: TREMPLIN_DB_URL (PostgreSQL; TREMPLIN_DB_USER, TREMPLIN_DB_PASSWORD),
# otherwise the embedded H2 database ${TREMPLIN_DATA_DIR:-./data}/tremplin.mv.db.
# Exit status: 0 done, 1 refused or failed (nothing written or restored), 2 bad arguments.
# See docs/operations.md, "Backup and restore".
set -euo pipefail

PROG=${0##*/}
H2_USER=tremplin   # the app's embedded H2 user (TremplinDataSource), empty password

usage() {
  cat <<EOF
usage: $PROG backup FILE    write a backup of the configured database to FILE (a new file)
       $PROG restore FILE   load FILE, made by '$PROG backup', into the configured database,
                            which must be empty (no table)

The database is the app's: PostgreSQL when TREMPLIN_DB_URL is set (with TREMPLIN_DB_USER and
TREMPLIN_DB_PASSWORD; needs pg_dump, pg_restore and psql), otherwise the embedded H2 database in
\${TREMPLIN_DATA_DIR:-./data} (needs java, unzip and the app's H2 jar, found in TREMPLIN_JAR or
target/tremplin.war, target/tremplin.jar, ~/.m2). Stop the app before an H2 backup or any restore.
EOF
}

die() { echo "$PROG: $*" >&2; exit 1; }
bad_usage() { echo "$PROG: $*" >&2; usage >&2; exit 2; }

setting() {  # the app's rule (Settings.get): a blank value counts as unset, values are trimmed
  local v=${!1:-}
  v=${v#"${v%%[![:space:]]*}"}; v=${v%"${v##*[![:space:]]}"}
  printf '%s' "$v"
}

TMP="" PART="" SCRATCH=""   # temporary folder, backup being written, H2 database being restored
cleanup() {
  [[ -z $TMP ]] || rm -rf -- "$TMP"
  [[ -z $PART ]] || rm -f -- "$PART"          # gone once renamed to FILE: only a failed backup leaves it
  [[ -z $SCRATCH ]] || rm -f -- "$SCRATCH".*.db
}
trap cleanup EXIT
trap 'exit 130' INT; trap 'exit 143' TERM   # signals go through the EXIT trap too
tmpdir() { [[ -n $TMP ]] || TMP=$(mktemp -d "${TMPDIR:-/tmp}/tremplin-backup.XXXXXX"); }

# ---- arguments -------------------------------------------------------------------------------
[[ ${1:-} == -h || ${1:-} == --help ]] && { usage; exit 0; }
(($# == 2)) || bad_usage "expected a command and a file, got $# argument(s)"
COMMAND=$1 FILE=$2
[[ $COMMAND == backup || $COMMAND == restore ]] || bad_usage "unknown command '$COMMAND'"
[[ -n $FILE ]] || bad_usage "empty file name"

if [[ $COMMAND == backup ]]; then
  [[ ! -e $FILE ]] || die "$FILE already exists: choose a new name (e.g. with the date), a backup never overwrites"
  [[ -d $(dirname -- "$FILE") ]] || die "no such folder: $(dirname -- "$FILE")"
  PART="$FILE.part-$$"   # written there, renamed to FILE once complete
  umask 077              # a backup holds personal data: readable by its owner only
else
  [[ -f $FILE && -r $FILE ]] || die "cannot read $FILE"
fi

# ---- PostgreSQL: pg_dump custom format, pg_restore in one transaction ------------------------
pg_connect() {  # JDBC URL -> libpq URI in PG_URI; credentials in PGUSER/PGPASSWORD, never on a command line
  local url=$1 rest query="" kv key val ssl="" sslmode="" params=() pairs=()
  [[ $url == jdbc:postgresql:* ]] || die "TREMPLIN_DB_URL must be a jdbc:postgresql: URL, got $url"
  rest=${url#jdbc:postgresql:}
  if [[ $rest == *\?* ]]; then query=${rest#*\?}; rest=${rest%%\?*}; fi
  if [[ $rest == //* ]]; then PG_URI="postgresql:$rest"; else PG_URI="postgresql://localhost/$rest"; fi
  IFS='&' read -ra pairs <<<"$query"
  for kv in "${pairs[@]}"; do
    [[ -n $kv ]] || continue
    key=${kv%%=*}; val=${kv#*=}; [[ $kv == *=* ]] || val=""
    case $key in
      user) export PGUSER; PGUSER=$(printf '%b' "${val//%/\\x}") ;;
      password) export PGPASSWORD; PGPASSWORD=$(printf '%b' "${val//%/\\x}") ;;
      sslmode) sslmode=1; params+=("$kv") ;;
      sslcert | sslkey | sslrootcert | sslpassword | options | application_name) params+=("$kv") ;;
      ApplicationName) params+=("application_name=$val") ;;
      ssl) [[ $val == false ]] || ssl=1 ;;
      *) echo "$PROG: note: JDBC parameter '$key' has no libpq equivalent, ignored" >&2 ;;
    esac
  done
  # pgjdbc's ssl=true without sslmode verifies the server certificate and name
  [[ -z $ssl || -n $sslmode ]] || params+=("sslmode=verify-full")
  ((${#params[@]} == 0)) || PG_URI+="?$(IFS='&'; printf '%s' "${params[*]}")"
  local user password
  user=$(setting TREMPLIN_DB_USER); password=$(setting TREMPLIN_DB_PASSWORD)
  [[ -z $user ]] || export PGUSER=$user
  [[ -z $password ]] || export PGPASSWORD=$password
  export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-10}
  PG_SHOWN=${PG_URI%%\?*}   # for messages
}

pg_need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null \
      || die "$tool not found: install the PostgreSQL client tools (Debian: postgresql-client), of the server's major version or newer"
  done
}

pg_backup() {
  pg_need pg_dump
  pg_dump --format=custom --file="$PART" --dbname="$PG_URI" || die "pg_dump failed on $PG_SHOWN: nothing written"
  mv -- "$PART" "$FILE"
  echo "$PROG: backup of PostgreSQL $PG_SHOWN written to $FILE ($(wc -c <"$FILE") bytes)"
}

pg_restore_into() {
  pg_need pg_restore psql
  [[ $(head -c 5 -- "$FILE") == PGDMP ]] \
    || die "$FILE is not a PostgreSQL backup (pg_dump custom format); an H2 backup restores only into H2"
  local objects
  objects=$(psql -X -q -At -v ON_ERROR_STOP=1 --dbname="$PG_URI" -c "
      SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'") \
    || die "cannot query $PG_SHOWN (does the database exist? create it empty with createdb)"
  ((objects == 0)) || die "$PG_SHOWN is not empty ($objects tables, views or sequences): nothing restored.
Restore into an empty database: create one (createdb), point TREMPLIN_DB_URL at it, run the restore again."
  # one transaction: any error rolls everything back, nothing is half-written
  pg_restore --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$PG_URI" -- "$FILE" \
    || die "pg_restore failed: rolled back, $PG_SHOWN is still empty"
  echo "$PROG: $FILE restored into PostgreSQL $PG_SHOWN"
}

# ---- H2: SCRIPT/RUNSCRIPT with the app's own H2 version --------------------------------------
# The app's H2 (WEB-INF/lib of its WAR, which it loads before Payara's older runtime copy) reads and
# writes the database file; another H2 version might not.
h2_jar_from() {  # $1: an H2 jar, the app's WAR or its Payara Micro bundle; sets H2 to the H2 jar
  local jar=$1 entry war
  if unzip -Z1 "$jar" org/h2/tools/Script.class >/dev/null 2>&1; then H2=$jar; return; fi
  tmpdir
  if entry=$(unzip -Z1 "$jar" 'MICRO-INF/deploy/*.war' 2>/dev/null | head -1) && [[ -n $entry ]]; then
    war="$TMP/app.war"; unzip -p "$jar" "$entry" >"$war"
  else
    war=$jar
  fi
  entry=$(unzip -Z1 "$war" 'WEB-INF/lib/h2-*.jar' 2>/dev/null | head -1) || entry=""
  [[ -n $entry ]] || return 1
  unzip -p "$war" "$entry" >"$TMP/h2.jar"
  H2="$TMP/h2.jar"
}

find_h2_jar() {  # TREMPLIN_JAR, else the build's WAR or bundle next to this script, else ~/.m2
  command -v unzip >/dev/null || die "unzip not found (Debian: apt-get install unzip)"
  local root candidate version m2
  candidate=$(setting TREMPLIN_JAR)
  if [[ -n $candidate ]]; then
    [[ -f $candidate ]] || die "TREMPLIN_JAR=$candidate: no such file"
    h2_jar_from "$candidate" || die "TREMPLIN_JAR=$candidate holds no H2 jar (give tremplin.jar, tremplin.war or an h2 jar)"
    return
  fi
  root=$(cd "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
  for candidate in "$root/target/tremplin.war" "$root/target/tremplin.jar"; do
    [[ -f $candidate ]] && h2_jar_from "$candidate" && return
  done
  if [[ -f $root/pom.xml ]]; then
    version=$(sed -n '/<artifactId>h2<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;}' "$root/pom.xml")
    m2="$HOME/.m2/repository/com/h2database/h2/$version/h2-$version.jar"
    [[ -n $version && -f $m2 ]] && { H2=$m2; return; }
  fi
  die "H2 jar not found: build the app (mvn package) or set TREMPLIN_JAR to the deployed tremplin.jar"
}

h2_run() {  # $1: what was being done, then the java arguments; H2's usual errors turned into a sentence
  local what=$1; shift
  tmpdir
  if "$JAVA" -cp "$H2" "$@" >"$TMP/h2.out" 2>"$TMP/h2.err"; then return 0; fi
  if grep -q '90020' "$TMP/h2.err"; then
    die "the H2 database in $DATA_DIR is in use (locked by a running Tremplin?): stop the app, then $what again"
  elif grep -q '90146' "$TMP/h2.err"; then
    die "no H2 database in $DATA_DIR (no tremplin.mv.db): check TREMPLIN_DATA_DIR"
  fi
  echo "$PROG: H2 failed:" >&2
  if grep -q '^Exception in thread' "$TMP/h2.err"; then
    sed -n 's/^Exception in thread "main" /  /p; s/^Caused by: /  caused by: /p' "$TMP/h2.err" >&2
  else
    cat "$TMP/h2.err" "$TMP/h2.out" >&2
  fi
  return 1
}

h2_setup() {
  DATA_DIR=$(setting TREMPLIN_DATA_DIR); DATA_DIR=$(realpath -m -- "${DATA_DIR:-./data}")
  [[ $DATA_DIR != *\;* ]] || die "TREMPLIN_DATA_DIR must not contain ';'"
  JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
  [[ -n $JAVA && -x $JAVA ]] || JAVA=$(command -v java) || die "java not found: set JAVA_HOME or put java on the PATH"
  find_h2_jar
}

h2_url() { printf 'jdbc:h2:file:%s' "$DATA_DIR/$1"; }

h2_backup() {
  h2_setup
  [[ -f $DATA_DIR/tremplin.mv.db ]] || die "no H2 database in $DATA_DIR (no tremplin.mv.db): check TREMPLIN_DATA_DIR"
  h2_run "run the backup" org.h2.tools.Script -url "$(h2_url tremplin);IFEXISTS=TRUE" \
      -user "$H2_USER" -password "" -script "$PART" -options compression zip \
    || die "backup failed: nothing written"
  mv -- "$PART" "$FILE"
  echo "$PROG: backup of H2 $DATA_DIR/tremplin.mv.db written to $FILE ($(wc -c <"$FILE") bytes)"
}

h2_restore() {
  h2_setup
  [[ $(head -c 2 -- "$FILE") == PK ]] && unzip -Z1 "$FILE" script.sql >/dev/null 2>&1 \
    || die "$FILE is not an H2 backup (zip with script.sql); a PostgreSQL backup restores only into PostgreSQL"
  mkdir -p -- "$DATA_DIR"
  local target="$DATA_DIR/tremplin.mv.db" objects
  if [[ -e $target ]]; then
    h2_run "run the restore" org.h2.tools.Shell -url "$(h2_url tremplin);IFEXISTS=TRUE" -user "$H2_USER" -password "" \
        -sql "SELECT (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA')
                   + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA <> 'INFORMATION_SCHEMA') AS N" \
      || die "cannot open $target: nothing restored"
    objects=$(sed -n 2p "$TMP/h2.out")
    [[ $objects =~ ^[0-9]+$ ]] || die "cannot read $target: nothing restored"
    ((objects == 0)) || die "the H2 database $target is not empty ($objects tables or sequences): nothing restored.
Restore into an empty database: move $target aside (keep it until the restored data is checked), run the restore again."
  fi
  # into a scratch database beside it, which replaces the target only once complete
  SCRATCH="$DATA_DIR/tremplin-restore-$$"
  h2_run "run the restore" org.h2.tools.RunScript -url "jdbc:h2:file:$SCRATCH" -user "$H2_USER" -password "" \
      -script "$FILE" -options compression zip \
    || die "restore failed: nothing restored"
  mv -f -- "$SCRATCH.mv.db" "$target"
  echo "$PROG: $FILE restored into H2 $target"
}

# ---- main ------------------------------------------------------------------------------------
DB_URL=$(setting TREMPLIN_DB_URL)
if [[ -n $DB_URL ]]; then
  pg_connect "$DB_URL"
  if [[ $COMMAND == backup ]]; then pg_backup; else pg_restore_into; fi
else
  if [[ $COMMAND == backup ]]; then h2_backup; else h2_restore; fi
fi
