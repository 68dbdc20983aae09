// Whether this page works offline, and whether a new version waits: registers sw.js and follows
// what it reports (scripts/service-worker.ts), for EngineStatus.svelte.
import type { OfflineReason } from '../i18n/status.ts';

export type OfflineState = 'unknown' | 'unsupported' | 'preparing' | 'engine' | 'ready' | 'failed';

class Offline {
  state = $state<OfflineState>('unknown');
  reason = $state<OfflineReason | null>(null);
  /** A newer version is installed and waits for this page to reload into it. */
  update = $state(false);
  #registration: ServiceWorkerRegistration | null = null;
  #reloading = false;

  register(url: string): void {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) {
      this.state = 'unsupported';
      return;
    }
    const sw = navigator.serviceWorker;
    sw.addEventListener('message', (e: MessageEvent) => this.#message(e.data));
    sw.addEventListener('controllerchange', () => {
      if (this.#reloading) location.reload();
      else sw.controller?.postMessage({ type: 'status' });
    });
    this.state = 'preparing';
    sw.register(url)
      .then((reg) => {
        this.#registration = reg;
        this.#watch(reg);
        reg.addEventListener('updatefound', () => this.#watch(reg));
        sw.controller?.postMessage({ type: 'status' });
      })
      .catch((e: unknown) => this.#fail({ code: 'other', file: 'sw.js', detail: e instanceof Error ? e.message : String(e) }));
  }

  #watch(reg: ServiceWorkerRegistration): void {
    const check = () => {
      // A waiting worker while another controls this page: the next version is ready.
      this.update = Boolean(reg.waiting && navigator.serviceWorker.controller);
    };
    check();
    const installing = reg.installing;
    installing?.addEventListener('statechange', () => {
      check();
      if (installing.state === 'redundant' && !navigator.serviceWorker.controller && this.state !== 'failed')
        this.#fail({ code: 'other', file: '', detail: 'Installation abgebrochen' });
    });
  }

  #fail(reason: OfflineReason): void {
    this.state = 'failed';
    this.reason = reason;
  }

  #message(data: unknown): void {
    const m = data as { type?: string; state?: string; reason?: OfflineReason } | null;
    if (m?.type !== 'atlas-offline') return;
    if (m.state === 'failed' && m.reason) {
      // A failed update of a newer version leaves this one working offline.
      if (!navigator.serviceWorker.controller || this.state !== 'ready') this.#fail(m.reason);
    } else if (m.state === 'ready' || m.state === 'engine' || m.state === 'preparing') {
      if (navigator.serviceWorker.controller) this.state = m.state;
    }
    if (this.#registration) this.update = Boolean(this.#registration.waiting && navigator.serviceWorker.controller);
  }

  /** Switches to the waiting version and reloads into it. */
  applyUpdate(): void {
    const waiting = this.#registration?.waiting;
    if (!waiting) return location.reload();
    this.#reloading = true;
    waiting.postMessage({ type: 'skip-waiting' });
  }
}

export const offline = new Offline();
