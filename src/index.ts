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
