// Builds the task pane. `npm start` serves it over HTTPS at https://localhost:3000 with a preview page
// and the Word stand-in; `npm run build` writes dist/ for production with ADDIN_URL in the manifest.
const path = require("node:path");
const fs = require("node:fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { createJiti } = require("jiti");

const DEV_URL = "https://localhost:3000";
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// Scripts only from our own origin and Office's CDN; Fluent UI injects <style> elements at run time.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

/** Stops the build with a plain message (no stack trace): these are user errors, not bugs. */
function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** The public https URL the production build is deployed at, without a trailing slash. */
function deployedUrl() {
  const raw = process.env.ADDIN_URL;
  if (!raw) {
    fail("ADDIN_URL is not set. Production builds need the https address the add-in will be served from, e.g.\n  ADDIN_URL=https://cx.example.gov npm run build");
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    fail(`ADDIN_URL "${raw}" is not a valid URL. Use the https address the add-in will be served from, e.g. https://cx.example.gov`);
  }
  if (url.protocol !== "https:") {
    fail(`ADDIN_URL must use https (Office loads add-ins only over https), but it is "${raw}".`);
  }
  if (url.search || url.hash) {
    fail(`ADDIN_URL must be a plain address without ?query or #fragment, but it is "${raw}".`);
  }
  return url.href.replace(/\/+$/, "");
}

/** Validates the CX library (content/library.json, or the file named by CX_LIBRARY) and returns its path. */
async function checkedLibraryPath() {
  const libraryPath = path.resolve(__dirname, process.env.CX_LIBRARY || "content/library.json");
  const displayName = path.relative(__dirname, libraryPath) || libraryPath;
  if (!fs.existsSync(libraryPath)) {
    fail(`CX library file ${displayName} does not exist (CX_LIBRARY=${process.env.CX_LIBRARY ?? ""}).`);
  }
  const jiti = createJiti(__filename);
  const { parseLibraryJson, LibraryValidationError } = await jiti.import("./src/core/libraryValidation.ts");
  try {
    parseLibraryJson(fs.readFileSync(libraryPath, "utf8"), displayName);
  } catch (error) {
    if (error instanceof LibraryValidationError) fail(error.message);
    throw error;
  }
  return libraryPath;
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const publicUrl = production ? deployedUrl() : DEV_URL;
  const libraryPath = await checkedLibraryPath();
  // The stand-in bundle replaces office.js in the browser tests; it is never part of dist/.
  const standinOnly = Boolean(env.standin);

  const entry = standinOnly
    ? { standin: "./src/word/standin/browser.ts" }
    : { taskpane: "./src/taskpane/index.tsx", ...(production ? {} : { preview: "./src/preview/preview.tsx" }) };

  // A tenant may fix its agency name at build time: CX_AGENCY=USDA npm run build.
  const plugins = [new webpack.DefinePlugin({ CX_BUILD_AGENCY: JSON.stringify((process.env.CX_AGENCY ?? "").trim()) })];
  if (!standinOnly) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl: OFFICE_JS_URL, contentSecurityPolicy: CONTENT_SECURITY_POLICY },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? content.toString().replaceAll(DEV_URL, publicUrl) : content),
          },
        ],
      }),
    );
    if (!production) {
      plugins.push(
        new HtmlWebpackPlugin({
          filename: "preview.html",
          template: "./src/preview/preview.html",
          chunks: ["preview"],
          templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
        }),
      );
    }
  }

  return {
    mode: production ? "production" : "development",
    // Modern browsers only (Office's Edge WebView2/Safari webviews): also drops webpack's
    // `new Function("return this")` fallback, which the page's CSP would refuse anyway.
    target: ["web", "es2020"],
    entry,
    output: {
      path: path.resolve(__dirname, standinOnly ? "tests/e2e/.build" : "dist"),
      filename: standinOnly ? "[name].js" : production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    // Separate .map files in production; no eval-based maps, which the page's CSP forbids.
    devtool: "source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: { "cx-library$": libraryPath },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, onlyCompileBundledFiles: true } },
        },
        {
          // After TypeScript ("post"), Griffel's build-time transform turns the pane's makeStyles() into ready-made
          // class names, as Fluent UI's own components ship, so the pane carries no CSS-in-JS compiler.
          test: /\.tsx?$/,
          include: path.resolve(__dirname, "src/taskpane"),
          enforce: "post",
          use: { loader: "@griffel/webpack-loader", options: { babelOptions: { presets: ["@babel/preset-typescript"] } } },
        },
      ],
    },
    plugins,
    performance: { hints: false },
    // Only `webpack serve` needs certificates; a production build must not create them.
    devServer: process.env.WEBPACK_SERVE && {
      port: 3000,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      server: { type: "https", options: await require("./scripts/devCerts").getDevServerHttpsOptions() },
      client: { overlay: { errors: true, warnings: false } },
      onListening: () => require("./scripts/sideloadSteps").printSideloadSteps(DEV_URL),
    },
  };
};
