/**
 * CX_AGENCY reaches the bundle through webpack's DefinePlugin; the build cleans it like any other agency name.
 */
import path from "node:path";
import { DefinePlugin, type Configuration } from "webpack";

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, as webpack-cli loads it
const webpackConfig = require(path.resolve(__dirname, "../../webpack.config.js")) as ConfigFactory;

async function bundledAgency(cxAgency: string | undefined): Promise<unknown> {
  const saved = process.env.CX_AGENCY;
  if (cxAgency === undefined) delete process.env.CX_AGENCY;
  else process.env.CX_AGENCY = cxAgency;
  try {
    const config = await webpackConfig({ standin: true }, { mode: "development" });
    const define = config.plugins?.find((plugin): plugin is DefinePlugin => plugin instanceof DefinePlugin);
    return JSON.parse(String(define?.definitions.CX_BUILD_AGENCY));
  } finally {
    if (saved === undefined) delete process.env.CX_AGENCY;
    else process.env.CX_AGENCY = saved;
  }
}

let warn: jest.SpyInstance;
beforeEach(() => {
  warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe("CX_AGENCY at build time", () => {
  it("is bundled as given when it is a plain name, and empty when unset", async () => {
    expect(await bundledAgency(" USDA ")).toBe("USDA");
    expect(await bundledAgency(undefined)).toBe("");
    expect(warn).not.toHaveBeenCalled();
  });

  it("is cleaned of line breaks, control and bidirectional characters, and cut to 80, with a warning", async () => {
    expect(await bundledAgency("\u202EUS\r\nDA\u0000")).toBe("US DA");
    expect(await bundledAgency("Z".repeat(1_000_000))).toBe("Z".repeat(80));
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0][0])).toContain('"US DA"');
  });
});

describe("CX_AGENCY with no visible letter or digit", () => {
  let exit: jest.SpyInstance;
  let error: jest.SpyInstance;
  beforeEach(() => {
    exit = jest.spyOn(process, "exit").mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    exit.mockRestore();
    error.mockRestore();
  });

  it.each([
    ["zero-width joiners", "\u200C\u200D", "U+200C U+200D"],
    ["Hangul fillers", "\u3164\u115F", "U+3164 U+115F"],
    ["Braille blanks and spaces", "\u2800 \u2800", "U+2800 U+0020 U+2800"],
  ])("stops the build: %s", async (_, value, codes) => {
    await expect(bundledAgency(value)).rejects.toThrow("exit 1");
    const message = String(error.mock.calls[0][0]);
    expect(message).toContain("CX_AGENCY has no visible letter or digit");
    expect(message).toContain(codes);
  });
});
