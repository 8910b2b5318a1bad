#!/usr/bin/env bash
# Builds Porchlight and starts the demo: the web site with an embedded RETS sandbox as its feed,
# the sync running in the same process, an H2 database in ./data and photos under ./data/photos.
# Extra arguments go to the application, for example --server.port=8081.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

command -v mvn >/dev/null 2>&1 \
	|| { echo "demo.sh: Maven (mvn) not found: install Maven 3.8 or newer." >&2; exit 1; }
command -v java >/dev/null 2>&1 \
	|| { echo "demo.sh: Java not found: install a JDK 17 or newer." >&2; exit 1; }

echo "==> Building (mvn -B -q -DskipTests install)"
mvn -B -q -DskipTests install

mkdir -p data

# The demo's admin password is public, so the site listens on loopback only unless SERVER_ADDRESS
# or --server.address sets another address.
export SERVER_ADDRESS="${SERVER_ADDRESS:-127.0.0.1}"

echo "==> Starting Porchlight with the demo profile"
echo "    Site: http://localhost:8080, or the port given with --server.port. Listings appear within about a minute."
echo "    Admin dashboard: http://localhost:8080/admin (user admin, password demo; demo profile only)"
echo "    Stop with Ctrl+C. The database and photos stay in ./data; delete it to start over."
exec java -jar web/target/porchlight-web.jar --spring.profiles.active=demo "$@"
