import type { WorkQueueQueryInput } from '@madoguchi/procedures-contracts';

/** Every TanStack Query key of the API, in one place, so invalidations cannot drift. */
export const apiQueryKeys = {
  session: ['session'] as const,
  municipalities: ['municipalities'] as const,
  procedures: (municipalityCode: string) =>
    ['municipalities', municipalityCode, 'procedures'] as const,
  procedureForm: (municipalityCode: string, procedureId: string, version: number | undefined) =>
    [
      'municipalities',
      municipalityCode,
      'procedures',
      procedureId,
      'form',
      version ?? 'latest',
    ] as const,
  municipalitySearch: (q: string, postalCode: string) =>
    ['municipalities', 'search', q, postalCode] as const,
  procedureSearch: (municipalityCode: string, q: string, lifeEvent: string) =>
    ['municipalities', municipalityCode, 'procedures', 'search', q, lifeEvent] as const,
  lifeEvents: (municipalityCode: string) => ['life-events', municipalityCode] as const,
  postalCode: (postalCode: string) => ['postal-codes', postalCode] as const,
  procedureDetail: (municipalityCode: string, procedureId: string) =>
    ['municipalities', municipalityCode, 'procedures', procedureId, 'detail'] as const,
  myApplications: ['me', 'applications'] as const,
  myDrafts: ['me', 'drafts'] as const,
  myDraft: (id: string) => ['me', 'drafts', id] as const,
  myApplication: (id: string) => ['me', 'applications', id] as const,
  attachmentFile: (id: string) => ['attachments', id, 'meta'] as const,
  myNotifications: ['me', 'notifications'] as const,
  notificationPreferences: ['me', 'notification-preferences'] as const,
  notificationContact: ['me', 'notification-contact'] as const,
  pushPublicKey: ['notifications', 'push-public-key'] as const,
  pushSubscriptions: ['me', 'push-subscriptions'] as const,
  myWatchers: ['me', 'watchers'] as const,
  myLifeRecords: ['me', 'life-records'] as const,
  /** The work queue with its filters (all pages of one filter share the key). */
  staffApplications: (filters: Omit<WorkQueueQueryInput, 'cursor'>) =>
    ['staff', 'applications', 'list', filters] as const,
  staffApplicationNotes: (id: string) => ['staff', 'applications', 'notes', id] as const,
  staffMembers: ['staff', 'members'] as const,
  staffApplicationsAll: ['staff', 'applications'] as const,
  staffApplication: (id: string) => ['staff', 'applications', 'detail', id] as const,
  deadLetters: ['staff', 'notification-deliveries', 'dead-letters'] as const,
};
