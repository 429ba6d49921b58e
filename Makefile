# Kinora: the two set-up commands.
#   make run   installs missing system packages, builds (release), makes a demo video
#   make test  installs missing system packages, builds, runs every test

PROMPT ?= a red ball bounces on a beach at sunset, upbeat music
OUT ?= out/demo.mp4

.PHONY: run test deps build release bench

deps:
	scripts/install-deps

release: deps
	swift build -c release --product kinora

build: deps
	swift build --build-tests

run: release
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
