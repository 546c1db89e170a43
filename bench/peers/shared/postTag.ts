/** What a hand-written form does instead of the kit's client: `fetch`, then pick the 422 apart. */

/** A field of the create-tag form. */
export type FieldName = "title" | "description";

/** Messages per field plus one for the whole form. */
export interface ServerErrors {
  title?: string;
  description?: string;
  form?: string;
}

/** The outcome of {@link postTag}. */
export type PostTagResult = { ok: true; title: string } | { ok: false; errors: ServerErrors };

interface DetailItem {
  loc?: unknown;
  msg?: unknown;
}

function fieldOf(loc: unknown): FieldName | null {
  if (!Array.isArray(loc)) return null;
  const name: unknown = loc[1];
  return name === "title" || name === "description" ? name : null;
}

/** Maps FastAPI's `{"detail": [{loc, msg}]}` onto the form's fields. */
function mapValidationErrors(body: unknown): ServerErrors {
  const detail = (body as { detail?: unknown } | null)?.detail;
  if (!Array.isArray(detail)) return { form: "The tag was not accepted." };
  const errors: ServerErrors = {};
  for (const item of detail as DetailItem[]) {
    const field = fieldOf(item.loc);
    const msg = typeof item.msg === "string" ? item.msg : "Invalid value";
    if (field) errors[field] = errors[field] ? `${errors[field]} ${msg}` : msg;
    else errors.form = msg;
  }
  return errors;
}

/** Sends `POST {baseUrl}/v1/convai/tags` with plain `fetch`. */
export async function postTag(baseUrl: string, title: string, description: string): Promise<PostTagResult> {
  try {
    const response = await fetch(`${baseUrl}/v1/convai/tags`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ title, description: description || null }),
    });
    if (response.ok) {
      const tag = (await response.json()) as { title: string };
      return { ok: true, title: tag.title };
    }
    if (response.status === 422) return { ok: false, errors: mapValidationErrors(await response.json()) };
    return { ok: false, errors: { form: `Request failed (${response.status})` } };
  } catch {
    return { ok: false, errors: { form: "The tags service could not be reached." } };
  }
}
