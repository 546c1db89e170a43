/** Vite's `?inline` suffix: the stylesheet as a string, applied only where it is rendered. */
declare module "*.css?inline" {
  const css: string;
  export default css;
}
