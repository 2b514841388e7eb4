/**
 * The development server (`npm start`) answers only what a browser on this machine asks for: it sends no
 * Access-Control-Allow-Origin, so other sites the developer visits cannot read the bundle.
 */
jest.mock("../../scripts/devCerts", () => ({ getDevServerHttpsOptions: async () => ({}) }));

type DevServerConfig = { devServer: { headers?: Record<string, string>; port: number } };

it("sends no Access-Control-Allow-Origin header", async () => {
  process.env.WEBPACK_SERVE = "true";
  try {
    const webpackConfig = jest.requireActual<(env: object, argv: { mode: string }) => Promise<DevServerConfig>>("../../webpack.config.js");
    const { devServer } = await webpackConfig({}, { mode: "development" });
    expect(devServer.port).toBe(3000); // the dev server's settings really were read
    const headerNames = Object.keys(devServer.headers ?? {}).map((name) => name.toLowerCase());
    expect(headerNames).not.toContain("access-control-allow-origin");
  } finally {
    delete process.env.WEBPACK_SERVE;
  }
});
