// TypeScript 6 checks side-effect imports: a bundler's types (vite/client, next-env.d.ts) usually say this.
declare module "*.css";
