// The codec core of the analyses parameter: reading key=value parts with a notice for every invalid
// one (the current value stays), and writing only the values that differ from the defaults.
import { z } from '../zod.ts';
import type { Indicator } from '../data/catalogue.ts';
import { fragment as show } from '../state/notice.ts';
import type { AnalysisContext, MapLevel, Notice } from './view-state.ts';

const Key = z.string().regex(/^[a-z]{1,6}$/);
const Value = z.string().regex(/^[A-Za-z0-9_.,:-]{0,300}$/);
const Flag = z.enum(['0', '1']);
const Level = z.enum(['gemeinde', 'kreis']);

/** Reads the parameters of one view; each is taken once, the ones left over get a notice. */
export class ParamReader {
  readonly notices: Notice[] = [];
  readonly #params = new Map<string, string>();

  constructor(readonly ctx: AnalysisContext) {}

  bad(de: string, en: string): void {
    this.notices.push({ de, en });
  }

  /** Keeps the valid key=value parts (the first of a repeated key). */
  load(parts: readonly string[]): void {
    for (const part of parts) {
      const i = part.indexOf('=');
      const k = Key.safeParse(i < 0 ? part : part.slice(0, i));
      const v = Value.safeParse(i < 0 ? '' : part.slice(i + 1));
      if (k.success && v.success && !this.#params.has(k.data)) this.#params.set(k.data, v.data);
      else this.bad(`Teil „${show(part)}“ des Analyse-Links ignoriert.`, `Part “${show(part)}” of the analysis link ignored.`);
    }
  }

  take(key: string): string | undefined {
    const v = this.#params.get(key);
    this.#params.delete(key);
    return v;
  }

  flag(key: string, current: boolean): boolean {
    const v = this.take(key);
    if (v === undefined) return current;
    const f = Flag.safeParse(v);
    if (f.success) return f.data === '1';
    this.bad(`Schalter „${key}“ muss 0 oder 1 sein.`, `Switch “${key}” must be 0 or 1.`);
    return current;
  }

  /** An indicator id accepted by `ok`, with a notice otherwise. */
  indicator(key: string, ok: (i: Indicator) => boolean): Indicator | undefined {
    const v = this.take(key);
    if (v === undefined) return undefined;
    const ind = this.ctx.indicators.get(v);
    if (ind && ok(ind)) return ind;
    this.bad(`Indikator „${show(v)}“ ist hier nicht möglich.`, `Indicator “${show(v)}” is not possible here.`);
    return undefined;
  }

  period(key: string, allowed: readonly string[], current: string): string {
    const v = this.take(key);
    if (v === undefined) return current;
    if (allowed.includes(v)) return v;
    this.bad(`Zeitpunkt „${show(v)}“ gibt es hier nicht.`, `Date “${show(v)}” is not available here.`);
    return current;
  }

  /** Base (change indicators only, under `baseKey`) and period of `ind`; the period lies after the base. */
  periods(
    ind: Indicator,
    baseKey: string,
    periodKey: string,
    base: string | undefined,
    current: string,
  ): { base?: string; period: string } {
    if (ind.formula.type !== 'change') return { base, period: this.period(periodKey, ind.periods, current) };
    const b = this.period(baseKey, ind.periods.slice(0, -1), base!);
    return {
      base: b,
      period: this.period(
        periodKey,
        ind.periods.filter((p) => p > b),
        current > b ? current : ind.periods.at(-1)!,
      ),
    };
  }

  level(key: string, current: MapLevel, allowed: readonly MapLevel[] = Level.options): MapLevel {
    const v = this.take(key);
    if (v === undefined) return current;
    const l = Level.safeParse(v);
    if (l.success && allowed.includes(l.data)) return l.data;
    this.bad(`Ebene „${show(v)}“ ist hier nicht möglich.`, `Level “${show(v)}” is not possible here.`);
    return current;
  }

  /** Forgets the parameters not read yet (a view that fell back to its defaults). */
  dropRest(): void {
    this.#params.clear();
  }

  /** A notice for every parameter the view did not read. */
  reportLeftovers(): void {
    for (const k of this.#params.keys())
      this.bad(`Angabe „${show(k)}“ gehört nicht zu dieser Analyse.`, `“${show(k)}” does not belong to this analysis.`);
  }
}

/** Writes key=value parts, leaving out the values equal to their defaults. */
export class ParamWriter {
  readonly parts: string[] = [];

  put(key: string, value: string, def: string): void {
    if (value !== def) this.parts.push(`${key}=${value}`);
  }

  flag(key: string, value: boolean, def: boolean): void {
    const b = (x: boolean) => (x ? '1' : '0');
    this.put(key, b(value), b(def));
  }

  /** The base of a change indicator (nothing for other indicators). */
  base(key: string, ind: Indicator | undefined, value: string | undefined): void {
    if (ind?.formula.type === 'change') this.put(key, value ?? '', ind.defaultBase ?? '');
  }
}
