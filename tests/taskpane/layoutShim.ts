/**
 * jsdom has no layout: offsetParent is always null and <body> measures 0×0, so Fluent's focus manager
 * (tabster) takes every element for hidden and Tab goes nowhere. Tests that press Tab give it a layout.
 */
export function giveTabsterALayout(): void {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, "offsetParent", {
      configurable: true,
      get(this: HTMLElement) {
        return this.parentElement;
      },
    });
    jest
      .spyOn(document.body, "getBoundingClientRect")
      .mockReturnValue({ x: 0, y: 0, top: 0, left: 0, width: 320, height: 900, right: 320, bottom: 900, toJSON: () => ({}) });
  });
  afterAll(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, "offsetParent", original);
    jest.restoreAllMocks();
  });
}
