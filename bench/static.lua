-- The static 1 KB file: the yardstick for the search's throughput.
dofile("bench/result.lua")
