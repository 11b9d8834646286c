import { z } from 'zod';

/** Where a notification comes from; residents choose channels per category. */
export const NOTIFICATION_CATEGORIES = ['application', 'childcare', 'care'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/** Every channel. The in-app inbox always receives; the others are chosen by the resident. */
export const DELIVERY_CHANNELS = ['in_app', 'web_push', 'email'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/**
 * A delivery's life: `scheduled` (waiting for its time, e.g. after quiet hours) → `queued` (on
 * BullMQ) → `sending` (handed to its channel; a sender that dies here leaves it in doubt, and it is
 * sent again with the same Web Push Topic after a lease) → `sent`, or `temporary_failure` (retried with backoff) → … → `permanent_failure`
 * (the dead-letter list, which staff may retry); `skipped` when the target went away meanwhile.
 */
export const DELIVERY_STATUSES = [
  'scheduled',
  'queued',
  'sending',
  'sent',
  'temporary_failure',
  'permanent_failure',
  'skipped',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

const timeOfDaySchema = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

export const categoryPreferenceSchema = z.object({
  /** Off: no reminders of this category at all (opt-out). Status changes always reach the inbox. */
  isEnabled: z.boolean(),
  webPush: z.boolean(),
  email: z.boolean(),
});
export type CategoryPreference = z.infer<typeof categoryPreferenceSchema>;

export const notificationPreferencesSchema = z.object({
  locale: z.enum(['ja', 'en', 'easyJa']),
  categories: z.object({
    application: categoryPreferenceSchema,
    childcare: categoryPreferenceSchema,
    care: categoryPreferenceSchema,
  }),
  /** Japan time. Pushes and e-mails falling inside wait until `end`; nothing is dropped. */
  quietHours: z.object({ start: timeOfDaySchema, end: timeOfDaySchema }),
  /** From this many reminders on one day, push and e-mail send one digest instead. */
  digestThreshold: z.number().int().min(2).max(50),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const notificationContactSchema = z.object({
  email: z.email().max(254).nullable(),
});
export type NotificationContact = z.infer<typeof notificationContactSchema>;

/**
 * `PushSubscription.toJSON()` as the browser gives it. The endpoint is a URL the worker will POST
 * to: the API also checks it against the configured push services (`checkPushEndpoint`).
 */
export const pushSubscriptionRequestSchema = z.object({
  endpoint: z.url({ protocol: /^https?$/ }).max(2048),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }),
});
export type PushSubscriptionRequest = z.infer<typeof pushSubscriptionRequestSchema>;

export const pushSubscriptionSchema = z.object({
  id: z.string(),
  endpointOrigin: z.string(),
  createdAt: z.string(),
  isActive: z.boolean(),
});
export type PushSubscriptionView = z.infer<typeof pushSubscriptionSchema>;

export const unsubscribePushRequestSchema = z.object({ endpoint: z.url().max(2048) });
export type UnsubscribePushRequest = z.infer<typeof unsubscribePushRequestSchema>;

export const pushPublicKeySchema = z.object({ publicKey: z.string() });
export type PushPublicKey = z.infer<typeof pushPublicKeySchema>;

/** 見守り: a family member or care manager who receives the resident's care notifications. */
export const WATCH_RELATIONSHIPS = ['family', 'care_manager'] as const;
export type WatchRelationship = (typeof WATCH_RELATIONSHIPS)[number];
export const WATCH_STATUSES = ['invited', 'active', 'ended'] as const;
export type WatchStatus = (typeof WATCH_STATUSES)[number];

export const createWatchInvitationRequestSchema = z.object({
  inviteeLabel: z.string().trim().min(1).max(60),
  relationship: z.enum(WATCH_RELATIONSHIPS),
  /** The resident's consent to share care-category notifications with the watcher. */
  hasConsented: z.literal(true),
});
export type CreateWatchInvitationRequest = z.infer<typeof createWatchInvitationRequestSchema>;

export const acceptWatchInvitationRequestSchema = z.object({
  invitationCode: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/),
});
export type AcceptWatchInvitationRequest = z.infer<typeof acceptWatchInvitationRequestSchema>;

export const watchRelationshipSchema = z.object({
  id: z.string(),
  residentName: z.string(),
  watcherName: z.string().nullable(),
  inviteeLabel: z.string(),
  relationship: z.enum(WATCH_RELATIONSHIPS),
  status: z.enum(WATCH_STATUSES),
  invitedAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type WatchRelationshipView = z.infer<typeof watchRelationshipSchema>;

export const watchInvitationSchema = z.object({
  relationship: watchRelationshipSchema,
  /** Shown once to the resident, who passes it on; only its hash is stored. */
  invitationCode: z.string(),
});
export type WatchInvitation = z.infer<typeof watchInvitationSchema>;

export const myWatchRelationshipsSchema = z.object({
  /** People who watch me (I invited them). */
  watchers: z.array(watchRelationshipSchema),
  /** People I watch (I accepted their invitation). */
  watching: z.array(watchRelationshipSchema),
});
export type MyWatchRelationships = z.infer<typeof myWatchRelationshipsSchema>;

/** A delivery that failed for good, as staff see it (no address, no message body). */
export const deadLetterSchema = z.object({
  id: z.string(),
  channel: z.enum(DELIVERY_CHANNELS),
  recipientId: z.string(),
  category: z.enum(NOTIFICATION_CATEGORIES),
  title: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  failedAt: z.string().nullable(),
});
export type DeadLetter = z.infer<typeof deadLetterSchema>;

/** What a life record is about; each kind has its own date fields (see notifications-domain). */
export const LIFE_RECORD_KINDS = ['pregnancy', 'child', 'care_certification', 'person'] as const;
export type LifeRecordKind = (typeof LIFE_RECORD_KINDS)[number];

const isoDateSchema = z.iso.date();
const localizedTextSchema = z.object({ ja: z.string(), en: z.string(), easyJa: z.string() });
const localizedNameSchema = z.object({ ja: z.string(), en: z.string() });

/** Where a life record came from: an accepted application, the demo data, or anything else. */
export const lifeRecordOriginSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('application'),
    applicationId: z.string(),
    /** 受付番号 */
    receiptNumber: z.string(),
    procedureTitle: localizedTextSchema,
  }),
  z.object({ type: z.literal('demo') }),
  z.object({ type: z.literal('other') }),
]);
export type LifeRecordOrigin = z.infer<typeof lifeRecordOriginSchema>;

