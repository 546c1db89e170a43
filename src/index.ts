/**
 * convai-tag-kit: React components and hooks for ElevenLabs ElevenAgents conversation tags.
 * A client module ("use client" is added at build time); server code imports `convai-tag-kit/core`.
 * @packageDocumentation
 */
// The rules, wire types, client, errors, keys and query options: one copy, in core, named again here
// so browser code has one import (the API report holds both lists).
export {
  CONVERSATION_TAG_FILTER_MAX,
  TAG_DESCRIPTION_MAX_LENGTH,
  TAG_TITLE_MAX_LENGTH,
  TagsApiError,
  countCharacters,
  createTagRequestSchema,
  createTagsClient,
  conversationListQueryOptions,
  tagKeys,
  tagListQueryOptions,
  tagQueryOptions,
  updateTagRequestSchema,
  workspaceTagsQueryOptions,
} from "./core/index.js";
export type {
  AssignTagsRequest,
  ConversationFilters,
  ConversationStatus,
  ConversationSuccess,
  ConversationSummary,
  ConversationTag,
  CreateTagRequest,
  ListConversationsPage,
  ListConversationsParams,
  ListTagsPage,
  ListTagsParams,
  RequestOptions,
  TagFieldErrors,
  TagFieldName,
  TagListParams,
  TagOperationName,
  TagValidationCode,
  TagsApiErrorInit,
  TagsApiErrorKind,
  TagsClient,
  TagsClientOptions,
  UpdateTagRequest,
  WorkspaceTagsData,
  WorkspaceWalkQueryClient,
} from "./core/index.js";

export { TagsApiProvider, useTagsClient } from "./react/TagsApiProvider.js";
export type { TagsApiProviderProps } from "./react/TagsApiProvider.js";
export { useTags } from "./react/useTags.js";
export { useConversations } from "./react/useConversations.js";
export { useWorkspaceTags } from "./react/useWorkspaceTags.js";
export type { UseWorkspaceTagsOptions, WorkspaceTags } from "./react/useWorkspaceTags.js";
export type { UseTagsParams } from "./react/useTags.js";
export { useCreateTag } from "./react/useCreateTag.js";
export type { UseCreateTagOptions } from "./react/useCreateTag.js";
export { useTag } from "./react/useTag.js";
export type { UseTagOptions } from "./react/useTag.js";
export { useUpdateTag } from "./react/useUpdateTag.js";
export type { UpdateTagVariables, UseUpdateTagOptions } from "./react/useUpdateTag.js";
export { useDeleteTag } from "./react/useDeleteTag.js";
export type { UseDeleteTagOptions } from "./react/useDeleteTag.js";
export { useAssignTags } from "./react/useAssignTags.js";
export type { AssignTagsVariables, UseAssignTagsOptions } from "./react/useAssignTags.js";
export { useUnassignTag } from "./react/useUnassignTag.js";
export type { UnassignTagVariables, UseUnassignTagOptions } from "./react/useUnassignTag.js";
export type { TagMutationOptions } from "./react/useTagMutation.js";

export { CreateTagForm } from "./form/CreateTagForm.js";
export type {
  CancelButtonProps,
  CreateTagFormOwnProps,
  CreateTagFormProps,
  SubmitButtonProps,
  TagFormElementProps,
} from "./form/CreateTagForm.js";
export { useCreateTagForm } from "./form/useCreateTagForm.js";
export type { UseCreateTagFormOptions, UseCreateTagFormResult } from "./form/useCreateTagForm.js";
export { useTagField } from "./form/useTagField.js";
export type { TagFieldState } from "./form/useTagField.js";
export { CharacterCount } from "./form/CharacterCount.js";
export type { CharacterCountProps, CharacterCountSource, CharacterCountState } from "./form/CharacterCount.js";
export { defaultMessages } from "./form/messages.js";
export type { TagMessages } from "./form/messages.js";
export { describeTagError } from "./form/describeTagError.js";
export type {
  CreateTagFormOutput,
  CreateTagFormStatus,
  CreateTagFormValues,
  TagAlertProps,
  TagFieldIds,
  TagFieldProps,
} from "./form/tagFormTypes.js";
export type { ClassNames } from "./internal/classNames.js";
export type { CreateTagFormClassNames, CreateTagFormSlot } from "./form/slots.js";
export type { DescriptionInputProps, TitleInputProps } from "./form/TagField.js";

