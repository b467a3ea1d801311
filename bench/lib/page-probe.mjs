// Runs inside each bench page before any of its scripts (puppeteer evaluateOnNewDocument),
// so every figure is on the page's own clock: performance.now(), 0 = navigation start
// (High Resolution Time, https://w3c.github.io/hr-time/#dfn-time-origin).
//
// Banner visible = the animation frame that first paints the banner element (or, for a custom
// element, an element of its shadow root) with a non-empty box, passing checkVisibility() with
// opacity and visibility. Checked after every DOM insertion (MutationObserver) and on every
// animation frame; the time is taken in the requestAnimationFrame callback of that frame,
// i.e. right before it paints (HTML "update the rendering").

/**
 * Installs the probe; serialized by puppeteer, so it must not use anything from this module.
 * @param {string} bannerSelector CSS selector; `>>>` steps into a shadow root
 */
export function pageProbe(bannerSelector) {
  const probe = { banner: null, fcp: null, cls: 0, longTasks: [], click: null, load: null };
  Object.defineProperty(window, '__benchProbe', { value: probe });

  // Layout Instability API: shifts right after input (hadRecentInput) are excluded, as in CLS.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) probe.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // Long Tasks API: tasks of 50 ms or more.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  addEventListener('load', () => { probe.load = performance.now(); });
  // Capture phase on window: runs before any handler of the page, also for clicks inside a
  // shadow root (click is composed).
  addEventListener('click', () => { if (probe.click === null) probe.click = performance.now(); }, true);

  const find = () => {
    let scope = document;
    let found = null;
    for (const part of bannerSelector.split('>>>')) {
      found = scope?.querySelector(part.trim()) ?? null;
      scope = found?.shadowRoot ?? found;
    }
    return found;
  };
  const shown = (el) => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const visible = (el) => shown(el) || [...(el.shadowRoot?.children ?? [])].some((child) => child.localName !== 'style' && visible(child));
  let seen = false;
  // inFrame: called from an animation frame callback, so this frame paints what is there now;
  // from a MutationObserver, the element is painted by the next frame, whose time is taken.
  const check = (inFrame) => {
    if (seen) return;
    const el = find();
    if (!el || !visible(el)) return;
    seen = true;
    observer.disconnect();
    if (inFrame) probe.banner = performance.now();
    else requestAnimationFrame(() => { probe.banner = performance.now(); });
  };
  const observer = new MutationObserver(() => check(false));
  observer.observe(document, { childList: true, subtree: true });
  const frame = () => {
    check(true);
    if (!seen) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
