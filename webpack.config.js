// Builds the task pane. `npm start` serves it over HTTPS at https://localhost:3000 with a preview page
// and the Word stand-in; `npm run build` writes dist/ for production with ADDIN_URL in the manifest and
// the office.js of OFFICE_CLOUD (see scripts/deploySettings.js and docs/deploying.md).
const crypto = require("node:crypto");
const path = require("node:path");
const fs = require("node:fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { createJiti } = require("jiti");

const {
  DeploySettingError,
  HOSTING_CONFIGS,
  contentSecurityPolicy,
  deployedUrl,
  frameAncestors,
  hostingConfig,
  officeJs,
  productionManifest,
} = require("./scripts/deploySettings");

const DEV_URL = "https://localhost:3000";
/** Files the config itself runs (through jiti): a change to one must invalidate a build cache. */
const BUILD_SOURCES = ["scripts/deploySettings.js", "src/core/agencyName.ts", "src/core/libraryValidation.ts", "src/core/librarySchemaValidator.generated.ts", "src/core/plainWordsValidation.ts", "content/plain-words.schema.json"].map((file) => path.join(__dirname, file));

/** Stops the build with a plain message (no stack trace): these are user errors, not bugs. */
function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** Runs `read`, turning a DeploySettingError into a plain failure message. */
function setting(read) {
  try {
    return read();
  } catch (error) {
    if (error instanceof DeploySettingError) fail(error.message);
    throw error;
  }
}

/**
 * CX_AGENCY as the pane will use it: cleaned exactly as a name typed in the pane's settings (one line, no
 * control or bidirectional characters, at most the settings box's length). Empty means the library's default.
 */
async function buildAgencyName() {
  const raw = process.env.CX_AGENCY ?? "";
  const { cleanAgencyName } = await createJiti(__filename).import("./src/core/agencyName.ts");
  const cleaned = cleanAgencyName(raw) ?? "";
  if (cleaned === "" && raw.trim() !== "") {
    const shown = [...raw.slice(0, 32)].slice(0, 8).map((ch) => `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    fail(
      `CX_AGENCY has no visible letter or digit (${shown.join(" ")}${[...raw].length > shown.length ? " …" : ""}): set it to the agency's name, e.g. CX_AGENCY=USDA, ` +
        "or leave it unset to use the library's default.",
    );
  }
  if (cleaned !== raw.trim()) {
    console.warn(`CX_AGENCY was cleaned to ${JSON.stringify(cleaned)}: line breaks, control, bidirectional and invisible characters are removed and the name is cut to the settings box's length.`);
  }
  return cleaned;
}

/**
 * Validates a content file (the default, or the file named by the setting `envName`) with the validator exported by
 * `validatorModule` and returns its path. An agency's own file fails the build with the file, the entry and the reason.
 */
async function checkedContentPath({ envName, defaultPath, what, validatorModule, parse, errorClass }) {
  const filePath = path.resolve(__dirname, process.env[envName] || defaultPath);
  const displayName = path.relative(__dirname, filePath) || filePath;
  if (!fs.existsSync(filePath)) fail(`${what} ${displayName} does not exist (${envName}=${process.env[envName] ?? ""}).`);
  const validator = await createJiti(__filename).import(validatorModule);
  try {
    validator[parse](fs.readFileSync(filePath, "utf8"), displayName);
  } catch (error) {
    if (error instanceof validator[errorClass]) fail(error.message);
    throw error;
  }
  return filePath;
}

/** The CX library: content/library.json, or CX_LIBRARY. */
const checkedLibraryPath = () =>
  checkedContentPath({
    envName: "CX_LIBRARY",
    defaultPath: "content/library.json",
    what: "CX library file",
    validatorModule: "./src/core/libraryValidation.ts",
    parse: "parseLibraryJson",
    errorClass: "LibraryValidationError",
  });

/** The plain-language word list: content/plain-words.json, or CX_PLAIN_WORDS. */
const checkedPlainWordsPath = () =>
  checkedContentPath({
    envName: "CX_PLAIN_WORDS",
    defaultPath: "content/plain-words.json",
    what: "Plain-language word list",
    validatorModule: "./src/core/plainWordsValidation.ts",
    parse: "parsePlainWordsJson",
    errorClass: "PlainWordsValidationError",
  });

/** Writes `settings` to build-settings.json beside the pages. */
function buildSettingsRecord(settings) {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap("BuildSettingsRecord", (compilation) => {
        compilation.hooks.processAssets.tap({ name: "BuildSettingsRecord", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
          compilation.emitAsset("build-settings.json", new webpack.sources.RawSource(`${JSON.stringify(settings, null, 2)}\n`));
        });
      });
    },
  };
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const publicUrl = production ? setting(() => deployedUrl(process.env.ADDIN_URL)) : DEV_URL;
  const office = setting(() => officeJs(process.env));
  const officeJsUrl = office.url;
  const csp = contentSecurityPolicy(officeJsUrl);
  const ancestors = setting(() => frameAncestors(process.env));
  // ES5, copied as it is (not bundled); named by its content, like the bundle, so hosts may cache it for good.
  const startSource = "src/taskpane/start.js";
  const startScript = `start.${crypto.createHash("sha256").update(fs.readFileSync(startSource)).digest("hex").slice(0, 8)}.js`;
  const libraryPath = await checkedLibraryPath();
  const plainWordsPath = await checkedPlainWordsPath();
  // The stand-in bundle replaces office.js in the browser tests; it is never part of dist/.
  const standinOnly = Boolean(env.standin);

  const entry = standinOnly
    ? { standin: "./src/word/standin/browser.ts" }
    : {
        taskpane: "./src/taskpane/index.tsx",
        // The coverage page; its readers (Web Workers) are chunks of their own, loaded from the page's origin.
        coverage: "./src/coverage/index.tsx",
        // The library editor: an agency's CX office edits, checks and downloads its library.json in the browser.
        "library-editor": "./src/library-editor/index.tsx",
        ...(production ? {} : { preview: "./src/preview/preview.tsx" }),
      };

  // A tenant may fix its agency name at build time: CX_AGENCY=USDA npm run build.
  const agencyName = await buildAgencyName();
  const plugins = [new webpack.DefinePlugin({ CX_BUILD_AGENCY: JSON.stringify(agencyName) })];
  if (!standinOnly) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // start.js loads the bundle (see taskpane.html), so the bundle gets no script tag of its own.
        inject: false,
        templateParameters: { officeJsUrl, contentSecurityPolicy: csp, startScript },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        templateParameters: { contentSecurityPolicy: csp },
      }),
      new HtmlWebpackPlugin({
        filename: "coverage.html",
        template: "./src/coverage/coverage.html",
        chunks: ["coverage"],
        templateParameters: { contentSecurityPolicy: csp },
      }),
      new HtmlWebpackPlugin({
        filename: "library-editor.html",
        template: "./src/library-editor/library-editor.html",
        chunks: ["library-editor"],
        templateParameters: { contentSecurityPolicy: csp },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.css", to: "help.css" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/coverage/coverage.css", to: "coverage.css" },
          { from: "src/library-editor/library-editor.css", to: "library-editor.css" },
          // Already ES5: no minifier may rewrite it into syntax Internet Explorer cannot read.
          { from: startSource, to: startScript, info: { minimized: true } },
          // The hosting configurations, sending FRAME_ANCESTORS_EXTRA's origins too (web.config and
          // staticwebapp.config.json take effect where they are; nginx.conf is installed from here).
          ...(production
            ? HOSTING_CONFIGS.map((file) => ({
                from: `deploy/${file}`,
                to: path.basename(file),
                transform: (content) => hostingConfig(content.toString(), ancestors, `deploy/${file}`),
              }))
            : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? productionManifest(content.toString(), DEV_URL, publicUrl) : content),
          },
        ],
      }),
    );
    if (production) {
      // What this build was made for, so that `npm run check:dist` can refuse a dist/ built with other settings.
      const settings = {
        ADDIN_URL: publicUrl,
        OFFICE_CLOUD: office.cloud,
        OFFICE_JS_URL: officeJsUrl,
        CX_LIBRARY: path.relative(__dirname, libraryPath).split(path.sep).join("/"),
        CX_PLAIN_WORDS: path.relative(__dirname, plainWordsPath).split(path.sep).join("/"),
        CX_AGENCY: agencyName,
        SOURCE_MAPS: process.env.SOURCE_MAPS === "1" ? "1" : "",
      };
      plugins.push(buildSettingsRecord(settings));
    } else {
      plugins.push(
        new HtmlWebpackPlugin({
          filename: "preview.html",
          template: "./src/preview/preview.html",
          chunks: ["preview"],
          templateParameters: { contentSecurityPolicy: csp },
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
    // No eval-based maps, which the page's CSP forbids. Production maps (every source file) are not
    // deployed unless asked for with SOURCE_MAPS=1.
    devtool: !production || process.env.SOURCE_MAPS === "1" ? "source-map" : false,
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // csv-stringify's Node build uses Buffer when it loads; its browser build carries its own.
      alias: { "csv-stringify/sync$": "csv-stringify/browser/esm/sync" },
    },
    module: {
      rules: [
        {
          // The library to bundle. A rule's resolve options, unlike the config's, are part of the key under which a
          // build cache keeps resolutions, so builds for different libraries share one cache without mixing them up.
          test: /\.tsx?$/,
          resolve: { alias: { "cx-library$": libraryPath, "cx-plain-words$": plainWordsPath } },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, onlyCompileBundledFiles: true } },
        },
        // After TypeScript ("post"), Griffel's build-time transform turns the pane's makeStyles() into ready-made
        // class names, as Fluent UI's own components ship, so the pane carries no CSS-in-JS compiler. Production only:
        // development builds compute the same classes in the browser (Griffel's runtime), and build in half the time.
        ...(production
          ? [
              {
                test: /\.tsx?$/,
                include: [path.resolve(__dirname, "src/taskpane"), path.resolve(__dirname, "src/coverage"), path.resolve(__dirname, "src/library-editor")],
                enforce: "post",
                use: { loader: "@griffel/webpack-loader", options: { babelOptions: { presets: ["@babel/preset-typescript"] } } },
              },
            ]
          : []),
      ],
    },
    plugins,
    performance: { hints: false },
    optimization: {
      // Scripts are minified by swc in place of webpack's terser: about 1 s of a production build instead of 7 here,
      // and no larger. webpack's own minimizer ("...") still does the rest (the pages' HTML).
      minimizeOptions: { javascript: false },
      minimizer: ["...", new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify, minimizerOptions: { compress: { passes: 2 }, mangle: true } })],
    },
    // The test suite's builds share a cache in an ignored folder (CX_WEBPACK_CACHE); a user's build never uses one.
    // webpack tracks DefinePlugin's values and rules' resolve options (the library), but not other settings that
    // change the config itself (source maps): builds that differ in those keep caches of their own.
    cache: process.env.CX_WEBPACK_CACHE
      ? {
          type: "filesystem",
          cacheDirectory: path.resolve(__dirname, process.env.CX_WEBPACK_CACHE),
          name: crypto.createHash("sha256").update(JSON.stringify([argv.mode, standinOnly, process.env.SOURCE_MAPS === "1"])).digest("hex").slice(0, 16),
          buildDependencies: { config: [__filename, ...BUILD_SOURCES] },
        }
      : false,
    // Only `webpack serve` needs certificates; a production build must not create them.
    devServer: process.env.WEBPACK_SERVE && {
      port: 3000,
      host: "localhost",
      static: false,
      server: { type: "https", options: await require("./scripts/devCerts").getDevServerHttpsOptions() },
      client: { overlay: { errors: true, warnings: false } },
      onListening: () => require("./scripts/sideloadSteps").printSideloadSteps(DEV_URL),
    },
  };
};
