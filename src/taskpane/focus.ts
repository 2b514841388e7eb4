/** Puts focus back on `element` when an update left it nowhere (on the page body), so keyboard users stay in place. */
export function restoreFocus(element: Element | null): void {
  if (!(element instanceof HTMLElement) || !element.isConnected) return;
  const active = document.activeElement;
  if (active === element) return;
  if (active === null || active === document.body) element.focus({ preventScroll: true });
}
