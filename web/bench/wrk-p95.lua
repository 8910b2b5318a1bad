-- Prints the 95th percentile latency after a wrk run.
done = function(summary, latency, requests)
  io.write(string.format("p95 latency: %.2f ms, requests: %d, errors: %d\n", latency:percentile(95) / 1000,
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
