import type { ReminderRuleView } from '@madoguchi/procedures-contracts';
import { useReminderRules } from '@madoguchi/web-data-access-api';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { Notice, Table } from '@madoguchi/web-ui-kit';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { ADMIN_MESSAGES } from './administration-messages.js';

function ReminderTiming({ rule }: { rule: ReminderRuleView }) {
  const trigger = rule.trigger;
  const deadline = rule.deadlineDays === null ? null : ADMIN_MESSAGES.deadline(rule.deadlineDays);
  if (trigger.type === 'annual') {
    return (
      <>
        {ADMIN_MESSAGES.annual(trigger.month, trigger.day)}：{trigger.label.ja}
        {trigger.ageRange
          ? ADMIN_MESSAGES.ageRange(trigger.ageRange.minYears, trigger.ageRange.maxYears)
          : ''}
        {deadline ? <p className="mdg-hint">{deadline}</p> : null}
      </>
    );
  }
  return (
    <>
      <p>
        {ADMIN_MESSAGES.relativeFrom(ADMIN_MESSAGES.dateFields[trigger.field] ?? trigger.field)}
      </p>
      <ul>
        {trigger.occurrences.map((occurrence) => (
          <li key={occurrence.key}>
            {occurrence.label.ja}（{ADMIN_MESSAGES.offset(occurrence.offset)}）
          </li>
        ))}
      </ul>
      <p className="mdg-hint">
        {ADMIN_MESSAGES.leadDays(trigger.leadDays)}
        {deadline ? `。${deadline}` : ''}
      </p>
    </>
  );
}

const columns: TableColumn<ReminderRuleView>[] = [
  {
    id: 'rule',
    header: ADMIN_MESSAGES.ruleColumns.rule,
    isRowHeader: true,
    cell: (row) => ADMIN_MESSAGES.ruleNames[row.id] ?? row.id,
  },
  {
    id: 'when',
    header: ADMIN_MESSAGES.ruleColumns.when,
    cell: (row) => <ReminderTiming rule={row} />,
  },
  {
    id: 'audience',
    header: ADMIN_MESSAGES.ruleColumns.audience,
    cell: (row) => ADMIN_MESSAGES.audiences[row.audience] ?? row.audience,
  },
  {
    id: 'channels',
    header: ADMIN_MESSAGES.ruleColumns.channels,
    cell: (row) =>
      row.channels.map((channel) => ADMIN_MESSAGES.channels[channel] ?? channel).join('、'),
  },
];

/**
 * 通知のルール: the reminders the municipality sends, with its own ages and days (read only: the
 * parameters are data in seeds/notification-rules, which the operator changes).
 */
export function ReminderRules() {
  const rules = useReminderRules();
  return (
    <>
      <p>{ADMIN_MESSAGES.rulesLead}</p>
      <Notice tone="info">
        <p>{ADMIN_MESSAGES.rulesHowToChange}</p>
      </Notice>
      {rules.isPending ? <LoadingNotice /> : null}
      {rules.isError ? (
        <LoadFailedNotice error={rules.error} onRetry={() => void rules.refetch()} />
      ) : null}
      {rules.data ? (
        <Table
          caption={ADMIN_MESSAGES.rulesCaption(rules.data.length)}
          columns={columns}
          rows={rules.data}
          rowKey={(row) => row.id}
          emptyText={ADMIN_MESSAGES.noRules}
        />
      ) : null}
    </>
  );
}
