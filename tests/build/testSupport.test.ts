/**
 * The test suite's own speed-ups must not change what the tests see: Fluent loaded on demand gives the same exports
 * as its packages, and the browser test that times the pane runs after every other test file.
 */
import path from "node:path";

const support = path.resolve(__dirname, "../support");

describe("Fluent on demand under jest", () => {
  // Each is required through jest's module registry, as the component tests do, but by path (the mapper's own name
  // for them would resolve to themselves).
  const icons = jest.requireActual(path.join(support, "fluentIconsOnDemand.js"));
  const components = jest.requireActual(path.join(support, "fluentComponentsOnDemand.js"));
  const root = path.resolve(__dirname, "../..");
  const real = (file: string) => jest.requireActual(path.join(root, "node_modules", file));

  it("gives an icon, in every size and style, and the package's helpers, as the package does", () => {
    const chevrons = real("@fluentui/react-icons/lib-cjs/atoms/svg/chevron-down.cjs");
    expect(icons.ChevronDownRegular).toBe(chevrons.ChevronDownRegular);
    expect(icons.ChevronDown20Filled).toBe(chevrons.ChevronDown20Filled);
    expect(typeof icons.bundleIcon).toBe("function");
    expect(typeof icons.useIconContext).toBe("function");
    expect(icons.iconFilledClassName).toBe("fui-Icon-filled");
  });

  it("gives each component from the package the entry names", () => {
    expect(components.Button).toBe(jest.requireActual("@fluentui/react-button").Button);
    expect(components.tokens).toBe(jest.requireActual("@fluentui/react-theme").tokens);
    expect(components.webLightTheme.colorNeutralBackground1).toBe("#ffffff");
  });
});

describe("the browser suite's order", () => {
  const Sequencer = jest.requireActual(path.join(support, "testSequencer.js"));
  const sequencer = new Sequencer({ contexts: [], globalConfig: { cacheDirectory: "/nonexistent" } });
  const file = (name: string, size: number) => ({
    path: path.join("/repo/tests/e2e", name),
    context: { config: { cacheDirectory: "/nonexistent", id: "e2e" }, hasteFS: { getSize: () => size } },
  });

  it("puts the test that times the pane's tasks last, the others longest first", async () => {
    const order = await sequencer.sort([file("pane.test.ts", 30), file("longDocument.test.ts", 90), file("shell.test.ts", 10)]);
    expect(order.map((t: { path: string }) => path.basename(t.path))).toEqual(["pane.test.ts", "shell.test.ts", "longDocument.test.ts"]);
  });
});
