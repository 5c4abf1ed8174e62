/** Diagnostics are published a while after the last change of a note, not on every keystroke. */

/** How long after the last change a note's diagnostics are published. */
const DIAGNOSTIC_DELAY_MS = 150;

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  /** `publish(uri)` runs DIAGNOSTIC_DELAY_MS after the last `schedule(uri)`. */
  constructor(private readonly publish: (uri: string) => void) {}

  schedule(uri: string): void {
    const t = this.pending.get(uri);
    if (t) clearTimeout(t);
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        this.publish(uri);
      }, DIAGNOSTIC_DELAY_MS),
    );
  }
}
