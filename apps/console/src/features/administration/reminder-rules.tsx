import type { ReminderRuleView } from '@madoguchi/procedures-contracts';
import { useReminderRules } from '@madoguchi/web-data-access-api';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { Notice, Table } from '@madoguchi/web-ui-kit';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { AdminMessages } from './administration-messages.js';
import { useAdminMessages } from './administration-messages.js';

function ReminderTiming({ rule }: { rule: ReminderRuleView }) {
  const text = useAdminMessages();
  const { locale, messages } = useConsoleLocale();
  const trigger = rule.trigger;
  const deadline = rule.deadlineDays === null ? null : text.deadline(rule.deadlineDays);
  if (trigger.type === 'annual') {
    return (
      <>
        {text.annual(trigger.month, trigger.day)}
        {messages.separator}
        {pickText(trigger.label, locale)}
        {trigger.ageRange
          ? text.ageRange(trigger.ageRange.minYears, trigger.ageRange.maxYears)
          : ''}
        {deadline ? <p className="mdg-hint">{deadline}</p> : null}
      </>
    );
  }
  return (
    <>
      <p>{text.relativeFrom(text.dateFields[trigger.field] ?? trigger.field)}</p>
      <ul>
        {trigger.occurrences.map((occurrence) => (
          <li key={occurrence.key}>
            {text.occurrence(pickText(occurrence.label, locale), text.offset(occurrence.offset))}
          </li>
        ))}
      </ul>
      <p className="mdg-hint">{text.leadAndDeadline(text.leadDays(trigger.leadDays), deadline)}</p>
    </>
  );
}

function ruleColumns(text: AdminMessages): TableColumn<ReminderRuleView>[] {
  return [
    {
      id: 'rule',
      header: text.ruleColumns.rule,
      isRowHeader: true,
      cell: (row) => text.ruleNames[row.id] ?? row.id,
    },
    {
      id: 'when',
      header: text.ruleColumns.when,
      cell: (row) => <ReminderTiming rule={row} />,
    },
    {
      id: 'audience',
      header: text.ruleColumns.audience,
      cell: (row) => text.audiences[row.audience] ?? row.audience,
    },
    {
      id: 'channels',
      header: text.ruleColumns.channels,
      cell: (row) =>
        row.channels.map((channel) => text.channels[channel] ?? channel).join(text.listSeparator),
    },
  ];
}

/**
 * 通知のルール: the reminders the municipality sends, with its own ages and days (read only: the
 * parameters are data in seeds/notification-rules, which the operator changes).
 */
export function ReminderRules() {
  const text = useAdminMessages();
  const rules = useReminderRules();
  return (
    <>
      <p>{text.rulesLead}</p>
      <Notice tone="info">
        <p>{text.rulesHowToChange}</p>
      </Notice>
      {rules.isPending ? <LoadingNotice /> : null}
      {rules.isError ? (
        <LoadFailedNotice error={rules.error} onRetry={() => void rules.refetch()} />
      ) : null}
      {rules.data ? (
        <Table
          caption={text.rulesCaption(rules.data.length)}
          columns={ruleColumns(text)}
          rows={rules.data}
          rowKey={(row) => row.id}
          emptyText={text.noRules}
        />
      ) : null}
    </>
  );
}
