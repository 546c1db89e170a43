// A project-wide babel.config.js (not .babelrc): only it applies to files in node_modules.
module.exports = {
  presets: [["@babel/preset-env", { targets: { node: "current" } }], ["@babel/preset-react", { runtime: "automatic" }]],
};
