/**
 * Reads the reader waits for go first: work run through `run` (a search) holds the gate, and a
 * walk that runs beside it (counting keywords) awaits `idle` between its pages. Chromium serves
 * an origin's database requests one after another, so a walk's next page would otherwise sit in
 * front of the search's reads.
 */
export function readGate() {
  let running = 0;
  let waiting: (() => void)[] = [];
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      running++;
      try {
        return await work();
      } finally {
        running--;
        if (running === 0) {
          const wake = waiting;
          waiting = [];
          for (const go of wake) go();
        }
      }
    },
    idle(): Promise<void> {
      return running === 0 ? Promise.resolve() : new Promise((go) => waiting.push(go));
    },
  };
}

export type ReadGate = ReturnType<typeof readGate>;
