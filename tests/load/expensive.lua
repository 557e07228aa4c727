-- The most expensive request the limits allow: 19 renderings of Law No. 106 of 2013 in Arabic HTML (19 x 5,000, under
-- the complexity limit of 100,000). Run with -c20 beside lookup.lua to see that lookups keep their latency.
local fields = {}
for i = 1, 19 do fields[#fields + 1] = string.format('a%d: instrument(id: \\"kw/law/2013/106\\") { html(lang: AR) }', i) end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ ' .. table.concat(fields, " ") .. ' }"}'

