/** Registers a custom element once; does nothing where there is no registry (Node, SSR). */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(name)) customElements.define(name, constructor);
}
