import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKiosk, kioskDue, kioskInteract, kioskStart, kioskTiming, loopNext, secondsLeft } from '../../../src/lib/story/kiosk.ts';

describe('kiosk timing (pure)', () => {
  const t = kioskTiming(20);

  it('resumes after twice the interval, but not sooner than a minute', () => {
    expect(kioskTiming(20)).toEqual({ interval: 20_000, idle: 60_000 });
    expect(kioskTiming(45)).toEqual({ interval: 45_000, idle: 90_000 });
  });

  it('advances when the interval is over, not before', () => {
    const p = kioskStart(1000, t);
    expect(kioskDue(p, 20_999, t)).toEqual({ phase: p, advance: false });
    expect(kioskDue(p, 21_000, t)).toEqual({ phase: { kind: 'running', nextAt: 41_000 }, advance: true });
  });

  it('an interaction pauses; the pause ends without advancing and the next step comes one interval later', () => {
    const paused = kioskInteract(5000, t);
    expect(paused).toEqual({ kind: 'paused', resumeAt: 65_000 });
    expect(secondsLeft(paused, 5000)).toBe(60);
    expect(secondsLeft(paused, 64_200)).toBe(1);
    expect(kioskDue(paused, 64_999, t).phase).toBe(paused);
    expect(kioskDue(paused, 65_000, t)).toEqual({ phase: { kind: 'running', nextAt: 85_000 }, advance: false });
  });

  it('loops from the last step to the first', () => {
    expect(loopNext(1, 6)).toBe(2);
    expect(loopNext(5, 6)).toBe(6);
    expect(loopNext(6, 6)).toBe(1);
    expect(loopNext(1, 1)).toBe(1);
  });
});

describe('kiosk controller with fake timers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  it('advances every N seconds', () => {
    const advance = vi.fn();
    const k = createKiosk(5, advance);
    vi.advanceTimersByTime(4999);
    expect(advance).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(advance).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(advance).toHaveBeenCalledTimes(3);
    k.stop();
    vi.advanceTimersByTime(60_000);
    expect(advance).toHaveBeenCalledTimes(3);
  });

  it('pauses on interaction, each interaction extends the pause, and resumes after the idle time', () => {
    const advance = vi.fn();
    const phases: string[] = [];
    const k = createKiosk(5, advance, (p) => phases.push(p.kind));
    vi.advanceTimersByTime(3000);
    k.interact();
    expect(k.phase).toEqual({ kind: 'paused', resumeAt: 63_000 });
    vi.advanceTimersByTime(30_000);
    k.interact(); // at 33 s: pause until 93 s
    vi.advanceTimersByTime(59_999);
    expect(advance).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1); // 93 s: running again
    expect(k.phase).toEqual({ kind: 'running', nextAt: 98_000 });
    expect(advance).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5000);
    expect(advance).toHaveBeenCalledTimes(1);
    expect(phases).toEqual(['paused', 'paused', 'running', 'running']);
    k.stop();
  });

  it('"continue now" ends the pause at once', () => {
    const advance = vi.fn();
    const k = createKiosk(10, advance);
    k.interact();
    vi.advanceTimersByTime(2000);
    k.resume();
    vi.advanceTimersByTime(10_000);
    expect(advance).toHaveBeenCalledTimes(1);
    k.stop();
  });
});
