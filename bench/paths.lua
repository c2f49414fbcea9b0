-- wrk: each request takes a random line of the file WRK_PATHS (a path and query string); any other status than
-- 200 or 304 counts as an error in wrk's "Non-2xx or 3xx responses"
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
    paths[#paths + 1] = line
end

request = function()
    return wrk.format("GET", paths[math.random(#paths)])
end
