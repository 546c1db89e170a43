import { useEffect, useState, type ComponentProps } from "react";
import { countCharacters } from "../../../src/core/tag.js";
import { text } from "./text";
import { visuallyHidden } from "./visuallyHidden";

/** Props of {@link Counter}: the text to count, its limit, and any `<div>` prop. */
export interface CounterProps extends Omit<ComponentProps<"div">, "children"> {
  value: string;
  max: number;
}

/**
 * The peers' live counter: the same markup and behaviour as the kit's (visible "n / max" hidden
 * from screen readers, a polite message once typing pauses for a second from 80 % of the limit),
 * fed the value by its parent, as a hand-written form would.
 */
export function Counter({ value, max, ...rest }: CounterProps) {
  const count = countCharacters(value.trim());
  const state = count > max ? "over" : count >= max * 0.8 ? "near" : "under";
  const message =
    state === "under" ? "" : state === "over" ? text.charactersTooMany(count - max) : text.charactersRemaining(max - count);
  const [spoken, setSpoken] = useState(message);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSpoken(message);
    }, 1000);
    return () => {
      clearTimeout(timer);
    };
  }, [message]);
  return (
    <div data-state={state} {...rest}>
      <span aria-hidden="true">{text.characterCount(count, max)}</span>
      <span style={visuallyHidden}>{text.characterLimit(max)}</span>
      <span aria-live="polite" style={visuallyHidden}>
        {spoken}
      </span>
    </div>
  );
}
