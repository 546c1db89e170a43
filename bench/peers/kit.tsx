/** The kit itself: `CreateTagForm` inside `TagsApiProvider`, with every default. */
import { CreateTagForm, TagsApiProvider } from "../../src";
import type { PeerProps } from "./types";

/** The kit's create-tag form on the page's tags API. */
export function KitForm({ baseUrl }: PeerProps) {
  return (
    <TagsApiProvider baseUrl={baseUrl}>
      <CreateTagForm />
    </TagsApiProvider>
  );
}

/** The peer module: the form and the component that owns its state. */
export const Form = KitForm;
/** `CreateTagForm` calls `useCreateTagForm`; its renders are the "form root" commits. */
export const formRoot = CreateTagForm;
