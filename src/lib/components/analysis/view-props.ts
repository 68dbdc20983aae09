// What every analysis view receives from the analysis page: the atlas, its own state, and the
// way back to change it (the URL follows).
import type { Atlas } from '../../state/atlas.svelte.ts';
import type { AnalysisState } from '../../analysis/view-state.ts';

export interface ViewProps<S extends AnalysisState> {
  atlas: Atlas;
  analysis: S;
  update: (s: AnalysisState) => void;
}
