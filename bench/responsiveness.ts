import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

/**
 * How responsive the main thread stayed while some work ran, three ways:
 * - `maxStallMs`: perf_hooks.monitorEventLoopDelay at 1 ms resolution, its max (how late
 *   a timer fired, beyond its interval). Counts everything that kept the loop from turning,
 *   including time the OS gave the CPU to other processes on a loaded machine.
 * - `probeMaxLateMs`: our own 1 ms setInterval, the largest gap between two ticks minus the
 *   interval: the same question asked independently of libuv's histogram.
 * - `maxBusyMs`: the most event-loop *active* time (eventLoopUtilization) between two probe
 *   ticks: the longest stretch of work the main thread itself did without yielding. Unlike
 *   the two above, it does not grow when another process takes the CPU.
 */
export interface Responsiveness {
  maxStallMs: number;
  p99StallMs: number;
  probeMaxLateMs: number;
  maxBusyMs: number;
}

export async function watchMainThread<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; responsiveness: Responsiveness }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let lastTick = performance.now();
  let previous = performance.eventLoopUtilization();
  let probeMaxLate = 0;
  let maxBusy = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    probeMaxLate = Math.max(probeMaxLate, now - lastTick - 1);
    lastTick = now;
    const utilization = performance.eventLoopUtilization();
    maxBusy = Math.max(maxBusy, utilization.active - previous.active);
    previous = utilization;
  }, 1);
  histogram.enable();
  const start = performance.now();
  let value: T;
  let ms: number;
  try {
    value = await work();
    ms = performance.now() - start;
  } finally {
    // A stall is only recorded when the late timer finally fires: give it the chance.
    await new Promise((resolve) => setTimeout(resolve, 20));
    histogram.disable();
    clearInterval(probe);
  }
  return {
    value,
    ms,
    responsiveness: {
      maxStallMs: histogram.max / 1e6,
      p99StallMs: histogram.percentile(99) / 1e6,
      probeMaxLateMs: Math.max(0, probeMaxLate),
      maxBusyMs: maxBusy,
    },
  };
}

/** The same monitors over an idle stretch: the machine's own noise, to read stalls against. */
export async function idleBaseline(ms: number): Promise<Responsiveness> {
  const { responsiveness } = await watchMainThread(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return responsiveness;
}
