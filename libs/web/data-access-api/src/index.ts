export type { ApiClient, ApiClientOptions, FetchFunction, FetchResponse } from './api-client.js';
export { CSRF_HEADER, createApiClient } from './api-client.js';
export type { ContractCheckLoader } from './read-response.js';
export { loadContractCheck } from './read-response.js';
export type { ClientErrorCode } from './api-request.error.js';
export { ApiRequestError, isApiRequestError } from './api-request.error.js';
export type { ApiProviderProps } from './api-client-context.js';
export { ApiProvider, createQueryClient, useApiClient } from './api-client-context.js';
export { apiQueryKeys } from './query-keys.js';
export { useSession, useSignOut } from './use-session.js';
export {
  useFindProcedures,
  useLifeEvents,
  useMunicipalities,
  useMunicipalitySearch,
  usePostalCodeLookup,
  useProcedureDetail,
  useProcedureForm,
  useProcedureSearch,
  useProcedures,
} from './use-catalog.js';
export type { SubmitApplicationVariables, UseMyNotificationsOptions } from './use-resident.js';
export {
  useMarkNotificationRead,
  useMyApplication,
  useMyApplications,
  useMyNotifications,
  useResubmitMyApplication,
  useSubmitApplication,
  useWithdrawMyApplication,
} from './use-resident.js';
export type { WorkQueueFilters } from './use-staff.js';
export {
  useAddApplicationNote,
  useApplicationNotes,
  useAssignApplication,
  useDownloadAttachment,
  useRevealPersonalData,
  useStaffApplication,
  useStaffApplications,
  useStaffMembers,
  useTransitionApplication,
} from './use-staff.js';
export { useDeadLetters, useRetryDeadLetter } from './use-dead-letters.js';
export { useMyLifeRecords } from './use-life-records.js';
export {
  useAcceptWatchInvitation,
  useEmailConfirmation,
  useEndWatch,
  useInviteWatcher,
  useMyWatchers,
  useNotificationContact,
  useNotificationPreferences,
  usePushPublicKey,
  usePushSubscriptions,
  useResendEmailConfirmation,
  useSaveNotificationContact,
  useSaveNotificationPreferences,
  useSavePushSubscription,
} from './use-notifications-settings.js';
export { useDeleteDraft, useMyDraft, useMyDrafts, useSaveDraft } from './use-drafts.js';
export type { AttachmentFormTarget, UploadedAttachmentFile } from './use-attachments.js';
export { toUploadedFile, useAttachmentFiles, useAttachmentUploads } from './use-attachments.js';
export type { UploadProgressOptions } from './send-attachment.js';
export type { AuditLogFilters } from './use-administration.js';
export {
  administrationQueryKeys,
  useApiKeys,
  useAuditLog,
  useCreateApiKey,
  useProcedureOfferings,
  useReminderRules,
  useRevokeApiKey,
  useSetProcedureAvailability,
} from './use-administration.js';
export {
  reminderRuleSettingsQueryKey,
  useReminderRuleSettings,
  useUpdateReminderRuleSettings,
} from './use-reminder-rule-settings.js';
export { dashboardQueryKeys, useBulkExport, useDashboard } from './use-dashboard.js';
export { useBulkExportFileUrl, useStartBulkExport } from './use-dashboard.js';
export {
  bulkAssignmentQueryKeys,
  useBulkAssignment,
  useStaffApplicationsCount,
  useStartBulkAssignment,
} from './use-bulk-assignment.js';
export {
  counterQueryKeys,
  useCancelCounterConfirmation,
  useConfirmCounterApplication,
  useCounterAttachmentUploads,
  useCounterConfirmation,
  useCounterConfirmationAttachment,
  useCounterConfirmationPreview,
  useCounterConfirmationReceipt,
  useCounterConfirmations,
  useCreateCounterConfirmation,
  useDownloadCounterReceipt,
  useReissueCounterLink,
} from './use-counter.js';
export {
  overlayEditorQueryKeys,
  useMigrateDraft,
  useOverlayEditor,
  useOverlayProcedures,
  usePreviewOverlay,
  usePublishOverlay,
  useSaveOverlayDraft,
} from './use-overlay-editor.js';
export { useCompleteSigning, useStartSigning } from './use-signatures.js';
export { useVerifySealedPdf, useVerifySealedReceipt } from './use-seal-verification.js';
