/**
 * The bench's page: a dashboard that already ships React and react-query, showing one peer's form
 * (`?peer=kit`), optionally beside the demo's tag list (`?list=1`) or a conversation tag picker
 * (`?picker=1`), a tag filter and a conversations list (`?conversations=1`), or N pickers
 * (`?pickers=N`, see `PickersPanel`). `?probe=react` turns
 * on the commit counters (profiling build only); `?frames=1` the key-to-frame timing.
 */
// First on purpose: it installs the DevTools hook before react-dom loads (the package is
// marked side-effect free, so the probe is imported by name to keep it in the bundle).
import { probe } from "./probe";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { Profiler, type ComponentType } from "react";
import { createRoot } from "react-dom/client";
import "../../src/styles.css";
import "../../demo/demo.css";
import { isPeerId, type PeerId } from "../peers/ids";
import type { PeerProps } from "../peers/types";
import { loadPeer } from "./loadPeer";

/** Where the page's tags API (the kit's proxy in front of the mock API) is mounted. */
const BASE_URL = "/api";

const params = new URLSearchParams(location.search);
const peerId = params.get("peer");
if (!isPeerId(peerId)) throw new Error(`unknown peer ${String(peerId)}`);

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false } },
});

interface PageProps {
  Form: ComponentType<PeerProps>;
  List: ComponentType<{ baseUrl: string }> | null;
  Picker: ComponentType<{ baseUrl: string }> | null;
  Conversations: ComponentType<{ baseUrl: string }> | null;
  Pickers: ComponentType<{ baseUrl: string }> | null;
}

function Page({ Form, List, Picker, Conversations, Pickers }: PageProps) {
  const { onRender } = probe;
  return (
    <Profiler id="page" onRender={onRender}>
      <QueryClientProvider client={queryClient}>
        <main className="demo-main">
          <section className="demo-panel" aria-labelledby="create-heading">
            <h2 id="create-heading">Create a tag</h2>
            <Profiler id="form" onRender={onRender}>
              <Form baseUrl={BASE_URL} />
            </Profiler>
          </section>
          {List ? (
            <section className="demo-panel" aria-labelledby="tags-heading">
              <h2 id="tags-heading">Tags</h2>
              <Profiler id="list" onRender={onRender}>
                <List baseUrl={BASE_URL} />
              </Profiler>
            </section>
          ) : null}
          {Picker ? (
            <section className="demo-panel" aria-labelledby="picker-heading">
              <h2 id="picker-heading">Tag a conversation</h2>
              <Picker baseUrl={BASE_URL} />
            </section>
          ) : null}
          {Conversations ? (
            <section className="demo-panel" aria-labelledby="conversations-heading">
              <h2 id="conversations-heading">Conversations</h2>
              <Conversations baseUrl={BASE_URL} />
            </section>
          ) : null}
          {Pickers ? (
            <section className="demo-panel" aria-labelledby="pickers-heading">
              <h2 id="pickers-heading">Tag conversations</h2>
              <Pickers baseUrl={BASE_URL} />
            </section>
          ) : null}
        </main>
      </QueryClientProvider>
    </Profiler>
  );
}

async function main(id: PeerId) {
  const [peer, list, picker, conversations, pickers] = await Promise.all([
    loadPeer(id),
    params.get("list") === "1" ? import("./ListPanel") : Promise.resolve(null),
    params.get("picker") === "1" ? import("./PickerPanel") : Promise.resolve(null),
    params.get("conversations") === "1" ? import("./ConversationsPanel") : Promise.resolve(null),
    params.has("pickers") ? import("./PickersPanel") : Promise.resolve(null),
  ]);
  probe.formRoot = peer.formRoot;
  const element = document.getElementById("root");
  if (!element) throw new Error("no #root");
  createRoot(element).render(
    <Page
      Form={peer.Form}
      List={list?.ListPanel ?? null}
      Picker={picker?.PickerPanel ?? null}
      Conversations={conversations?.ConversationsPanel ?? null}
      Pickers={pickers?.PickersPanel ?? null}
    />,
  );
}

void main(peerId);
