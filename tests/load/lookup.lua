-- A normal lookup: one institution by id, with its title (tests/load/fair-share.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ node(id: \\"org/kw-fiu\\") { id title(lang: EN) } }"}'
