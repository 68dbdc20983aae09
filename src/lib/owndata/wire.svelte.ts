// The own datasets stored in this browser as indicators of the atlas: registered once the store is
// read, and again whenever the list changes (import, removal, a result of the SQL console).
import { untrack } from 'svelte';
import type { AddedIndicators } from '../data/added.ts';
import type { OwnDataset } from './dataset.ts';
import { ownIndicatorId, ownIndicators } from './indicator.ts';
import { library } from './shared.svelte.ts';

export interface OwnDataHost {
  setAdded(added: AddedIndicators): void;
  set(next: { indicator: string; tool?: null }): void;
}

let wired: Promise<void> | null = null;

/** Reads the store and keeps `host`'s added indicators equal to it; resolves once they are registered. */
export function wireOwnData(host: OwnDataHost): Promise<void> {
  return (wired ??= library.load().then(() => {
    let last = library.datasets;
    host.setAdded(ownIndicators(last));
    $effect.root(() => {
      $effect(() => {
        const now = library.datasets;
        if (now === last) return;
        last = now;
        untrack(() => host.setAdded(ownIndicators(now)));
      });
    });
  }));
}

/** Stores `ds` (if new) and shows its first column on the map, the layer over it closed. */
export async function showOwnOnMap(host: OwnDataHost, ds: OwnDataset): Promise<void> {
  await wireOwnData(host);
  if (!library.datasets.some((d) => d.id === ds.id)) await library.add(ds);
  host.setAdded(ownIndicators(library.datasets));
  host.set({ indicator: ownIndicatorId(ds, 0), tool: null });
}
