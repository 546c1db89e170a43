import { useState } from "react";
import { TagFilter, type TagFilterProps } from "../../src";

/**
 * `TagFilter` under a host that keeps its value, as an app keeps it in the URL: `value` is where it
 * starts, and every `onChange` (the story's spy) also becomes the next value.
 */
export function ControlledTagFilter({ value: initial, onChange, ...props }: TagFilterProps) {
  const [value, setValue] = useState(initial);
  return (
    <TagFilter
      {...props}
      value={value}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}
