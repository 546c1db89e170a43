/**
 * Every public component, described once for the conformance suite: how to render it in a state
 * that shows its parts, which `classNames` key styles which `data-slot`, which prop carries native
 * props for which part, its hook options (which must never reach the DOM) and its default messages.
 * A component exported from the browser entry and missing here fails the suite.
 */
import { screen } from "@testing-library/react";
import type { ReactElement } from "react";
import {
  CharacterCount,
  ConversationList,
  ConversationTagPicker,
  CreateTagDialog,
  CreateTagForm,
  defaultConversationListMessages,
  defaultCreateTagDialogMessages,
  defaultDeleteTagMessages,
  defaultEditTagMessages,
  defaultMessages,
  defaultPickerMessages,
  defaultTagFilterMessages,
  defaultTagListMessages,
  DeleteTagButton,
  EditTagForm,
  TagFilter,
  TagList,
  type ConversationSummary,
  type ConversationTag,
} from "../../src";
import { tag } from "../support/fixtures";

/** Tags whose titles have no letters: what is left of the page's text after the messages must be no words. */
export const SEEDED: ConversationTag[] = [
  { ...tag(1), title: "🏷️ 1" },
  { ...tag(2), title: "🏷️ 2", description: "🗒️" },
];

/** Conversations carrying the first tag, titled without letters, as the tags are. */
export const SEEDED_CONVERSATIONS: ConversationSummary[] = [1, 2].map((n) => ({
  conversation_id: `conv_${String(n)}`,
  agent_id: "agent_1",
  agent_name: "🤖",
  start_time_unix_secs: 1_700_000_000 + n * 60,
  call_duration_secs: 65,
  message_count: 4,
  status: "done",
  call_successful: "success",
  call_summary_title: `📞 ${String(n)}`,
  tag_ids: ["tag_1"],
}));

/** One part: its `classNames` key and the `data-slot` it lands on. */
export interface Part {
  key: string;
  slot: string;
}

/** A prop that takes native props for one part, and the event its kit handler answers to. */
export interface NativePart {
  prop: string;
  slot: string;
  event: "click" | "keyDown";
  /** Where the part has a handler of the kit's own: the key to send, and whether that handler ran. */
  kit?: { key?: string; ran: () => boolean };
}

let cancels = 0;
const countCancel = () => {
  cancels += 1;
};

/** One row of the table. */
export interface ComponentSpec {
  name: string;
  /** Renders it with extra props, inside a TagsApiProvider over the mock API seeded with `SEEDED`. */
  render: (props: Record<string, unknown>) => ReactElement;
  /** Waits until the parts below are on screen. */
  ready: () => Promise<unknown>;
  /** The root's `data-slot`. */
  root: string;
  parts: Part[];
  native: NativePart[];
  /** Options handled by the component or its hook, with values: none may reach the DOM. */
  options: Record<string, unknown>;
  /** The component's default messages, overridden one by one with markers. */
  messages?: object;
}

const noop = () => undefined;

