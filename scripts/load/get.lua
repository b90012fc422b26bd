-- wrk script for GET runs: records up to 5 non-2xx answers per thread (status
-- and the start of the body) and prints them at the end, so a failing run
-- says what failed.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
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
