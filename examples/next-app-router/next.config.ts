import type { NextConfig } from "next";

// This folder is the app's root, even inside the kit's repository (which has its own lockfile).
const root = import.meta.dirname;

const config: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default config;
