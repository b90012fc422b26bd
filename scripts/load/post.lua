-- wrk script: POST /api/hostnames with a hostname unique per thread and
-- request; records up to 5 non-2xx answers per thread (status and the start
-- of the body) and prints them at the end.
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

bad = ""
badn = 0

function response(status, headers, body)
  if status < 200 or status > 299 then
    badn = badn + 1
    if badn <= 5 then
      bad = bad .. status .. " " .. string.sub(body or "", 1, 300) .. "\n"
    end
  end
end

function done(summary, latency, requests)
  for _, t in ipairs(threads) do
    local b = t:get("bad")
    if b and #b > 0 then
      io.write("non-2xx samples:\n" .. b)
    end
  end
end
