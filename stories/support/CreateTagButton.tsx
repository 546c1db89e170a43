import { useCreateTag } from "../../src";

/** Props of {@link CreateTagButton}: the tag its button creates. */
export interface CreateTagButtonProps {
  /** Title of the tag to create. */
  title: string;
  /** Its description; none when left out. */
  description?: string;
}

/**
 * One button on `useCreateTag`, with no form at all: the mutation's pending, success and error
 * states, and the `TagsApiError` `kind` and `status` a failure carries.
 */
export function CreateTagButton({ title, description }: CreateTagButtonProps) {
  const create = useCreateTag();
  return (
    <div style={{ fontFamily: "system-ui, sans-serif" }}>
      <button
        type="button"
        aria-busy={create.isPending}
        onClick={() => {
          create.mutate({ title, description: description ?? null });
        }}
      >
        Create “{title}”
      </button>
      {/* The id is new on every run: the visual tests mask `data-volatile` parts (fixed-width, so the mask is too). */}
      <p role="status">
        {create.isSuccess ? (
          <>
            Created <code data-volatile="">{create.data.tag_id}</code>
          </>
        ) : create.isPending ? (
          "Creating…"
        ) : (
          ""
        )}
      </p>
      {create.isError ? (
        <p role="alert">
          Failed: {create.error.kind} ({create.error.status ?? "no answer"})
        </p>
      ) : null}
    </div>
  );
}
