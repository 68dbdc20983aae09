// The one list of stored own datasets of the atlas page, shared by the own-data panel, the SQL
// console and the map (module singleton: every lazily loaded part sees the same list).
import { OwnLibrary } from './flow.svelte.ts';

export const library = new OwnLibrary();
