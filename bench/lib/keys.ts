/**
 * Real key events through CDP `Input.dispatchKeyEvent`, the call Playwright's keyboard makes.
 * keyDown and keyUp are sent together (Playwright awaits each in turn, which doubles the round
 * trips); the browser still delivers keydown, keypress, beforeinput, input and keyup as trusted
 * events, in order.
 */
import type { CDPSession } from "playwright-core";

interface KeyEvent {
  type: "keyDown" | "keyUp";
  key: string;
  code: string;
  windowsVirtualKeyCode: number;
  text?: string;
  unmodifiedText?: string;
}

function keyEvents(key: string): [KeyEvent, KeyEvent] {
  if (key === "Backspace") {
    const base = { key, code: "Backspace", windowsVirtualKeyCode: 8 };
    return [{ type: "keyDown", ...base }, { type: "keyUp", ...base }];
  }
  if (key === "Enter") {
    // As Playwright sends it: the keyDown carries "\r", so a button's activation and a form's submit follow.
    const base = { key, code: "Enter", windowsVirtualKeyCode: 13 };
    return [{ type: "keyDown", ...base, text: "\r", unmodifiedText: "\r" }, { type: "keyUp", ...base }];
  }
  if (key === "ArrowDown") {
    const base = { key, code: "ArrowDown", windowsVirtualKeyCode: 40 };
    return [{ type: "keyDown", ...base }, { type: "keyUp", ...base }];
  }
  if (!/^[a-z ]$/.test(key)) throw new Error(`the bench types a-z, space, Backspace, Enter and ArrowDown only, not ${key}`);
  const base = key === " " ? { key, code: "Space", windowsVirtualKeyCode: 32 } : {
    key,
    code: `Key${key.toUpperCase()}`,
    windowsVirtualKeyCode: key.toUpperCase().charCodeAt(0),
  };
  return [{ type: "keyDown", ...base, text: key, unmodifiedText: key }, { type: "keyUp", ...base }];
}

/** Presses and releases `key` (a-z, space, `Backspace`, `Enter` or `ArrowDown`) in the focused element. */
export async function pressKey(cdp: CDPSession, key: string): Promise<void> {
  const [down, up] = keyEvents(key);
  await Promise.all([cdp.send("Input.dispatchKeyEvent", down), cdp.send("Input.dispatchKeyEvent", up)]);
}
