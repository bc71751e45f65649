export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export async function timeEach(inputs: string[], run: (q: string) => unknown | Promise<unknown>) {
  for (const q of inputs.slice(0, 20)) await run(q); // warm up
  const times: number[] = [];
  for (const q of inputs) {
    const start = performance.now();
    await run(q);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1]! };
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;
