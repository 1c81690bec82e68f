import { readFileSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

/**
 * How responsive the main thread stayed while some work ran:
 * - `maxStallMs`: perf_hooks.monitorEventLoopDelay at 1 ms resolution, its max: how late
 *   a timer fired. It counts everything that kept the loop from turning, including time the
 *   OS gave the CPU to other processes on a loaded machine.
 * - `probeMaxLateMs`: our own 1 ms setInterval, the largest gap between two ticks beyond
 *   the interval: the same question asked independently of libuv's histogram.
 * - For the probe's worst gap, where the time went (Linux: the main thread's own
 *   /proc/thread-self/schedstat, nanosecond counters): `worstGap.cpuMs` running on a CPU
 *   (the main thread's own work), `worstGap.waitMs` runnable but waiting for a CPU (other
 *   processes or threads had it), `worstGap.blockedMs` the rest (sleeping: blocked in a
 *   system call such as fsync, or idle in the event loop).
 * - `maxOwnCpuMs`: the most CPU the main thread used between two probe ticks: the longest
 *   stretch of its own work, whatever the machine's load.
 * - `maxBusyMs`: the same from eventLoopUtilization (active time between ticks), which
 *   also counts preemption inside a callback; kept for comparison.
 * - `memory`: the process's resident memory before the work and its peak during it, worker
 *   threads included (they share the process). Linux: the kernel's own high-water mark
 *   (VmHWM), reset just before the work through /proc/self/clear_refs, so nothing between
 *   two samples is missed; elsewhere the largest RSS seen by the 1 ms probe.
 */
export interface Responsiveness {
  maxStallMs: number;
  p99StallMs: number;
  probeMaxLateMs: number;
  worstGap: { ms: number; cpuMs: number; waitMs: number; blockedMs: number } | null;
  maxOwnCpuMs: number | null;
  maxBusyMs: number;
  memory: { baseRssBytes: number; peakRssBytes: number; method: 'VmHWM' | 'sampled' };
}

/** VmHWM (peak resident set) in bytes from /proc/self/status, or null. */
function highWaterMark(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'latin1'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Resets VmHWM to the current RSS (Linux ≥ 4.0: write 5 to clear_refs); false where it cannot. */
function resetHighWaterMark(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return highWaterMark() !== null;
  } catch {
    return false;
  }
}

/** The main thread's [on-CPU ns, runqueue-wait ns], or null where /proc does not say. */
function schedstat(): [number, number] | null {
  try {
    const [cpu, wait] = readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ');
    return [Number(cpu), Number(wait)];
  } catch {
    return null;
  }
}

export async function watchMainThread<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; responsiveness: Responsiveness }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let lastTick = performance.now();
  let lastSched = schedstat();
  let previous = performance.eventLoopUtilization();
  let probeMaxLate = 0;
  let maxBusy = 0;
  let maxOwnCpu: number | null = lastSched ? 0 : null;
  let worstGap: Responsiveness['worstGap'] = null;
  const baseRssBytes = process.memoryUsage.rss();
  const kernelPeak = resetHighWaterMark();
  let sampledPeak = baseRssBytes;
  const probe = setInterval(() => {
    const now = performance.now();
    if (!kernelPeak) sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
    const sched = schedstat();
    const gap = now - lastTick;
    probeMaxLate = Math.max(probeMaxLate, gap - 1);
    if (sched && lastSched) {
      const cpuMs = (sched[0] - lastSched[0]) / 1e6;
      const waitMs = (sched[1] - lastSched[1]) / 1e6;
      maxOwnCpu = Math.max(maxOwnCpu ?? 0, cpuMs);
      if (!worstGap || gap > worstGap.ms) worstGap = { ms: gap, cpuMs, waitMs, blockedMs: Math.max(0, gap - cpuMs - waitMs) };
    }
    lastTick = now;
    lastSched = sched;
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
      worstGap,
      maxOwnCpuMs: maxOwnCpu,
      maxBusyMs: maxBusy,
      memory: {
        baseRssBytes,
        peakRssBytes: kernelPeak ? Math.max(baseRssBytes, highWaterMark() ?? 0) : Math.max(sampledPeak, process.memoryUsage.rss()),
        method: kernelPeak ? 'VmHWM' : 'sampled',
      },
    },
  };
}

/** The same monitors over an idle stretch: the machine's own noise, to read stalls against. */
export async function idleBaseline(ms: number): Promise<Responsiveness> {
  const { responsiveness } = await watchMainThread(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return responsiveness;
}
