import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../../utils/popup/serial-queue';

/** A promise settled from outside. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('a serial queue', () => {
  it('starts each piece of work only after the one before settled', async () => {
    const enqueue = serialQueue();
    const slow = deferred<string>();
    const order: string[] = [];
    const first = enqueue(async () => {
      order.push('first starts');
      const value = await slow.promise;
      order.push('first ends');
      return value;
    });
    const second = enqueue(async () => {
      order.push('second starts');
      return 2;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual(['first starts']);
    slow.resolve('one');
    expect(await first).toBe('one');
    expect(await second).toBe(2);
    expect(order).toEqual(['first starts', 'first ends', 'second starts']);
  });

  it('goes on after a failure, which only its own caller sees', async () => {
    const enqueue = serialQueue();
    const failing = deferred<never>();
    const first = enqueue(() => failing.promise);
    const second = enqueue(async () => 'after');
    failing.reject(new Error('read failed'));
    await expect(first).rejects.toThrow('read failed');
    await expect(second).resolves.toBe('after');
  });

  it('keeps queues apart', async () => {
    const a = serialQueue();
    const b = serialQueue();
    const blocked = deferred<void>();
    void a(() => blocked.promise);
    await expect(b(async () => 'free')).resolves.toBe('free');
    blocked.resolve();
  });
});
