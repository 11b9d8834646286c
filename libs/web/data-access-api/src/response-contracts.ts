import {
  deadLetterSchema,
  emailConfirmationResultSchema,
  myLifeRecordsSchema,
  myWatchRelationshipsSchema,
  notificationContactViewSchema,
  notificationPreferencesSchema,
  pushPublicKeySchema,
  pushSubscriptionSchema,
  watchInvitationSchema,
  watchRelationshipSchema,
} from '@madoguchi/notifications-contracts';
import {
  apiErrorSchema,
  applicationDetailSchema,
  applicationNoteSchema,
  attachmentFileSchema,
  attachmentSchema,
  draftDetailSchema,
  draftSummarySchema,
  inAppNotificationSchema,
  lifeEventSchema,
  municipalitySchema,
  postalCodeLookupSchema,
  procedureDetailSchema,
  procedureFormSchema,
  procedureRecommendationSchema,
  procedureSummarySchema,
  residentApplicationDetailSchema,
  residentApplicationSummarySchema,
  revealedPersonalDataSchema,
  sessionActorSchema,
  signOutResponseSchema,
  staffMemberSchema,
  workQueueItemSchema,
  workQueuePageSchema,
} from '@madoguchi/procedures-contracts';
import { z } from 'zod';
import { OVERLAY_EDITOR_RESPONSE_CONTRACTS } from './overlay-editor-response-contracts.js';
import { ADMINISTRATION_RESPONSE_CONTRACTS } from './administration-response-contracts.js';
import { COUNTER_RESPONSE_CONTRACTS } from './counter-response-contracts.js';
import { DASHBOARD_RESPONSE_CONTRACTS } from './dashboard-response-contracts.js';
import { BULK_ASSIGNMENT_RESPONSE_CONTRACTS } from './bulk-assignment-response-contracts.js';
import { SIGNATURE_RESPONSE_CONTRACTS } from './signature-response-contracts.js';
import { SEAL_VERIFICATION_RESPONSE_CONTRACTS } from './seal-verification-response-contracts.js';

/**
 * The contract of every response body the client reads, by name. The client's types come from
 * these schemas; the check below runs them where the client is built with `checkResponses`
 * (development, tests, the console), loaded as a chunk of its own so that a resident's phone
 * neither downloads zod nor builds these schemas.
 */
export const RESPONSE_CONTRACTS = {
  apiError: apiErrorSchema,
  noContent: z.undefined(),
  session: sessionActorSchema,
  signOut: signOutResponseSchema,
  municipalities: z.array(municipalitySchema),
  procedures: z.array(procedureSummarySchema),
  procedureForm: procedureFormSchema,
  procedureDetail: procedureDetailSchema,
  lifeEvents: z.array(lifeEventSchema),
  procedureRecommendations: z.array(procedureRecommendationSchema),
  postalCodeLookup: postalCodeLookupSchema,
  myApplicationDetail: residentApplicationDetailSchema,
  myApplicationSummaries: z.array(residentApplicationSummarySchema),
  applicationDetail: applicationDetailSchema,
  draftDetail: draftDetailSchema,
  draftSummaries: z.array(draftSummarySchema),
  attachment: attachmentSchema,
  attachmentFile: attachmentFileSchema,
  notifications: z.array(inAppNotificationSchema),
  notificationPreferences: notificationPreferencesSchema,
  notificationContact: notificationContactViewSchema,
  emailConfirmationResult: emailConfirmationResultSchema,
  pushPublicKey: pushPublicKeySchema,
  pushSubscriptions: z.array(pushSubscriptionSchema),
  pushSubscription: pushSubscriptionSchema,
  myWatchers: myWatchRelationshipsSchema,
  watchInvitation: watchInvitationSchema,
  watchRelationship: watchRelationshipSchema,
  myLifeRecords: myLifeRecordsSchema,
  workQueuePage: workQueuePageSchema,
  workQueueItem: workQueueItemSchema,
  applicationNotes: z.array(applicationNoteSchema),
  applicationNote: applicationNoteSchema,
  revealedPersonalData: revealedPersonalDataSchema,
  staffMembers: z.array(staffMemberSchema),
  deadLetters: z.array(deadLetterSchema),
  ...OVERLAY_EDITOR_RESPONSE_CONTRACTS,
  ...ADMINISTRATION_RESPONSE_CONTRACTS,
  ...DASHBOARD_RESPONSE_CONTRACTS,
  ...BULK_ASSIGNMENT_RESPONSE_CONTRACTS,
  ...COUNTER_RESPONSE_CONTRACTS,
  ...SIGNATURE_RESPONSE_CONTRACTS,
  ...SEAL_VERIFICATION_RESPONSE_CONTRACTS,
} as const;

export type ResponseContracts = typeof RESPONSE_CONTRACTS;
export type ResponseContractName = keyof ResponseContracts;
/** The body type of a response, as its contract's output. */
export type ResponseBody<K extends ResponseContractName> = z.output<ResponseContracts[K]>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where the contract's output differs from what the API sent, ignoring keys the contract does not
 * know: a default the contract fills in, or a transform. The client hands the body on as it came,
 * so the API must send the output shape itself.
 */
function findOutputDifference(output: unknown, sent: unknown, path: string): string | undefined {
  if (Array.isArray(output)) {
    if (!Array.isArray(sent) || sent.length !== output.length) {
      return path;
    }
    for (const [index, item] of output.entries()) {
      const difference = findOutputDifference(item, sent[index], `${path}.${index}`);
      if (difference !== undefined) {
        return difference;
      }
    }
    return undefined;
  }
  if (isPlainObject(output)) {
    if (!isPlainObject(sent)) {
      return path;
    }
    for (const [key, value] of Object.entries(output)) {
      if (!(key in sent) && value === undefined) {
        continue;
      }
      const difference = findOutputDifference(value, sent[key], `${path}.${key}`);
      if (difference !== undefined) {
        return difference;
      }
    }
    return undefined;
  }
  return Object.is(output, sent) ? undefined : path;
}

/**
 * Checks a response body against its contract: `undefined` when it matches, else what is wrong
 * (the zod issues, or the path where the API left a value to a contract default).
 */
export function findContractMismatch(
  contract: ResponseContractName,
  payload: unknown,
): string | undefined {
  const parsed = RESPONSE_CONTRACTS[contract].safeParse(payload);
  if (!parsed.success) {
    return parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
      .join('; ');
  }
  const difference = findOutputDifference(parsed.data, payload, '(body)');
  return difference === undefined
    ? undefined
    : `${difference}: the API did not send what the contract's output has (a default or a transform)`;
}
