import { CreateTagDialog, TagList, TagsApiProvider } from "convai-tag-kit"
// The kit's theme. It is unlayered CSS, so it wins over Tailwind utilities on the kit's parts; for
// your classes to win, drop this line and put `@import "convai-tag-kit/styles.css" layer(components);`
// after `@import "tailwindcss";` in your CSS.
import "convai-tag-kit/styles.css"

/**
 * Your workspace's ElevenLabs conversation tags on one page: a "New tag" button that opens the
 * create form in a modal dialog, and the list of tags, newest first, with Load more, Edit and
 * Delete on every row. The kit does the fetching, caching, optimistic updates and rollbacks.
 *
 * `baseUrl` is where your server mounts the kit's proxy (`createTagsProxy` from
 * `convai-tag-kit/server`), which adds your API key; the key never reaches the browser.
 * If your app has a `QueryClientProvider`, the page shares its cache; otherwise it brings its own.
 *
 * The look comes from `convai-tag-kit/styles.css`; retheme it with `--ctk-*` variables, e.g.
 * `[--ctk-accent:var(--primary)]` on an ancestor, or pass `classNames` to `TagList`.
 */
export function TagsPage({ baseUrl = "/api/elevenlabs" }: { baseUrl?: string }) {
  return (
    <TagsApiProvider baseUrl={baseUrl}>
      <main className="mx-auto flex w-full max-w-3xl flex-col gap-6 p-6">
        <header className="flex flex-wrap items-center justify-between gap-4">
          <div className="flex flex-col gap-1">
            <h1 id="tags-heading" className="text-2xl font-semibold tracking-tight">
              Tags
            </h1>
            <p className="text-sm text-muted-foreground">
              Label conversations so your team can find them again.
            </p>
          </div>
          {/* The button, and beside it the polite status that names the tag just created. */}
          <div className="flex items-center gap-3 text-sm">
            <CreateTagDialog />
          </div>
        </header>
        <TagList aria-labelledby="tags-heading" pageSize={20} />
      </main>
    </TagsApiProvider>
  )
}
