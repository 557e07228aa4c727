-- wrk script: POST the GraphQL query in the QUERY environment variable (JSON-escaped by the caller), or GET the path in
-- GET_PATH (a persisted query by hash).
if os.getenv("GET_PATH") then
  wrk.method = "GET"
  wrk.path = os.getenv("GET_PATH")
else
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"query":' .. os.getenv("QUERY") .. '}'
end
