// In-page probes for `npm run bench` (plain JS: injected into the page as is).
window.atlasBench = {
  /** Time from a control's change to the double-rAF mark after the new colours are painted. */
  async switches(steps) {
    const out = [];
    // Resolves with the time to the paint mark, or null after 10 s (reported as a failure).
    const painted = (after) =>
      new Promise((resolve) => {
        const check = () => {
          const m = performance.getEntriesByName('view-painted').find((e) => e.startTime > after);
          if (m) resolve(m.startTime - after);
          else if (performance.now() - after > 10000) resolve(null);
          else setTimeout(check, 2);
        };
        check();
      });
    // Whether a view needed a DuckDB query: the first view of each indicator (one query fetches
    // all its levels and periods); everything after reads the cache.
    const seen = new Set();
    for (const [theme, id] of steps) {
      const sel = document.querySelector('#indicator');
      const t0 = performance.now();
      if (![...sel.options].some((o) => o.value === id)) {
        // Another theme: its button switches to the theme's first indicator, then the select.
        [...document.querySelectorAll('.themes button')].find((b) => b.textContent.trim() === theme).click();
        await painted(t0);
      }
      const t1 = performance.now();
      sel.value = id;
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      if (sel.value !== id) throw new Error(`Indikator ${id} nicht wählbar`);
      out.push({ what: id, ms: await painted(t1), query: !seen.has(id) });
      seen.add(id);
      for (const level of ['kreis', 'gemeinde', 'rb', 'gemeinde']) {
        const radio = document.querySelector(`input[name="level"][value="${level}"]`);
        if (!radio || radio.disabled || radio.checked) continue;
        const t2 = performance.now();
        radio.click();
        out.push({ what: `${id} ${level}`, ms: await painted(t2) });
      }
      const period = document.querySelector('#period, #target-period');
      if (period && period.options.length > 1) {
        const t3 = performance.now();
        period.value = period.options[0].value === period.value ? period.options[1].value : period.options[0].value;
        period.dispatchEvent(new Event('change', { bubbles: true }));
        out.push({ what: `${id} ${period.value}`, ms: await painted(t3) });
      }
    }
    return out;
  },
  /** Pointer moves over regions: handler and DOM update (until the next microtask), in ms. */
  async hover(n) {
    const paths = [...document.querySelectorAll('svg.map .fills .level:not(.hidden) path')].slice(0, n);
    const out = [];
    for (const p of paths) {
      const r = p.getBoundingClientRect();
      const t0 = performance.now();
      p.dispatchEvent(
        new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse', clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 }),
      );
      await Promise.resolve();
      out.push(performance.now() - t0);
      await new Promise((res) => requestAnimationFrame(res));
    }
    return out;
  },
  /** Pointer moves over a grid of points of the canvas map (no element per region): handler time in ms. */
  async hoverGrid(n) {
    const el = document.querySelector('.canvas-map');
    const r = el.getBoundingClientRect();
    const side = Math.ceil(Math.sqrt(n));
    const out = [];
    for (let i = 0; i < n; i++) {
      const x = r.x + (r.width * ((i % side) + 0.5)) / side;
      const y = r.y + (r.height * (Math.floor(i / side) + 0.5)) / side;
      const t0 = performance.now();
      el.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse', clientX: x, clientY: y }));
      await Promise.resolve();
      out.push(performance.now() - t0);
      await new Promise((res) => requestAnimationFrame(res));
    }
    return out;
  },
  /** Frame intervals while the time slider steps every 66 ms (faster than play) for 4 s. */
  async slider() {
    const slider = document.querySelector('.time input[type=range]');
    const deltas = [];
    let last = performance.now();
    let running = true;
    const loop = (now) => {
      deltas.push(now - last);
      last = now;
      if (running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    const max = Number(slider.max);
    for (let i = 0; i < 60; i++) {
      slider.value = String(i % (max + 1));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 66));
    }
    running = false;
    return deltas.slice(1);
  },
};
