/**
 * The ElevenLabs settings, read from the server's environment at request time (never at build
 * time, never in a client module): the key must not reach a bundle, a page or a response.
 */
import "server-only";

/** Where the ElevenLabs API lives: `ELEVENLABS_BASE_URL`, or the real API. */
export function upstreamUrl(): string {
  return process.env.ELEVENLABS_BASE_URL || "https://api.elevenlabs.io";
}

/** The API key from `ELEVENLABS_API_KEY`; throws, naming the variable (never a value), when unset. */
export function apiKey(): string {
  const key = process.env.ELEVENLABS_API_KEY;
  if (!key) throw new Error("Set ELEVENLABS_API_KEY in the server's environment (see the example's README).");
  return key;
}
