import type {
  ApiKey,
  AuditLogPage,
  AuditLogQueryInput,
  CreateApiKeyRequest,
  CreatedApiKey,
  ProcedureOffering,
  ReminderRuleSettings,
  ReminderRuleView,
  UpdateReminderRuleSettingsRequest,
} from '@madoguchi/procedures-contracts';
import type { ResponseBody, ResponseContractName } from './response-contracts.js';

/** The client's `request` (api-client.ts), as the administration endpoints call it. */
type SendRequest = <K extends ResponseContractName>(
  path: string,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown; contract: K },
) => Promise<ResponseBody<K>>;

/** The set values of a query in a fixed order, or '' when none is set. */
function toQueryString(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') {
      params.set(name, String(value));
    }
  }
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** The administrator's console (staff role `admin`): procedures, back-office keys, audit trail. */
export function administrationEndpoints(request: SendRequest) {
  return {
    /** Every standard procedure, with whether the municipality accepts it online (受付中 / 停止中). */
    listProcedureOfferings: (): Promise<ProcedureOffering[]> =>
      request('/api/staff/administration/procedures', { contract: 'procedureOfferings' }),
    setProcedureAvailability: (
      procedureId: string,
      isEnabled: boolean,
    ): Promise<ProcedureOffering> =>
      request(
        `/api/staff/administration/procedures/${encodeURIComponent(procedureId)}/availability`,
        { method: 'POST', body: { isEnabled }, contract: 'procedureOffering' },
      ),
    /** One page of the municipality's audit trail, newest first. */
    searchAuditLog: (query: AuditLogQueryInput): Promise<AuditLogPage> =>
      request(
        `/api/staff/administration/audit-log${toQueryString({
          actorId: query.actorId,
          receiptNumber: query.receiptNumber,
          action: query.action,
          actionGroup: query.actionGroup,
          from: query.from,
          to: query.to,
          cursor: query.cursor,
          limit: query.limit,
        })}`,
        { contract: 'auditLogPage' },
      ),
    /** The reminders the municipality sends, with its own ages, days and channels. */
    listReminderRules: (): Promise<ReminderRuleView[]> =>
      request('/api/staff/administration/notification-rules', { contract: 'reminderRules' }),
    /** The effective rules with the editable parameters and their version. */
    getReminderRuleSettings: (): Promise<ReminderRuleSettings> =>
      request('/api/staff/administration/reminder-rules', { contract: 'reminderRuleSettings' }),
    /** Saves the parameters if their version is still `body.version` (409 otherwise). */
    updateReminderRuleSettings: (
      body: UpdateReminderRuleSettingsRequest,
    ): Promise<ReminderRuleSettings> =>
      request('/api/staff/administration/reminder-rules', {
        method: 'PUT',
        body,
        contract: 'reminderRuleSettings',
      }),
    /** The municipality's back-office API keys (prefix and dates; never the key). */
    listApiKeys: (): Promise<ApiKey[]> => request('/api/staff/api-keys', { contract: 'apiKeys' }),
    /** Creates a key: the answer is the only time the key itself is shown. */
    createApiKey: (body: CreateApiKeyRequest): Promise<CreatedApiKey> =>
      request('/api/staff/api-keys', { method: 'POST', body, contract: 'createdApiKey' }),
    revokeApiKey: (id: string): Promise<void> =>
      request(`/api/staff/api-keys/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        contract: 'noContent',
      }),
  };
}
