/**
 * Non-text contrast (WCAG 2.2 SC 1.4.11) from what the browser painted: every control boundary a person
 * must see (text inputs and comboboxes, buttons that have a border or a fill, chips, an open popup, a
 * modal dialog, the active option, the focus ring of every tabbable control) and the colours that make
 * it visible against what is next to it. axe checks text contrast only; this checks the rest.
 *
 * {@link inspectControls} runs inside the page (`page.evaluate(inspectControls)`), so it is one
 * self-contained function; the judging ({@link boundaryFailures}) runs in Node on its plain result.
 */
import { contrastRatio } from "./colorContrast";

/** One way a boundary can be seen: a painted part's colour against the colour beside it. */
export interface BoundaryPair {
  part: "border" | "fill" | "outline";
  /** Opaque computed colours (`rgb(r, g, b)`), see-through layers already composited. */
  colour: string;
  against: string;
}

/** A boundary a person must see; it passes when any of its pairs reaches 3:1. */
export interface Boundary {
  kind: "text input" | "button" | "chip" | "popup" | "dialog" | "active option" | "focus ring";
  /** Names the element for a failure message: tag, data-slot, accessible text. */
  element: string;
  /** Empty when nothing is painted at all (no border, no fill, no outline): always a failure. */
  pairs: BoundaryPair[];
}

/** What {@link inspectControls} found. */
export interface ControlInspection {
  boundaries: Boundary[];
}

/**
 * Collects every visible control's boundary, then focuses each tabbable control in turn to read its
 * focus ring, and puts focus back. Run after a keyboard event, so script focus shows `:focus-visible`.
 */
