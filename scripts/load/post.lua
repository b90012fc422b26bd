-- wrk script: POST /api/hostnames with a hostname unique per thread and request.
local counter = 0
local prefix = ""
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  prefix = "t" .. id .. "-"
end

request = function()
  counter = counter + 1
  local body = '{"hostname":"load-' .. prefix .. counter .. '.customer-load.io"}'
  return wrk.format("POST", "/api/hostnames", nil, body)
end
