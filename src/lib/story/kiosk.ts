// Kiosk loop for the exhibition stand: advance every N seconds, pause on any interaction, resume
// after a quiet spell. The timing is pure (phase + now → next phase); the controller only schedules.

export type KioskPhase = { kind: 'running'; nextAt: number } | { kind: 'paused'; resumeAt: number };

export interface KioskTiming {
  /** Time per step, ms. */
  interval: number;
  /** Quiet time after the last interaction before the loop resumes, ms. */
  idle: number;
}

/** Interval of N seconds; resumes after twice the interval, but never sooner than 60 s. */
export function kioskTiming(seconds: number): KioskTiming {
  return { interval: seconds * 1000, idle: Math.max(60, 2 * seconds) * 1000 };
}

export function kioskStart(now: number, t: KioskTiming): KioskPhase {
  return { kind: 'running', nextAt: now + t.interval };
}

/** Any interaction (re)starts the pause. */
export function kioskInteract(now: number, t: KioskTiming): KioskPhase {
  return { kind: 'paused', resumeAt: now + t.idle };
}

/** What is due at `now`: an advance (running and the interval is over) or a resume (pause over). */
export function kioskDue(phase: KioskPhase, now: number, t: KioskTiming): { phase: KioskPhase; advance: boolean } {
  if (phase.kind === 'running') {
    return now >= phase.nextAt ? { phase: { kind: 'running', nextAt: now + t.interval }, advance: true } : { phase, advance: false };
  }
  return now >= phase.resumeAt ? { phase: kioskStart(now, t), advance: false } : { phase, advance: false };
}

/** When the phase needs attention next. */
export function dueAt(phase: KioskPhase): number {
  return phase.kind === 'running' ? phase.nextAt : phase.resumeAt;
}

/** Whole seconds until the phase's next event (at least 0), for "läuft in X s weiter". */
export function secondsLeft(phase: KioskPhase, now: number): number {
  return Math.max(0, Math.ceil((dueAt(phase) - now) / 1000));
}

/** The step after `step` of `total` (1-based); from the last step back to the first. */
export function loopNext(step: number, total: number): number {
  return step >= total ? 1 : step + 1;
}

export interface Kiosk {
  readonly phase: KioskPhase;
  /** A visitor did something: pause (again) from now. */
  interact(): void;
  /** Resume at once (the "continue" button). */
  resume(): void;
  stop(): void;
}

/** Runs the loop with real (or fake) timers; `onchange` sees every new phase. */
export function createKiosk(seconds: number, onadvance: () => void, onchange: (phase: KioskPhase) => void = () => {}): Kiosk {
  const t = kioskTiming(seconds);
  let phase = kioskStart(Date.now(), t);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const schedule = () => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(tick, Math.max(0, dueAt(phase) - Date.now()));
  };
  const set = (next: KioskPhase) => {
    phase = next;
    onchange(phase);
    schedule();
  };
  const tick = () => {
    const due = kioskDue(phase, Date.now(), t);
    if (due.advance) onadvance();
    if (stopped) return;
    set(due.phase);
  };
  schedule();
  return {
    get phase() {
      return phase;
    },
    interact: () => set(kioskInteract(Date.now(), t)),
    resume: () => set(kioskStart(Date.now(), t)),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