export function inspectControls(): ControlInspection {
  type Rgba = [number, number, number, number];
  const canvas = document.createElement("canvas").getContext("2d", { willReadFrequently: true });

  // Any computed colour to 0-255 channels and alpha: rgb()/rgba() directly, anything else via a canvas.
  const rgba = (colour: string): Rgba => {
    const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(colour);
    if (match) {
      const alpha = match[4] === undefined ? 1 : match[4].endsWith("%") ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
      return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
    }
    if (!canvas) throw new Error(`cannot read the colour ${colour}`);
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = colour;
    canvas.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = canvas.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3];
    return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a)).concat(1) as Rgba;
  };
  const css = ([r, g, b]: Rgba) => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;

  // The colour a part is painted on: the nearest backgrounds up the tree, composited, over the canvas.
  const behind = (element: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let node = element; node; node = node.parentElement) {
      const layer = rgba(getComputedStyle(node).backgroundColor);
      if (layer[3] > 0) layers.push(layer);
      if (layer[3] >= 1) break;
    }
    return layers.reduceRight<Rgba>((bottom, top) => over(top, bottom), [255, 255, 255, 1]);
  };
  const fillOf = (element: Element): Rgba => over(rgba(getComputedStyle(element).backgroundColor), behind(element.parentElement));

  const name = (element: Element) => {
    const slot = element.getAttribute("data-slot");
    const text = (element.getAttribute("aria-label") ?? element.textContent).trim().slice(0, 40);
    const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent.trim() : undefined;
    return `<${element.localName}${slot ? ` data-slot="${slot}"` : ""}> "${label ?? text}"`;
  };
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 2 && box.height > 2;
  };
  const disabled = (element: Element) =>
    element.matches(":disabled") || element.closest('[aria-disabled="true"]') !== null;

  // The widest painted border side, composited over what is behind the element.
  const border = (element: Element, against: Rgba): BoundaryPair | null => {
    const style = getComputedStyle(element);
    const sides = (["Top", "Right", "Bottom", "Left"] as const)
      .map((side) => ({
        width: Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
        style: style.getPropertyValue(`border-${side.toLowerCase()}-style`),
        colour: rgba(style.getPropertyValue(`border-${side.toLowerCase()}-color`)),
      }))
      .filter((side) => side.width >= 1 && side.style !== "none" && side.style !== "hidden" && side.colour[3] > 0)
      .sort((a, b) => b.width - a.width);
    const side = sides[0];
    return side ? { part: "border", colour: css(over(side.colour, against)), against: css(against) } : null;
  };
  const fill = (element: Element, against: Rgba): BoundaryPair | null =>
    rgba(getComputedStyle(element).backgroundColor)[3] > 0 ? { part: "fill", colour: css(fillOf(element)), against: css(against) } : null;
  const pairsOf = (element: Element, against: Rgba) =>
    [border(element, against), fill(element, against)].filter((pair): pair is BoundaryPair => pair !== null);

  // An outline is drawn beside the element, or over its own fill with a negative offset. Chromium's
  // `auto` outline (the browser's default ring) is two rings: the outline colour and white inside it.
  const outlinePairs = (element: Element): BoundaryPair[] => {
    const style = getComputedStyle(element);
    if (style.outlineStyle === "none" || Number.parseFloat(style.outlineWidth) < 1) return [];
    const against = Number.parseFloat(style.outlineOffset) < 0 ? fillOf(element) : behind(element.parentElement);
    const rings = style.outlineStyle === "auto" ? [rgba(style.outlineColor), [255, 255, 255, 1] as Rgba] : [rgba(style.outlineColor)];
    return rings.map((ring) => ({ part: "outline", colour: css(over(ring, against)), against: css(against) }));
  };

  const boundaries: Boundary[] = [];
  const each = (selector: string, visit: (element: Element) => void) => {
    for (const element of document.querySelectorAll(selector)) if (visible(element) && !disabled(element)) visit(element);
  };

  // Parts that must always show an edge (nothing painted fails), seen against their parent's background.
  const edged: [Boundary["kind"], string][] = [
    [
      "text input",
      "input:not([type=hidden],[type=checkbox],[type=radio],[type=submit],[type=button],[type=reset],[type=range],[type=color],[type=file],[type=image]), textarea, select, [role=combobox]",
    ],
    ["chip", '[data-slot="chip"]'],
    ["popup", '[data-slot="picker-popup"], [role=listbox]:not([data-slot="listbox"])'],
  ];
  for (const [kind, selector] of edged) {
    each(selector, (element) => {
      boundaries.push({ kind, element: name(element), pairs: pairsOf(element, behind(element.parentElement)) });
    });
  }
  // A button styled as text (no border, no fill) has its text as the control, which axe checks.
  each("button, [role=button], input[type=submit], input[type=button], input[type=reset]", (element) => {
    const pairs = pairsOf(element, behind(element.parentElement));
    if (pairs.length > 0) boundaries.push({ kind: "button", element: name(element), pairs });
  });
  each("dialog[open]", (element) => {
    // A modal dialog sits on its ::backdrop, which dims the page behind it.
    const backdrop = rgba(getComputedStyle(element, "::backdrop").backgroundColor);
    const against = element.matches(":modal") ? over(backdrop, behind(element.parentElement)) : behind(element.parentElement);
    boundaries.push({ kind: "dialog", element: name(element), pairs: pairsOf(element, against) });
  });

  // The active option of a combobox: focus stays in the input, so this marker is the focus indicator.
  each("[role=combobox][aria-activedescendant]", (combobox) => {
    const option = document.getElementById(combobox.getAttribute("aria-activedescendant") ?? "");
    if (!option || !visible(option)) return;
    const own = fill(option, behind(option.parentElement));
    boundaries.push({ kind: "active option", element: name(option), pairs: [...outlinePairs(option), ...(own ? [own] : [])] });
  });

  // Focus rings: each tabbable control focused in turn (a modal's inert page refuses focus: skipped).
  const before = document.activeElement;
  const tabbable = "input, textarea, select, button, a[href], [tabindex]";
  for (const element of document.querySelectorAll<HTMLElement>(tabbable)) {
    if (element.tabIndex < 0 || !visible(element) || element.matches(":disabled")) continue;
    element.focus({ preventScroll: true });
    if (document.activeElement !== element) continue;
    boundaries.push({ kind: "focus ring", element: name(element), pairs: outlinePairs(element) });
  }
  if (before instanceof HTMLElement) before.focus({ preventScroll: true });
  else (document.activeElement as HTMLElement | null)?.blur();

  return { boundaries };
}

/** The boundaries under 3:1 (or painted not at all), each said in one line; empty when all pass. */
export function boundaryFailures(inspection: ControlInspection): string[] {
  return inspection.boundaries.flatMap((boundary) => {
    const ratios = boundary.pairs.map((pair) => ({ ...pair, ratio: contrastRatio(pair.colour, pair.against) }));
    if (ratios.some((pair) => pair.ratio >= 3)) return [];
    const seen =
      ratios.length === 0
        ? "nothing painted (no border, fill or outline)"
        : ratios.map((pair) => `${pair.part} ${pair.colour} on ${pair.against} = ${pair.ratio.toFixed(2)}:1`).join("; ");
    return [`${boundary.kind} ${boundary.element}: ${seen}`];
  });
}
