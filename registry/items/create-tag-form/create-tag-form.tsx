"use client"

import {
  CreateTagForm as CreateTagFormPrimitive,
  type CreateTagFormClassNames,
  type CreateTagFormProps,
} from "convai-tag-kit"

/**
 * The kit's create-tag form styled with Tailwind classes only, in the shadcn/ui look (it reads the
 * theme tokens `shadcn init` writes: `--primary`, `--input`, `--ring`, `--destructive`, ...). No
 * `convai-tag-kit/styles.css`: every class is below, one entry per part, so change them here.
 *
 * Behaviour is the kit's: title and description counted as the API counts characters, a live
 * counter, server errors under their field or in the alert, a polite status once created.
 * Render it inside a `TagsApiProvider`. States to style: `aria-invalid` on a field's input,
 * `data-state="over"` on a counter past its limit, `data-pending` on the submit button.
 */
const classNames = {
  titleField: "grid gap-2",
  descriptionField: "grid gap-2",
  titleLabel: "text-sm leading-none font-medium",
  descriptionLabel: "text-sm leading-none font-medium",
  titleHint: "text-sm text-muted-foreground",
  descriptionHint: "text-sm text-muted-foreground",
  titleInput:
    "h-9 w-full min-w-0 rounded-md border border-input bg-transparent px-3 py-1 text-base shadow-xs outline-none transition-[color,box-shadow] placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive aria-invalid:ring-destructive/20 md:text-sm dark:bg-input/30 dark:aria-invalid:ring-destructive/40",
  descriptionInput:
    "min-h-20 w-full rounded-md border border-input bg-transparent px-3 py-2 text-base shadow-xs outline-none transition-[color,box-shadow] placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive aria-invalid:ring-destructive/20 md:text-sm dark:bg-input/30 dark:aria-invalid:ring-destructive/40",
  titleCounter: "relative justify-self-end text-xs text-muted-foreground tabular-nums data-[state=over]:font-medium data-[state=over]:text-destructive",
  descriptionCounter:
    "relative justify-self-end text-xs text-muted-foreground tabular-nums data-[state=over]:font-medium data-[state=over]:text-destructive",
  titleError: "text-sm text-destructive",
  descriptionError: "text-sm text-destructive",
  alert: "rounded-md border border-destructive/50 px-4 py-3 text-sm text-destructive",
  status: "text-sm text-muted-foreground empty:hidden",
  actions: "flex flex-wrap gap-2",
  submit:
    "inline-flex h-9 items-center justify-center rounded-md bg-primary px-4 py-2 text-sm font-medium whitespace-nowrap text-primary-foreground shadow-xs outline-none transition-all hover:bg-primary/90 focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:pointer-events-none disabled:opacity-50 data-pending:opacity-70",
  cancel:
    "inline-flex h-9 items-center justify-center rounded-md border bg-background px-4 py-2 text-sm font-medium whitespace-nowrap shadow-xs outline-none transition-all hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 dark:border-input dark:bg-input/30 dark:hover:bg-input/50",
} satisfies CreateTagFormClassNames

/** Your classes go after these (for conflicting utilities, Tailwind's own order decides). */
function join(...classes: (string | undefined)[]) {
  return classes.filter(Boolean).join(" ")
}

export function CreateTagForm({ className, classNames: overrides = {}, ...props }: CreateTagFormProps) {
  const merged: CreateTagFormClassNames = { ...classNames }
  for (const [slot, value] of Object.entries(overrides) as [keyof CreateTagFormClassNames, string | undefined][]) {
    merged[slot] = join(merged[slot], value)
  }
  return <CreateTagFormPrimitive className={join("grid gap-6", className)} classNames={merged} {...props} />
}
