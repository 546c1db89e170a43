/**
 * The one way component and hook tests render the kit: inside a `TagsApiProvider` talking to the mock
 * network (`startMockNetwork` in the test file), as an app renders it. Every feature's tests use this,
 * so none leans on another feature's harness.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement, ReactNode } from "react";
import { TagsApiProvider, type TagsClient } from "../../src";
import { baseUrl } from "./mockNetwork";

/** How the provider is set up; by default as in an app with no QueryClient of its own. */
export interface ApiOptions {
  /** The host's QueryClient, provided above the kit's provider; without it the provider brings its own. */
  queryClient?: QueryClient;
  /** A client of the test's own (a short timeout, say) instead of one for the mock network. */
  client?: TagsClient;
}

/** A wrapper (for `render` or `renderHook`) rendering children in a TagsApiProvider, under `queryClient` when given. */
export function withProvider(queryClient?: QueryClient, client?: TagsClient) {
  return function Wrapper({ children }: { children: ReactNode }) {
    const provider = client ? (
      <TagsApiProvider client={client}>{children}</TagsApiProvider>
    ) : (
      <TagsApiProvider baseUrl={baseUrl}>{children}</TagsApiProvider>
    );
    return queryClient ? <QueryClientProvider client={queryClient}>{provider}</QueryClientProvider> : provider;
  };
}

/** Renders `ui` inside the provider, with a `user` to type and click as a person does. */
export function renderWithApi(ui: ReactElement, { queryClient, client }: ApiOptions = {}) {
  // No pause between keystrokes: the tests are about behaviour, not typing speed.
  const user = userEvent.setup({ delay: null });
  return { user, ...render(ui, { wrapper: withProvider(queryClient, client) }) };
}
