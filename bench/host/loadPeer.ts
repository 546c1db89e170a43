import type { PeerId } from "../peers/ids";
import type { PeerModule } from "../peers/types";

/** One lazy chunk per peer, so a page loads only the form it shows. */
const loaders: Record<PeerId, () => Promise<PeerModule>> = {
  naive: () => import("../peers/naive"),
  formik: () => import("../peers/formik"),
  tanstack: () => import("../peers/tanstack"),
  shadcn: () => import("../peers/shadcn"),
  kit: () => import("../peers/kit"),
};

/** Loads a peer's form module. */
export function loadPeer(id: PeerId): Promise<PeerModule> {
  return loaders[id]();
}
