-- wrk script: POST the GraphQL query in the QUERY environment variable (JSON-escaped by the caller), or GET the path in
-- GET_PATH (a persisted query by hash); ACCEPT_ENCODING, when set, is sent as Accept-Encoding (as browsers, Python's
-- requests and Node's fetch send one).
if os.getenv("GET_PATH") then
  wrk.method = "GET"
  wrk.path = os.getenv("GET_PATH")
else
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"query":' .. os.getenv("QUERY") .. '}'
end
if os.getenv("ACCEPT_ENCODING") then
  wrk.headers["Accept-Encoding"] = os.getenv("ACCEPT_ENCODING")
end
