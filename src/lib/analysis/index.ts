// The public face of the analyses for other features (the lint rule lets features reach each other only
// through index.ts). Everything else in analysis/ is internal to the analysis views.
export type { Project } from './project-queries.ts';
export { projectTitleText } from './project-title.ts';
