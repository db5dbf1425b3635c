-- The same mix of searches as search.lua (half by treatment and payer, half by soonest), but from
-- every ZIP code near the benchmark's metros (the file given after "--", one ZIP a line): thousands
-- of distinct searches, so that nearly every one misses the search-result cache.
--
-- With "html" after the file, the same ZIPs and treatments ask the patient site's results page
-- (/providers/search.xhtml) what its own links ask: the home page's search form submitted (zip,
-- radiusMiles from the form's list, treatment, payer, and the empty language the form sends), and
-- the results page's "soonest" sort link, which keeps the filters that are set.
local paths = {}

init = function(args)
  local zips = {}
  for zip in io.lines(args[1]) do
    zips[#zips + 1] = zip
  end
  local html = args[2] == "html"
  local treatments = {"CONSULTATION", "TMS", "SPRAVATO", "KETAMINE_IV"}
  local payers = {"AETNA", "MEDICARE", "SELF_PAY", "BCBS"}
  for _, zip in ipairs(zips) do
    for t, treatment in ipairs(treatments) do
      local payer = payers[(t % #payers) + 1]
      if html then
        paths[#paths + 1] = "/providers/search.xhtml?zip=" .. zip .. "&radiusMiles=25&treatment=" .. treatment .. "&payer=" .. payer .. "&language="
        paths[#paths + 1] = "/providers/search.xhtml?zip=" .. zip .. "&radiusMiles=50&treatment=" .. treatment .. "&sort=soonest"
      else
        paths[#paths + 1] = "/api/v1/providers?zip=" .. zip .. "&radiusMiles=25&treatment=" .. treatment .. "&payer=" .. payer
        -- search.lua asks the same soonest search four times; radii of 47 to 50 miles keep them apart.
        paths[#paths + 1] = "/api/v1/providers?zip=" .. zip .. "&radiusMiles=" .. (46 + t) .. "&sort=soonest"
      end
    end
  end
  -- Each wrk thread starts half-way round from the previous one, so they never ask the same search
  -- within seconds of each other.
  counter = start * math.floor(#paths / 2)
end

local threads = 0
setup = function(thread)
  thread:set("start", threads)
  threads = threads + 1
end

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

dofile("bench/result.lua")
