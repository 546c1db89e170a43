import type { ComponentType } from "react";

/** What every peer form gets: where the tags API (the proxy) lives. */
export interface PeerProps {
  baseUrl: string;
}

/** A peer module: the form to mount and the component that owns its state (the "form root"). */
export interface PeerModule {
  Form: ComponentType<PeerProps>;
  /** Renders of this component are the "form root" commits. */
  formRoot: (...args: never[]) => unknown;
}
