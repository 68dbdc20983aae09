// Servers a spec starts itself (fault server, sirv, offline server) get one port per Playwright
// worker, so that specs running side by side in CI never share one.
export const workerPort = (envName: string, fallback: number): number =>
  Number(process.env[envName] ?? fallback) + 100 * Number(process.env.TEST_PARALLEL_INDEX ?? 0);