export { EditTagForm } from "./form/EditTagForm.js";
export type { EditTagFormProps } from "./form/EditTagForm.js";
export { useEditTagForm } from "./form/useEditTagForm.js";
export type { EditTagFormStatus, UseEditTagFormOptions, UseEditTagFormResult } from "./form/useEditTagForm.js";
export { defaultEditTagMessages } from "./form/editMessages.js";
export type { EditTagMessages } from "./form/editMessages.js";
export type { TagFormFields } from "./form/tagFormTypes.js";
export { TagList } from "./tag-list/TagList.js";
export type { TagListOptions, TagListProps } from "./tag-list/TagList.js";
export type { TagRowAction } from "./tag-list/TagRow.js";
export { defaultTagListMessages } from "./tag-list/messages.js";
export type { TagListMessages } from "./tag-list/messages.js";
export type { TagListClassNames, TagListSlot } from "./tag-list/slots.js";
export { DeleteTagButton } from "./dialogs/DeleteTagButton.js";
export type { DeleteTagButtonProps, DeleteTagButtonSlot } from "./dialogs/DeleteTagButton.js";
export { CreateTagDialog } from "./dialogs/CreateTagDialog.js";
export type { CreateTagDialogProps, CreateTagDialogSlot } from "./dialogs/CreateTagDialog.js";
export { defaultCreateTagDialogMessages, defaultDeleteTagMessages } from "./dialogs/messages.js";
export type { CreateTagDialogMessages, DeleteTagMessages } from "./dialogs/messages.js";

export { ConversationTagPicker } from "./picker/ConversationTagPicker.js";
export type { ConversationTagPickerProps } from "./picker/ConversationTagPicker.js";
export { useConversationTagPicker } from "./picker/useConversationTagPicker.js";
export type { UseConversationTagPickerOptions } from "./picker/pickerTypes.js";
export { defaultPickerMessages } from "./picker/pickerMessages.js";
export type { ConversationTagPickerMessages, PickerMessages } from "./picker/pickerMessages.js";
export type { ConversationTagPickerClassNames, ConversationTagPickerSlot } from "./picker/slots.js";
export type {
  PickerChip,
  PickerChipRemoveProps,
  PickerIds,
  PickerInputProps,
  PickerListboxProps,
  PickerOptionProps,
  PickerPopupProps,
  UseConversationTagPickerResult,
} from "./picker/pickerTypes.js";
export type { CreateOptionProblem, PickerOption } from "./picker/pickerOptions.js";
export type { TagComboboxView } from "./picker/tagComboboxTypes.js";
export { TagFilter } from "./picker/TagFilter.js";
export type { TagFilterProps } from "./picker/TagFilter.js";
export { useTagFilter } from "./picker/useTagFilter.js";
export type { UseTagFilterOptions, UseTagFilterResult } from "./picker/tagFilterTypes.js";
export { defaultTagFilterMessages } from "./picker/tagFilterMessages.js";
export type { TagFilterMessages } from "./picker/tagFilterMessages.js";
export type { TagFilterClassNames, TagFilterSlot } from "./picker/tagFilterSlots.js";

export { ConversationList } from "./conversations/ConversationList.js";
export type { ConversationListOptions, ConversationListProps } from "./conversations/ConversationList.js";
export { useConversationList } from "./conversations/useConversationList.js";
export type { UseConversationListOptions, UseConversationListResult } from "./conversations/useConversationList.js";
export type { ConversationListRow, ConversationListTag } from "./conversations/conversationListRow.js";
export { defaultConversationListMessages } from "./conversations/messages.js";
export type { ConversationListFormat, ConversationListMessages } from "./conversations/messages.js";
export type { ConversationListClassNames, ConversationListSlot } from "./conversations/slots.js";
