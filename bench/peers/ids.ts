/** The peers, in the order the tables list them; `naive` is the baseline every ratio divides by. */
export const PEER_IDS = ["naive", "formik", "tanstack", "shadcn", "kit"] as const;

/** One of {@link PEER_IDS}. */
export type PeerId = (typeof PEER_IDS)[number];

/** How the tables name each peer. */
export const PEER_LABELS: Record<PeerId, string> = {
  naive: "naive useState",
  formik: "Formik",
  tanstack: "TanStack Form + zod",
  shadcn: "shadcn-style RHF + zod",
  kit: "convai-tag-kit",
};

/** Narrows a string (a query parameter) to a peer id. */
export function isPeerId(value: string | null): value is PeerId {
  return (PEER_IDS as readonly (string | null)[]).includes(value);
}