/** A reminder the daily scan will send for a record, counted by the municipality's rules. */
export const upcomingReminderSchema = z.object({
  ruleId: z.string(),
  category: z.enum(NOTIFICATION_CATEGORIES).exclude(['application']),
  /** The day (Japan) the reminder is sent. */
  dueOn: isoDateSchema,
  /** The day it is about: the check-up age, the expiry, the yearly window. */
  eventDate: isoDateSchema,
  title: localizedTextSchema,
  /** Where it reaches the resident with today's settings; empty when its category is off. */
  channels: z.array(z.enum(DELIVERY_CHANNELS)),
});
export type UpcomingReminder = z.infer<typeof upcomingReminderSchema>;

/**
 * A life record as its resident sees it: the name and dates its reminders count from, no more
 * (never a 個人番号 or another identifier), where it came from and what it will bring.
 */
export const myLifeRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(LIFE_RECORD_KINDS),
  municipalityCode: z.string(),
  /** The given name from the application (a child, the insured person), if it gave one. */
  name: z.string().nullable(),
  birthDate: isoDateSchema.optional(),
  dueDate: isoDateSchema.optional(),
  validFrom: isoDateSchema.optional(),
  expiryDate: isoDateSchema.optional(),
  origin: lifeRecordOriginSchema,
  createdAt: z.string(),
  upcomingReminders: z.array(upcomingReminderSchema),
});
export type MyLifeRecord = z.infer<typeof myLifeRecordSchema>;

/** The office that keeps a municipality's records: where a resident asks for a correction. */
export const lifeRecordOfficeSchema = z.object({
  municipalityCode: z.string(),
  municipalityName: localizedNameSchema,
  department: localizedNameSchema.nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type LifeRecordOffice = z.infer<typeof lifeRecordOfficeSchema>;

export const myLifeRecordsSchema = z.object({
  /** The Japan date the upcoming reminders are counted from. */
  asOf: isoDateSchema,
  /** How many days after `asOf` the upcoming reminders reach. */
  horizonDays: z.number().int(),
  records: z.array(myLifeRecordSchema),
  /** One per municipality of the records. */
  offices: z.array(lifeRecordOfficeSchema),
});
export type MyLifeRecords = z.infer<typeof myLifeRecordsSchema>;

/** What a resident who never opened the settings page gets: everything on, quiet at night. */
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  locale: 'ja',
  categories: {
    application: { isEnabled: true, webPush: true, email: true },
    childcare: { isEnabled: true, webPush: true, email: true },
    care: { isEnabled: true, webPush: true, email: true },
  },
  quietHours: { start: '21:00', end: '08:00' },
  digestThreshold: 3,
};
