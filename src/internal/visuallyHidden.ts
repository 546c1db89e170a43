import type { CSSProperties } from "react";

/**
 * Hides text visually but keeps it for screen readers. Inline on purpose: the kit must stay
 * accessible when its stylesheet is not imported.
 */
export const visuallyHidden: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  border: 0,
};

