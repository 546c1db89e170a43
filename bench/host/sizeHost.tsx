/**
 * The one-page host the byte counts come from: a dashboard that already ships React and
 * react-query (a query and a mutation of its own) and renders one form. Built once with no form
 * (`bench:peer` aliased to `noPeer.tsx`) as the baseline, then once per peer.
 */
import { QueryClient, QueryClientProvider, useMutation, useQuery } from "@tanstack/react-query";
import { createRoot } from "react-dom/client";
import { Form } from "bench:peer";

interface Me {
  name: string;
}

function Dashboard() {
  const me = useQuery({
    queryKey: ["me"],
    queryFn: async () => (await fetch("/api/me")).json() as Promise<Me>,
  });
  const signOut = useMutation({ mutationFn: () => fetch("/api/sign-out", { method: "POST" }) });
  return (
    <main>
      <header>
        <p>{me.data?.name ?? "…"}</p>
        <button
          type="button"
          onClick={() => {
            signOut.mutate();
          }}
        >
          Sign out
        </button>
      </header>
      <Form baseUrl="/api" />
    </main>
  );
}

const element = document.getElementById("root");
if (element) {
  createRoot(element).render(
    <QueryClientProvider client={new QueryClient()}>
      <Dashboard />
    </QueryClientProvider>,
  );
}
