"use client";

import { QueryClient } from "@tanstack/react-query";
import { TagsApiProvider } from "convai-tag-kit";
import { useState, type ReactNode } from "react";

/**
 * The browser's tags client (through the proxy route) and one QueryClient per visit. A minute of
 * `staleTime` keeps the list the server prefetched from being fetched again right after hydration.
 */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } }));
  return (
    <TagsApiProvider baseUrl="/api/elevenlabs" queryClient={queryClient}>
      {children}
    </TagsApiProvider>
  );
}