export const components: ComponentSpec[] = [
  {
    name: "CreateTagForm",
    render: (props) => {
      cancels = 0;
      return <CreateTagForm onCancel={countCancel} {...props} />;
    },
    ready: () => screen.findByRole("textbox", { name: /title/i }),
    root: "root",
    parts: [
      { key: "titleField", slot: "title-field" },
      { key: "titleLabel", slot: "title-label" },
      { key: "titleInput", slot: "title-input" },
      { key: "descriptionField", slot: "description-field" },
      { key: "descriptionLabel", slot: "description-label" },
      { key: "descriptionInput", slot: "description-input" },
      { key: "status", slot: "status" },
      { key: "actions", slot: "actions" },
      { key: "submit", slot: "submit" },
      { key: "cancel", slot: "cancel" },
    ],
    native: [
      { prop: "titleInputProps", slot: "title-input", event: "keyDown" },
      { prop: "descriptionProps", slot: "description-input", event: "keyDown" },
      { prop: "submitProps", slot: "submit", event: "click" },
      { prop: "cancelProps", slot: "cancel", event: "click", kit: { ran: () => cancels > 0 } },
    ],
    options: { defaultValues: { title: "", description: "" }, showDescription: true, resetOnSuccess: true, onSuccess: noop, onError: noop, mutationOptions: {}, formOptions: {} },
    messages: defaultMessages,
  },
  {
    name: "EditTagForm",
    render: (props) => <EditTagForm tag={SEEDED[1] ?? tag(2)} onCancel={noop} {...props} />,
    ready: () => screen.findByRole("textbox", { name: /title/i }),
    root: "root",
    parts: [
      { key: "titleField", slot: "title-field" },
      { key: "titleInput", slot: "title-input" },
      { key: "descriptionInput", slot: "description-input" },
      { key: "submit", slot: "submit" },
      { key: "cancel", slot: "cancel" },
    ],
    native: [
      { prop: "titleInputProps", slot: "title-input", event: "keyDown" },
      { prop: "submitProps", slot: "submit", event: "click" },
    ],
    options: { showDescription: true, onSuccess: noop, onError: noop, mutationOptions: {}, formOptions: {} },
    messages: defaultEditTagMessages,
  },
  {
    name: "TagList",
    render: (props) => <TagList {...props} />,
    ready: () => screen.findAllByRole("listitem"),
    root: "tag-list",
    parts: [
      { key: "list", slot: "list" },
      { key: "row", slot: "row" },
      { key: "rowTitle", slot: "row-title" },
      { key: "rowDescription", slot: "row-description" },
      { key: "rowDate", slot: "row-date" },
      { key: "rowActions", slot: "row-actions" },
      { key: "edit", slot: "edit" },
      { key: "delete", slot: "delete" },
      { key: "status", slot: "status" },
    ],
    native: [{ prop: "", slot: "tag-list", event: "keyDown" }],
    options: { pageSize: 10 },
    messages: defaultTagListMessages,
  },
  {
    name: "CreateTagDialog",
    render: (props) => <CreateTagDialog {...props} />,
    ready: () => screen.findByRole("button"),
    root: "new-tag",
    parts: [{ key: "status", slot: "dialog-status" }],
    native: [{ prop: "", slot: "new-tag", event: "keyDown" }],
    options: { onCreated: noop, formProps: {} },
    messages: defaultCreateTagDialogMessages,
  },
  {
    name: "DeleteTagButton",
    render: (props) => <DeleteTagButton tag={SEEDED[0] ?? tag(1)} {...props} />,
    ready: () => screen.findByRole("button"),
    root: "delete",
    parts: [],
    native: [{ prop: "", slot: "delete", event: "keyDown" }],
    options: { onDeleted: noop, onError: noop, focusAfterConfirm: noop },
    messages: defaultDeleteTagMessages,
  },
  {
    name: "ConversationTagPicker",
    render: (props) => <ConversationTagPicker conversationId="c1" defaultTagIds={["tag_1"]} {...props} />,
    ready: () => screen.findAllByText("🏷️ 1"),
    root: "picker",
    parts: [
      { key: "label", slot: "picker-label" },
      { key: "chips", slot: "chips" },
      { key: "chip", slot: "chip" },
      { key: "chipLabel", slot: "chip-label" },
      { key: "chipRemove", slot: "chip-remove" },
      { key: "control", slot: "picker-control" },
      { key: "input", slot: "picker-input" },
      { key: "popup", slot: "picker-popup" },
      { key: "listbox", slot: "listbox" },
      { key: "option", slot: "option" },
      { key: "status", slot: "picker-status" },
    ],
    native: [
      {
        prop: "inputProps",
        slot: "picker-input",
        event: "keyDown",
        kit: { key: "ArrowDown", ran: () => document.querySelector('[data-slot="picker"]')?.hasAttribute("data-open") ?? false },
      },
    ],
    options: { onTagIdsChange: noop, maxOptions: 20, onCreate: noop, onError: noop },
    messages: { ...defaultMessages, ...defaultPickerMessages },
  },
  {
    name: "TagFilter",
    render: (props) => <TagFilter value={["tag_1"]} onChange={noop} {...props} />,
    ready: () => screen.findAllByText("🏷️ 1"),
    root: "tag-filter",
    parts: [
      { key: "label", slot: "filter-label" },
      { key: "chips", slot: "chips" },
      { key: "chip", slot: "chip" },
      { key: "chipLabel", slot: "chip-label" },
      { key: "chipRemove", slot: "chip-remove" },
      { key: "clear", slot: "filter-clear" },
      { key: "control", slot: "filter-control" },
      { key: "input", slot: "filter-input" },
      { key: "popup", slot: "filter-popup" },
      { key: "listbox", slot: "listbox" },
      { key: "option", slot: "option" },
      { key: "status", slot: "filter-status" },
    ],
    native: [
      {
        prop: "inputProps",
        slot: "filter-input",
        event: "keyDown",
        kit: { key: "ArrowDown", ran: () => document.querySelector('[data-slot="tag-filter"]')?.hasAttribute("data-open") ?? false },
      },
    ],
    // Not `value`: the combobox <input> has a value attribute of its own. test/picker/TagFilter.test.tsx
    // checks that the root gets none of the options, `value` included.
    options: { onChange: noop, maxOptions: 20, messages: {} },
    messages: defaultTagFilterMessages,
  },
  {
    name: "ConversationList",
    render: (props) => <ConversationList filters={{ tag_ids: ["tag_1"], page_size: 1 }} {...props} />,
    ready: () => screen.findByText("🏷️ 1", { selector: '[data-slot="row-tag"]' }),
    root: "conversation-list",
    parts: [
      { key: "filterDescription", slot: "filter-description" },
      { key: "list", slot: "list" },
      { key: "row", slot: "row" },
      { key: "rowMain", slot: "row-main" },
      { key: "rowTitle", slot: "row-title" },
      { key: "rowMeta", slot: "row-meta" },
      { key: "rowTime", slot: "row-time" },
      { key: "rowDuration", slot: "row-duration" },
      { key: "rowStatus", slot: "row-status" },
      { key: "rowSuccess", slot: "row-success" },
      { key: "rowTags", slot: "row-tags" },
      { key: "rowTag", slot: "row-tag" },
      { key: "rowActions", slot: "row-actions" },
      { key: "editTags", slot: "edit-tags" },
      { key: "loadMore", slot: "load-more" },
      { key: "status", slot: "status" },
    ],
    native: [{ prop: "", slot: "conversation-list", event: "keyDown" }],
    options: { filters: { tag_ids: ["tag_1"], page_size: 1 }, locale: "en-US", timeZone: "UTC", pickerMessages: {} },
    messages: defaultConversationListMessages,
  },
  {
    name: "CharacterCount",
    render: (props) => <CharacterCount value="🏷️" max={120} {...props} />,
    ready: () => Promise.resolve(),
    root: "character-count",
    parts: [],
    native: [{ prop: "", slot: "character-count", event: "keyDown" }],
    options: { value: "x", max: 120 },
    messages: defaultMessages,
  },
];

/** Exports of the browser entry that render no element of their own, and why. */
export const notRendering: Record<string, string> = {
  TagsApiProvider: "supplies the client and cache to its children; it renders none of its own",
};
