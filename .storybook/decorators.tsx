import type { Decorator } from "@storybook/react-vite";
import { QueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import kitStyles from "../src/styles.css?inline";
import { createTagsClient, TagsApiProvider } from "../src";
import { tagsApiOf } from "../stories/support/tagsApi";

/** Page colours behind the form, matching the kit's own light and dark palettes. */
const pages = {
  light: { background: "#f6f7f9", color: "#1c1d21" },
  dark: { background: "#0f1014", color: "#ececf1" },
} as const;

/**
 * The toolbar's theme as a `data-theme` ancestor (what the kit's CSS keys dark mode on) with a
 * page colour, and the kit's stylesheet, rendered with the story so one story can go without it.
 */
export const withThemeAndStyles: Decorator = (Story, { globals, parameters, viewMode }) => {
  const theme = globals.theme === "dark" ? "dark" : "light";
  return (
    <div
      data-theme={theme}
      style={{ ...pages[theme], padding: "1rem", minHeight: viewMode === "story" ? "100vh" : undefined }}
    >
      {parameters.kitStyles === false ? null : <style>{kitStyles}</style>}
      <Story />
    </div>
  );
};

interface StoryTagsProviderProps {
  baseUrl: string;
  timeoutMs: number | undefined;
  children: ReactNode;
}

function StoryTagsProvider({ baseUrl, timeoutMs, children }: StoryTagsProviderProps) {
  const [client] = useState(() => createTagsClient({ baseUrl, timeoutMs }));
  // A fresh cache per story; failed queries end at once so error states show without waiting.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 0 }, mutations: { retry: false } } }),
  );
  return (
    <TagsApiProvider client={client} queryClient={queryClient}>
      {children}
    </TagsApiProvider>
  );
}

/** Wraps the story in a `TagsApiProvider` on the story's mock API, unless it brings its own. */
export const withTagsApi: Decorator = (Story, { loaded, parameters }) => {
  const { provider = true, timeoutMs } = parameters.tagsApi ?? {};
  if (!provider) return <Story />;
  const { baseUrl, loadId } = tagsApiOf(loaded);
  return (
    <StoryTagsProvider key={loadId} baseUrl={baseUrl} timeoutMs={timeoutMs}>
      <Story />
    </StoryTagsProvider>
  );
};
