import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CharacterCount, TAG_TITLE_MAX_LENGTH } from "../../src";

function liveRegion(container: HTMLElement): HTMLElement {
  const region = container.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error("no live region");
  return region;
}

function counter(container: HTMLElement): HTMLElement {
  const root = container.querySelector<HTMLElement>('[data-slot="character-count"]');
  if (!root) throw new Error("no counter");
  return root;
}

describe("CharacterCount", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows count and limit visibly, hidden from screen readers", () => {
    const { container } = render(<CharacterCount value="Billing issue" />);
    const visible = screen.getByText(`13 / ${TAG_TITLE_MAX_LENGTH}`);
    expect(visible).toHaveAttribute("aria-hidden", "true");
    expect(counter(container)).toHaveTextContent(`You can enter up to ${TAG_TITLE_MAX_LENGTH} characters`);
  });

  it("counts code points of the trimmed text, as the server does", () => {
    render(<CharacterCount value={`  ${"😀".repeat(3)}  `} max={10} />);
    expect(screen.getByText("3 / 10")).toBeInTheDocument();
  });

  it("sets data-state from the threshold and the limit", () => {
    const { container, rerender } = render(<CharacterCount value={"a".repeat(7)} max={10} />);
    expect(counter(container)).toHaveAttribute("data-state", "under");
    rerender(<CharacterCount value={"a".repeat(8)} max={10} />);
    expect(counter(container)).toHaveAttribute("data-state", "near");
    rerender(<CharacterCount value={"a".repeat(10)} max={10} />);
    expect(counter(container)).toHaveAttribute("data-state", "near");
    rerender(<CharacterCount value={"a".repeat(11)} max={10} />);
    expect(counter(container)).toHaveAttribute("data-state", "over");
  });

  it("speaks only after typing pauses for the delay", () => {
    const { container, rerender } = render(<CharacterCount value="" max={10} delay={1000} />);
    for (let length = 1; length <= 9; length++) {
      rerender(<CharacterCount value={"a".repeat(length)} max={10} delay={1000} />);
      act(() => {
        vi.advanceTimersByTime(500);
      });
      expect(liveRegion(container)).toBeEmptyDOMElement();
    }
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(liveRegion(container)).toHaveTextContent(/^1 character remaining$/);
  });

  it("stays quiet below the threshold", () => {
    const { container, rerender } = render(<CharacterCount value="" max={10} threshold={0.5} />);
    rerender(<CharacterCount value="abcd" max={10} threshold={0.5} />);
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(liveRegion(container)).toBeEmptyDOMElement();
    rerender(<CharacterCount value="abcde" max={10} threshold={0.5} />);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(liveRegion(container)).toHaveTextContent("5 characters remaining");
  });

  it("says how many characters are too many past the limit", () => {
    const { container, rerender } = render(<CharacterCount value="" max={10} />);
    rerender(<CharacterCount value={"a".repeat(13)} max={10} />);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(liveRegion(container)).toHaveTextContent("3 characters too many");
  });

  it("takes its words from messages", () => {
    const { container, rerender } = render(
      <CharacterCount
        value=""
        max={10}
        messages={{
          characterCount: (count, max) => `${count} von ${max}`,
          charactersRemaining: (n) => `noch ${n} Zeichen`,
        }}
      />,
    );
    rerender(
      <CharacterCount
        value="abcdefgh"
        max={10}
        messages={{
          characterCount: (count, max) => `${count} von ${max}`,
          charactersRemaining: (n) => `noch ${n} Zeichen`,
        }}
      />,
    );
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByText("8 von 10")).toBeInTheDocument();
    expect(liveRegion(container)).toHaveTextContent("noch 2 Zeichen");
  });

  it("passes native props and data-slot to its root", () => {
    const { container } = render(<CharacterCount value="" id="count" className="mine" data-slot="my-counter" />);
    const root = container.firstElementChild;
    expect(root).toHaveAttribute("id", "count");
    expect(root).toHaveClass("mine");
    expect(root).toHaveAttribute("data-slot", "my-counter");
  });
});
