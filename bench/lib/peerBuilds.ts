/** What each peer depends on, for telling its own bytes from its dependencies'. */
import type { PeerId } from "../peers/ids";

/** A peer's form packages, and the import patterns left out to measure its own code alone. */
export interface PeerDependencies {
  packages: string[];
  external: RegExp[];
}

const RHF_ZOD = {
  packages: ["react-hook-form", "@hookform/resolvers", "zod"],
  external: [/^react-hook-form($|\/)/, /^@hookform\//, /^zod($|\/)/],
};

/** Per peer; react, react-dom and react-query are the host's and never count. */
export const PEER_DEPENDENCIES: Record<PeerId, PeerDependencies> = {
  naive: { packages: [], external: [] },
  formik: { packages: ["formik"], external: [/^formik($|\/)/] },
  tanstack: {
    packages: ["@tanstack/react-form", "zod"],
    external: [/^@tanstack\/react-form($|\/)/, /^zod($|\/)/],
  },
  shadcn: RHF_ZOD,
  kit: RHF_ZOD,
};
