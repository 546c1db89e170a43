/** The baseline host's "form": nothing, so the host's own bytes can be subtracted. */
export function Form() {
  return null;
}
