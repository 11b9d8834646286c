import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where a journey's time goes: each phase (sign-in, each page filled, axe scans, the submit, the
 * PDF) timed per journey, written to test-results/<name>-timings.json and summed in a table on
 * stdout, so a slow suite says which phase to cut. A timing, never an assertion.
 */
export class PhaseTimer {
  private readonly journeys = new Map<string, Map<string, number>>();

  constructor(private readonly name: string) {}

  /** Adds the time `run` takes to the phase of the journey (phases repeat: each page, each scan). */
  async time<T>(journey: string, phase: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await run();
    } finally {
      this.add(journey, phase, performance.now() - started);
    }
  }

  /**
   * As `time`, with the accessibility scans made meanwhile counted under `axe` rather than under
   * the phase (`scans` is an AccessibilityLog, which sums the time of its checks).
   */
  async timeWithScans<T>(
    journey: string,
    phase: string,
    scans: { readonly checkMs: number },
    run: () => Promise<T>,
  ): Promise<T> {
    const started = performance.now();
    const scannedBefore = scans.checkMs;
    try {
      return await run();
    } finally {
      const scanned = scans.checkMs - scannedBefore;
      this.add(journey, phase, performance.now() - started - scanned);
      this.add(journey, 'axe', scanned);
    }
  }

  add(journey: string, phase: string, ms: number): void {
    const phases = this.journeys.get(journey) ?? new Map<string, number>();
    phases.set(phase, (phases.get(phase) ?? 0) + ms);
    this.journeys.set(journey, phases);
  }

  /** Writes the JSON file and returns the summary table (phase: total, mean per journey). */
  report(): string {
    const directory = fileURLToPath(new URL('../../../../test-results/', import.meta.url));
    mkdirSync(directory, { recursive: true });
    const perJourney = Object.fromEntries(
      [...this.journeys].map(([journey, phases]) => [
        journey,
        Object.fromEntries([...phases].map(([phase, ms]) => [phase, Math.round(ms)])),
      ]),
    );
    writeFileSync(
      `${directory}${this.name}-timings.json`,
      `${JSON.stringify(perJourney, null, 2)}\n`,
    );
    const totals = new Map<string, number>();
    for (const phases of this.journeys.values()) {
      for (const [phase, ms] of phases) {
        totals.set(phase, (totals.get(phase) ?? 0) + ms);
      }
    }
    const count = Math.max(1, this.journeys.size);
    const all = [...totals.values()].reduce((sum, ms) => sum + ms, 0);
    const rows = [...totals]
      .sort((a, b) => b[1] - a[1])
      .map(
        ([phase, ms]) =>
          `${phase.padEnd(16)} ${(ms / 1000).toFixed(1).padStart(7)} s  ${(ms / count / 1000).toFixed(2).padStart(6)} s per journey  ${((100 * ms) / all).toFixed(0).padStart(3)} %`,
      );
    return [
      `${this.name}: ${this.journeys.size} journeys, ${(all / 1000).toFixed(1)} s timed`,
      ...rows,
    ].join('\n');
  }
}
