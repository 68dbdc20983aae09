// The build's list of the files a page version loads (data tables, boot payload, DuckDB's engine),
// with their SHA-256, size and (for tables) row count. It is written into index.html by
// `npm run build:app`, so the page, its data and the service worker always name one version.
import { z } from '../zod.ts';

export const FileEntry = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** Rows of an Arrow table, counted at build time. */
  rows: z.number().int().nonnegative().optional(),
});
export type FileEntry = z.infer<typeof FileEntry>;

export const Manifest = z.object({
  version: z.string().min(1),
  /** Paths relative to the page (e.g. `data/facts.arrow`, `assets/duckdb-eh-….wasm`). */
  files: z.record(z.string(), FileEntry),
});
export type Manifest = z.infer<typeof Manifest>;

export const MANIFEST_ID = 'atlas-manifest';

/** The URL a page version asks for: the content hash in the query, so no cache can answer with another version. */
export function versionedPath(path: string, entry: FileEntry | undefined): string {
  return entry ? `${path}?v=${entry.sha256.slice(0, 16)}` : path;
}

/** Reads the manifest the build put into the page; null in development (`vite dev`). */
export function readManifest(doc: Document): Manifest | null {
  const text = doc.getElementById(MANIFEST_ID)?.textContent;
  if (!text) return null;
  return Manifest.parse(JSON.parse(text));
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
