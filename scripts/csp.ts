// The Content-Security-Policy of the built pages: only our own origin, no inline script but the
// ones hashed here, WebAssembly compile allowed ('wasm-unsafe-eval'), workers from our origin
// and from blob: URLs the page itself made.
import { createHash } from 'node:crypto';

export const scriptHash = (source: string): string => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy(inlineScripts: string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScripts.map(scriptHash).join(' ')}`.trim(),
    // Svelte writes style attributes; the stylesheet is inlined for the first paint.
    "style-src 'self' 'unsafe-inline'",
    // Exports (PNG, SVG) and the engine handed to DuckDB's worker are blob: URLs of our own bytes.
    "img-src 'self' data: blob:",
    "connect-src 'self' blob:",
    // XLSX exports zip large sheets in a worker that fflate (write-excel-file) starts from a blob:
    // URL of its own code; without blob: such an export never finished.
    "worker-src 'self' blob:",
    "font-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** A `<meta http-equiv>` policy, so any static host delivers it with the page. */
export function cspMeta(inlineScripts: string[] = []): string {
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScripts)}" />`;
}
