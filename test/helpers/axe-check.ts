// axe-core (a dev dependency, served from node_modules by the test server) run on one element.
interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> }>;
}
interface Axe {
  run(context: Element, options: object): Promise<AxeResult>;
}

let loaded: Promise<void> | undefined;

/**
 * WCAG 2.0-2.2 A/AA and best-practice violations inside `element` and its shadow content, one
 * readable line each; [] when none. Page-level rules (a main landmark, an h1, all content in
 * landmarks) judge the test page, not the component, and are off.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  loaded ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(script);
  });
  await loaded;
  const axe = (window as unknown as { axe: Axe }).axe;
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);
}
