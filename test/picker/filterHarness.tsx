/**
 * Shared set-up for the TagFilter tests: a filter rendered on the mock network (the harness every
 * feature's tests share), its host keeping `value` in state as a URL would, the `onChange` calls in
 * order, a button that deletes a tag through the kit, and accessors by role and name.
 */
import { screen, within } from "@testing-library/react";
import { useState } from "react";
import { TagFilter, useDeleteTag, type TagFilterProps } from "../../src";
import { renderWithApi } from "../support/renderWithApi";

export { startMockNetwork } from "../support/mockNetwork";

/** Options of {@link renderFilter}: the filter's props, and whether the host keeps what `onChange` says. */
export type FilterSetup = Partial<TagFilterProps> & {
  /** `false`: a host that ignores `onChange` and keeps rendering the first `value`. */
  follows?: boolean;
};

/** Deletes a tag through the kit's own hook, as a tag list beside the filter would. */
function DeleteTag({ tagId }: { tagId: string }) {
  const deleteTag = useDeleteTag();
  return (
    <button
      type="button"
      onClick={() => {
        deleteTag.mutate(tagId);
      }}
    >
      Delete {tagId}
    </button>
  );
}

/** Renders a TagFilter whose host keeps the value in state; `changes` lists every `onChange` call. */
export function renderFilter({ follows = true, ...props }: FilterSetup = {}, deletable: string[] = []) {
  const changes: string[][] = [];
  function Host() {
    const [value, setValue] = useState<readonly string[]>(props.value ?? []);
    return (
      <>
        <TagFilter
          {...props}
          value={value}
          onChange={(next) => {
            changes.push(next);
            if (follows) setValue(next);
          }}
        />
        {deletable.map((tagId) => (
          <DeleteTag key={tagId} tagId={tagId} />
        ))}
      </>
    );
  }
  return { changes, ...renderWithApi(<Host />) };
}

export const filterInput = () => screen.getByRole("combobox", { name: "Filter by tag" });
export const filterListbox = () => screen.getByRole("listbox", { name: "Filter by tag" });
export const filterOptions = () => within(filterListbox()).queryAllByRole("option");
export const filterOptionNames = () => filterOptions().map((option) => option.textContent);
/** The chips' titles, in order. */
export const filterChips = () =>
  Array.from(
    screen.queryByRole("list", { name: "Tags in the filter" })?.querySelectorAll('[data-slot="chip-label"]') ?? [],
    (chip) => chip.textContent,
  );
export const filterStatus = () => screen.getByRole("status");
