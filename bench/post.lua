-- wrk: POST one application per request, each with an Idempotency-Key of its own (thread id and counter).
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local file = io.open(os.getenv("BENCH_BODY"), "r")
  body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
end

function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = os.getenv("BENCH_RUN") .. "-" .. id .. "-" .. counter
  return wrk.format("POST", "/api/v1/applications", nil, body)
end
