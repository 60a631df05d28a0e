// Stage timings as User Timing measures ("heistlens:<stage>"), so benchmarks and DevTools can
// read where a pass spends its time. A measure costs microseconds; nothing is stored.
export function measured<T>(stage: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`heistlens:${stage}`, { start, end: performance.now() });
  }
}

export async function measuredAsync<T>(stage: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    performance.measure(`heistlens:${stage}`, { start, end: performance.now() });
  }
}
