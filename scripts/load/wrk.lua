-- wrk script of the load runs (scripts/load/run.mjs). `wrk ... -s wrk.lua URL`
-- sends wrk's default request (the GET run); `... URL -- post` sends
-- POST /api/hostnames with a hostname unique per thread and request. Either
-- way it records up to 5 non-2xx answers per thread (status and the start of
-- the body) and prints them at the end, so a failing run says what failed.
local threads = {}
local counter = 0
local prefix = ""

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local posting = false
local default_request

function init(args)
  prefix = "t" .. id .. "-"
  posting = args[1] == "post"
  default_request = wrk.format()
end

-- Defined at the top level: wrk decides from the main script whether
-- requests are dynamic, before any thread's init runs.
request = function()
  if not posting then
    return default_request
  end
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
