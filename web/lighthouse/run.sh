#!/usr/bin/env bash
# Scores a search page and a listing page with Lighthouse (pinned in package.json), desktop and mobile, in Debian's
# headless Chromium, and prints the performance, accessibility, best-practices and SEO scores.
# Needs: Node.js 18.16 or newer with npm, /usr/bin/chromium, and either web/target/porchlight-web.jar
# (mvn -pl web package) or a running site given as LIGHTHOUSE_BASE_URL (such as http://127.0.0.1:8080).
# Without LIGHTHOUSE_BASE_URL it starts the demo (site plus RETS sandbox) on 127.0.0.1 with an H2 store in a
# temporary directory. Everything runs on loopback. Reports go to web/lighthouse/reports/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

readonly PORT=${LIGHTHOUSE_PORT:-18090}
readonly SANDBOX_PORT=${LIGHTHOUSE_SANDBOX_PORT:-18091}
readonly CHROME_FLAGS="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

npm ci --no-audit --no-fund --silent
mkdir -p reports

base=${LIGHTHOUSE_BASE_URL:-}
if [[ -z "$base" ]]; then
	work=$(mktemp -d)
	trap 'kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
	java -Xmx512m -jar "${LIGHTHOUSE_JAR:-../target/porchlight-web.jar}" --spring.profiles.active=demo \
		--server.address=127.0.0.1 --server.port="$PORT" \
		--porchlight.sandbox.port="$SANDBOX_PORT" \
		--porchlight.rets.login-url="http://127.0.0.1:$SANDBOX_PORT/rets2_1/Login" \
		--spring.datasource.url="jdbc:h2:file:$work/porchlight" \
		--porchlight.sync.photo-directory="$work/photos" > reports/app.log 2>&1 &
	app_pid=$!
	base="http://127.0.0.1:$PORT"
	echo "Waiting for the demo's first sync (log: web/lighthouse/reports/app.log)"
	for _ in $(seq 1 300); do
		curl -sf "$base/" 2>/dev/null | grep -q 'class="card"' && break
		kill -0 "$app_pid" 2>/dev/null || { echo "run.sh: the demo stopped; see web/lighthouse/reports/app.log" >&2; exit 1; }
		sleep 1
	done
fi

listing_path=$(curl -sf "$base/" | grep -o 'href="/listings/[^"]*"' | head -n 1 | cut -d '"' -f 2)
if [[ -z "$listing_path" ]]; then
	echo "run.sh: the search page at $base/ lists no listing; is the sync finished?" >&2
	exit 1
fi
search_path="/?beds=2&sort=price-asc"

score() {
	local name=$1 url=$2 preset=$3
	local report="reports/$name-$preset.json"
	local preset_flag=()
	[[ "$preset" == "desktop" ]] && preset_flag=(--preset=desktop)
	npx --no-install lighthouse "$url" "${preset_flag[@]}" --chrome-flags="$CHROME_FLAGS" \
		--only-categories=performance,accessibility,best-practices,seo \
		--output=json --output-path="$report" --quiet
	node -e '
		const report = require(process.argv[1]);
		const scores = ["performance", "accessibility", "best-practices", "seo"]
			.map((id) => id + " " + Math.round(report.categories[id].score * 100));
		console.log(process.argv[2].padEnd(8), process.argv[3].padEnd(8), scores.join("  "));
	' "./$report" "$name" "$preset"
}

echo "Search page: $search_path  Listing page: $listing_path"
for preset in desktop mobile; do
	score search "$base$search_path" "$preset"
	score listing "$base$listing_path" "$preset"
done
