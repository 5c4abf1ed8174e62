/**
 * A turn of the event loop, wherever the server runs: long jobs (indexing) await it between pieces of work so that
 * requests are answered meanwhile. Node's `setImmediate` where it exists; in a web worker a message to itself,
 * which unlike `setTimeout(0)` is not held back 4 ms once timers nest.
 */

/** The two ends of a web MessageChannel, as much of them as is used here. */
interface Ports {
  port1: { onmessage: (() => void) | null };
  port2: { postMessage(message: unknown): void };
}

let channel: Ports | undefined;
const waiting: (() => void)[] = [];

/** Node's setImmediate, looked up so that the code type-checks (and runs) where there is none. */
const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;

export function nextTurn(): Promise<void> {
  if (immediate) return new Promise((resolve) => immediate(resolve));
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    const c = new MessageChannel() as unknown as Ports;
    c.port1.onmessage = () => waiting.shift()?.();
    channel = c;
  }
  const ports = channel;
  return new Promise((resolve) => {
    waiting.push(resolve);
    ports.port2.postMessage(0);
  });
}
