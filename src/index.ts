/**
 * convai-tag-kit: React components and hooks for ElevenLabs ElevenAgents conversation tags.
 * @packageDocumentation
 */
export * from "./tag.js";
export * from "./api/client.js";
export * from "./api/errors.js";
export * from "./api/keys.js";
export * from "./hooks/TagsApiProvider.js";
export * from "./hooks/useCreateTag.js";
export * from "./hooks/useTags.js";
export * from "./messages.js";
export * from "./hooks/describeTagError.js";
export * from "./hooks/tagFormTypes.js";
export { submitOnModEnter } from "./hooks/tagFieldProps.js";
export * from "./hooks/useCreateTagForm.js";
export * from "./hooks/useTagField.js";
export * from "./components/CharacterCount.js";
export * from "./components/CreateTagForm.js";
export type { CreateTagFormClassNames, CreateTagFormSlot } from "./components/slots.js";
export type { DescriptionInputProps, TitleInputProps } from "./components/TagField.js";
