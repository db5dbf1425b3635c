-- Rotates provider searches over the demo metros, treatments and payers, as patients would: 50
-- distinct searches, so after the first round nearly every one is answered from the search-result
-- cache (bench/search-uncached.lua measures the misses).
local paths = {}
local zips = {"10001", "60601", "94103", "77002", "33130", "90012", "85004", "19107", "98101", "02108"}
local treatments = {"CONSULTATION", "TMS", "SPRAVATO", "KETAMINE_IV"}
local payers = {"AETNA", "MEDICARE", "SELF_PAY", "BCBS"}
for _, zip in ipairs(zips) do
  for t, treatment in ipairs(treatments) do
    local payer = payers[(t % #payers) + 1]
    paths[#paths + 1] = "/api/v1/providers?zip=" .. zip .. "&radiusMiles=25&treatment=" .. treatment .. "&payer=" .. payer
    paths[#paths + 1] = "/api/v1/providers?zip=" .. zip .. "&radiusMiles=50&sort=soonest"
  end
end
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

dofile("bench/result.lua")
