import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../extension/serial-queue';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('serialQueue', () => {
  it('starts each job only once the one before it settled, failed or not', async () => {
    const queue = serialQueue();
    const log: string[] = [];
    const job =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await later(ms);
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
      };
    const first = queue(job('a', 20, true));
    const second = queue(job('b', 1));
    await expect(first).rejects.toThrow('a');
    await second;
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });
});
