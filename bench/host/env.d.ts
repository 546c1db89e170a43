/// <reference types="vite/client" />

/** The size host's form: aliased per build to a peer module, or to nothing for the baseline. */
declare module "bench:peer" {
  import type { ComponentType } from "react";
  import type { PeerProps } from "../peers/types";
  export const Form: ComponentType<PeerProps>;
}
