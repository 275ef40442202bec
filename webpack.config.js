/**
 * Builds the add-in into dist/: the task pane page (which is also the shared runtime of the custom
 * functions), functions.json (from JSDoc) and functions-es.json (from the Spanish table), the icons,
 * the samples and manifest.xml with every URL pointing at the chosen host.
 *
 *   npm run build                                   production build for SELA_PRODUCTION_URL (or package.json config)
 *   SELA_PRODUCTION_URL=https://host/path/ npm run build
 *   npm run dev-server                              https://localhost:3000 with webpack-dev-server's own certificate
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FUNCTION_FILES, generate } = require("./scripts/metadata.js");
const pkg = require("./package.json");

const DEV_URL = "https://localhost:3000/";

/** The host the production manifest points at; every localhost URL is replaced (global replace). */
function productionUrl() {
  const url = process.env.SELA_PRODUCTION_URL || pkg.config.production_url;
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * The manifest for `url`: every localhost URL replaced (not only the first, a bug of the Office
 * template), AppDomain reduced to the host's origin, and the version taken from package.json.
 */
function productionManifest(xml, url) {
  return xml
    .replaceAll(DEV_URL, url)
    .replaceAll(DEV_URL.slice(0, -1), new URL(url).origin)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${pkg.version}.0</Version>`);
}

/** Emits functions-es.json next to the generated functions.json. */
class SpanishMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SpanishMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "SpanishMetadataPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const { spanish } = await generate();
          compilation.emitAsset(
            "functions-es.json",
            new compiler.webpack.sources.RawSource(JSON.stringify(spanish, null, 2)),
          );
        },
      );
    });
  }
}

const config = async (env, options) => {
  const dev = options.mode === "development";
  const targetUrl = dev ? DEV_URL : productionUrl();
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/runtime.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new (require("webpack").DefinePlugin)({ SELA_VERSION: JSON.stringify(pkg.version) }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new SpanishMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        templateParameters: { version: pkg.version },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/samples", to: "samples", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => productionManifest(content.toString(), targetUrl),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      // webpack-dev-server's own self-signed certificate: office-addin-dev-certs needs sudo to trust its CA.
      server: "https",
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};

module.exports = config;
module.exports.productionManifest = productionManifest;
