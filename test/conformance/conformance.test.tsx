/**
 * The same promises, checked for every public component (the pattern of MUI's `describeConformance`):
 * classes land, native props merge, options stay off the DOM, every word comes from `messages`, axe is
 * clean, and server rendering is quiet. The theme half (every coloured part themed in light and dark)
 * runs in Chromium, in test/visual/conformance.spec.ts.
 */
import { fireEvent, screen } from "@testing-library/react";
import axe from "axe-core";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as entry from "../../src";
import { startMockNetwork } from "../support/mockNetwork";
import { renderWithApi, withProvider } from "../support/renderWithApi";
import { components, notRendering, SEEDED, SEEDED_CONVERSATIONS, type ComponentSpec } from "./components";

startMockNetwork({ tags: SEEDED, conversations: SEEDED_CONVERSATIONS });

afterEach(() => {
  vi.restoreAllMocks();
});

function part(slot: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-slot="${slot}"]`);
  if (!element) throw new Error(`no element with data-slot="${slot}"`);
  return element;
}

async function renderSpec(spec: ComponentSpec, props: Record<string, unknown> = {}) {
  const view = renderWithApi(spec.render(props));
  await spec.ready();
  return view;
}

/** Every message replaced by a marker naming its key: strings by the marker, functions by one returning it. */
function markerMessages(defaults: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(defaults).map(([key, value]) => [key, typeof value === "function" ? () => `⟦${key}⟧` : `⟦${key}⟧`]),
  );
}

/** What a person meets as words: the text, and the names and hints in attributes. */
function wordsOnScreen(container: HTMLElement): string {
  const attributes = ["aria-label", "aria-description", "placeholder", "title", "alt", "aria-valuetext"];
  const fromAttributes = [...container.querySelectorAll("*")].flatMap((element) =>
    attributes.map((name) => element.getAttribute(name) ?? ""),
  );
  let text = [container.textContent, ...fromAttributes].join(" ").replace(/⟦[^⟧]*⟧/g, " ");
  for (const seeded of SEEDED) text = text.replaceAll(seeded.title, " ").replaceAll(seeded.description ?? "\u0000", " ");
  return text;
}

function reactWarnings(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls.map((call) => call.map(String).join(" "));
}

describe.each(components)("$name conforms", (spec) => {
  it("puts className on its root and each classNames entry on its part", async () => {
    const classNames = Object.fromEntries(spec.parts.map(({ key }) => [key, `host-${key}`]));
    // Only components with named parts take `classNames`.
    await renderSpec(spec, spec.parts.length > 0 ? { className: "host-root", classNames } : { className: "host-root" });
    expect(part(spec.root)).toHaveClass("host-root");
    for (const { key, slot } of spec.parts) expect(part(slot), `classNames.${key}`).toHaveClass(`host-${key}`);
  });

  it.each(spec.native)("merges native props into the $slot part", async ({ prop, slot, event }) => {
    const ref = createRef<HTMLElement>();
    const handler = vi.fn();
    const eventProp = event === "click" ? "onClick" : "onKeyDown";
    const native = { className: "host-native", style: { outlineStyle: "dotted" }, "data-host": "yes", ref, [eventProp]: handler };
    await renderSpec(spec, prop === "" ? native : { [prop]: native });
    const element = part(slot);
    expect(element).toHaveClass("host-native");
    expect(element.style.outlineStyle).toBe("dotted");
    expect(element).toHaveAttribute("data-host", "yes");
    expect(ref.current).toBe(element);
    if (event === "click") fireEvent.click(element);
    else fireEvent.keyDown(element, { key: "Shift" });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it.each(spec.native.filter((native) => native.kit !== undefined))(
    "runs a host's $slot handler before its own, and skips its own after preventDefault()",
    async ({ prop, slot, event, kit }) => {
      const eventProp = event === "click" ? "onClick" : "onKeyDown";
      const fire = () => {
        if (event === "click") fireEvent.click(part(slot));
        else fireEvent.keyDown(part(slot), { key: kit?.key ?? "Shift" });
      };
      const seenByHost: boolean[] = [];
      const first = { [eventProp]: () => seenByHost.push(kit?.ran() ?? false) };
      const view = await renderSpec(spec, prop === "" ? first : { [prop]: first });
      fire();
      expect(seenByHost, "the kit's handler had not run when the host's did").toEqual([false]);
      expect(kit?.ran(), "the kit's handler ran after the host's").toBe(true);
      view.unmount();

      const refuse = { [eventProp]: (e: { preventDefault: () => void }) => { e.preventDefault(); } };
      await renderSpec(spec, prop === "" ? refuse : { [prop]: refuse });
      fire();
      expect(kit?.ran(), "preventDefault() skipped the kit's handler").toBe(false);
    },
  );

  it("keeps its options off the DOM", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { container } = await renderSpec(spec, spec.options);
    expect(reactWarnings(errors)).toEqual([]);
    const attributes = new Set([...container.querySelectorAll("*")].flatMap((element) => element.getAttributeNames()));
    for (const option of Object.keys(spec.options)) expect(attributes).not.toContain(option.toLowerCase());
  });

  it.runIf(spec.messages !== undefined)("takes every word a person meets from its messages", async () => {
    const { container } = await renderSpec(spec, { messages: markerMessages(spec.messages ?? {}) });
    expect(wordsOnScreen(container)).not.toMatch(/\p{L}/u);
  });

  it("has no axe violations", async () => {
    const { container } = await renderSpec(spec);
    const results = await axe.run(container);
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it("renders on a server without warnings", () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const Wrapper = withProvider();
    const html = renderToString(<Wrapper>{spec.render({})}</Wrapper>);
    expect(html).toContain(`data-slot="${spec.root}"`);
    expect(reactWarnings(errors)).toEqual([]);
  });
});

describe("the conformance table", () => {
  it("lists every component the browser entry exports", () => {
    const exported = Object.entries(entry)
      .filter(([name, value]) => /^[A-Z]/.test(name) && typeof value === "function" && !name.endsWith("Error"))
      .map(([name]) => name);
    const listed = [...components.map((spec) => spec.name), ...Object.keys(notRendering)];
    expect(exported.filter((name) => !listed.includes(name))).toEqual([]);
    expect(screen).toBeDefined();
  });
});
