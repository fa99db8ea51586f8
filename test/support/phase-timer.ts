/** Durations of consecutive phases (ms), for the figures the scenarios print. */
export class PhaseTimer {
  private last = Date.now();
  private readonly phases: Record<string, number> = {};

  mark(phase: string): number {
    const now = Date.now();
    this.phases[phase] = now - this.last;
    this.last = now;
    return this.phases[phase] as number;
  }

  figures(): Record<string, number> {
    return { ...this.phases };
  }
}
