// Browser-side helpers shared by the e2e specs: a real file drop and the main thread's longest stall.
import type { Page } from '@playwright/test';

/** Drops a file on the drop zone as the browser would (a real DataTransfer with a File). */
export async function dropFile(page: Page, name: string, bytes: Buffer, type = 'text/csv') {
  const zone = page.getByRole('group', { name: 'Datei hierher ziehen' });
  const transfer = await page.evaluateHandle(
    ({ name, data, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(data)], name, { type }));
      return dt;
    },
    { name, data: [...bytes], type },
  );
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

/** Longest gap between animation frames over `ms` milliseconds: how long the main thread was blocked. */
export const longestFrameGap = (page: Page, ms: number) =>
  page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        let last = performance.now();
        let max = 0;
        const start = last;
        const frame = (t: number) => {
          max = Math.max(max, t - last);
          last = t;
          if (t - start < ms) requestAnimationFrame(frame);
          else resolve(max);
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
