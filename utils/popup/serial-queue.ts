/**
 * Work run one piece after another: each piece starts once the one before has settled, failed
 * or not, so a slower, older read never lands after a newer one. Each call answers its own result.
 */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work);
    tail = next.catch(() => undefined);
    return next;
  };
}
