import { describe, expect, it } from 'vitest';
import { Latest, QueryCache, SUPERSEDED } from '../../../src/lib/state/query-cache.ts';

const later = <T>(v: T, ms = 5) => new Promise<T>((r) => setTimeout(() => r(v), ms));

describe('QueryCache', () => {
  it('computes a key once for every caller and keeps the result', async () => {
    const cache = new QueryCache<number>(4);
    let runs = 0;
    const run = () => (runs++, later(7));
    const [a, b] = await Promise.all([cache.get('x', run), cache.get('x', run)]);
    expect([a, b, runs]).toEqual([7, 7, 1]);
    expect(cache.peek('x')).toBe(7);
    await cache.get('x', run);
    expect(runs).toBe(1);
  });

  it('is bounded: the least recently used entry goes first', async () => {
    const cache = new QueryCache<string>(2);
    cache.put('a', 'A');
    cache.put('b', 'B');
    expect(cache.peek('a')).toBe('A'); // a is now the most recent
    cache.put('c', 'C');
    expect(cache.size).toBe(2);
    expect(cache.has('b')).toBe(false);
    expect(cache.peek('a')).toBe('A');
    expect(cache.peek('c')).toBe('C');
  });

  it('does not keep a failure, so asking again retries', async () => {
    const cache = new QueryCache<number>(4);
    await expect(cache.get('x', () => Promise.reject(new Error('kaputt')))).rejects.toThrow('kaputt');
    await Promise.resolve();
    expect(cache.has('x')).toBe(false);
    expect(await cache.get('x', () => later(3))).toBe(3);
  });

  it('refuses a size below one', () => {
    expect(() => new QueryCache(0)).toThrow();
  });
});

describe('Latest', () => {
  it('drops an older request that finishes after a newer one', async () => {
    const latest = new Latest();
    const slow = latest.run(() => later('alt', 30));
    const fast = latest.run(() => later('neu', 1));
    expect(await fast).toBe('neu');
    expect(await slow).toBe(SUPERSEDED);
  });
});
