// JSX only: Jest's ESM mode loads import/export as they are, so no @babel/preset-env.
export default {
  presets: [["@babel/preset-react", { runtime: "automatic" }]],
};
