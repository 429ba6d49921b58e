# Kinora: the two set-up commands.
#   make run   installs missing system packages, builds (release), starts the studio
#   make test  installs missing system packages, builds, runs every test

PROMPT ?= a red ball bounces on a beach at sunset, upbeat music
OUT ?= out/demo.mp4
PORT ?= 8000

.PHONY: run demo test deps build release bench

deps:
	scripts/install-deps

release: deps
	swift build -c release --product kinora

build: deps
	swift build --build-tests

# The studio with its embedded defaults (SQLite and media in ~/.kinora/studio, one worker),
# with a new API key for the "local" organization printed first.
run: release
	@echo "API key for http://127.0.0.1:$(PORT)/v1 (shown once): $$(.build/release/kinora keys create --org local 2>/dev/null)"
	.build/release/kinora serve --port $(PORT)

demo: release
	@mkdir -p $(dir $(OUT))
	.build/release/kinora generate "$(PROMPT)" --seconds 8 -o $(OUT) --thumbnail $(OUT:.mp4=.webp)
	@echo "Your video: $(OUT) (thumbnail $(OUT:.mp4=.webp))"

# The CLI tests run the release binary (numeric code in debug builds is too slow for
# rendering whole clips); unit tests run in the debug build, S3StorageTests on a throw-away SeaweedFS.
# The API tests drive a live `kinora serve` with the official openai Python client, once on
# the embedded defaults (SQLite, media folder) and once scaled out: a throw-away PostgreSQL server
# and a throw-away SeaweedFS S3 store together (one run instead of two keeps `make test` short).
test: release build
	KINORA_BIN=$(CURDIR)/.build/release/kinora scripts/with-seaweedfs swift test --skip-build --parallel --num-workers 2
	KINORA_BIN=$(CURDIR)/.build/release/kinora scripts/with-postgres scripts/with-seaweedfs python3 -m pytest -q Tests/api
	KINORA_BIN=$(CURDIR)/.build/release/kinora python3 -m pytest -q Tests/api

bench: release
	.build/release/kinora bench --seconds 10
