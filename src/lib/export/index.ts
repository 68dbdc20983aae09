// The public face of the export for other features (the lint rule lets features reach each other only
// through index.ts). Components and state use the export modules directly.
export type { TableModel } from './model.ts';
export type { TableColumn } from './model.ts';
