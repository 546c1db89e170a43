/**
 * WCAG 2 colour maths on computed colours (`rgb(r, g, b)` / `rgba(r, g, b, a)`, as Chromium reports
 * them), so a test can check contrast from what the browser actually painted.
 */

/** A computed sRGB colour with 0-255 channels and an alpha from 0 to 1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses a computed `rgb()`/`rgba()` colour; throws on anything else, so a test never guesses. */
export function parseRgb(computed: string): Rgba {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(computed);
  if (!match) throw new Error(`not a computed rgb() colour: ${computed}`);
  const [, r, g, b, a] = match;
  return { r: Number(r), g: Number(g), b: Number(b), a: a === undefined ? 1 : Number(a) };
}

/** WCAG 2 relative luminance of an opaque colour. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio (1 to 21) between two computed colours; both must be opaque. */
export function contrastRatio(foreground: string, background: string): number {
  const [fg, bg] = [parseRgb(foreground), parseRgb(background)];
  if (fg.a < 1 || bg.a < 1) throw new Error(`contrast of a see-through colour: ${foreground} on ${background}`);
  const [light, dark] = [relativeLuminance(fg), relativeLuminance(bg)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
