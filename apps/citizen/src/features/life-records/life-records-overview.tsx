import type {
  LifeRecordOffice,
  LifeRecordOrigin,
  MyLifeRecord,
  UpcomingReminder,
} from '@madoguchi/notifications-contracts';
import { japanDateOf } from '@madoguchi/shared-util-dates';
import type { Locale } from '@madoguchi/shared-util-i18n';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useMyLifeRecords } from '@madoguchi/web-data-access-api';
import { formatCalendarDate } from '../../i18n/format.js';
import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import type { LifeRecordsMessages } from './life-records.messages.js';
import { LIFE_RECORDS_MESSAGES } from './life-records.messages.js';

function DateText({ date, locale }: { date: string; locale: Locale }) {
  return (
    <time dateTime={date}>
      <Text>{formatCalendarDate(date, locale)}</Text>
    </time>
  );
}

function describeOrigin(origin: LifeRecordOrigin, text: LifeRecordsMessages, locale: Locale) {
  switch (origin.type) {
    case 'application':
      return text.originApplication(pickText(origin.procedureTitle, locale), origin.receiptNumber);
    case 'demo':
      return text.originDemo;
    case 'other':
      return text.originOther;
  }
}

function ReminderItem({
  reminder,
  text,
  locale,
}: {
  reminder: UpcomingReminder;
  text: LifeRecordsMessages;
  locale: Locale;
}) {
  return (
    <li>
      <DateText date={reminder.dueOn} locale={locale} />
      {': '}
      <Text>{reminder.title}</Text>
      {reminder.eventDate === reminder.dueOn ? null : (
        <Text>{`（${text.eventOn(formatCalendarDate(reminder.eventDate, locale))}）`}</Text>
      )}
      {/* Said in words, not by colour or strike-through: the category is switched off. */}
      {reminder.channels.length === 0 ? (
        <>
          <br />
          <strong>
            <Text>{text.categoryOff(reminder.category)}</Text>
          </strong>
        </>
      ) : null}
    </li>
  );
}

function LifeRecordCard({
  record,
  horizonDays,
  text,
  locale,
}: {
  record: MyLifeRecord;
  horizonDays: number;
  text: LifeRecordsMessages;
  locale: Locale;
}) {
  const date = (value: string | undefined) =>
    value === undefined ? undefined : formatCalendarDate(value, locale);
  const label = text.describeRecord({
    kind: record.kind,
    name: record.name,
    birthDate: date(record.birthDate),
    dueDate: date(record.dueDate),
    validFrom: date(record.validFrom),
    expiryDate: date(record.expiryDate),
  });
  return (
    <li className="mdg-card">
      <h3 className="mdg-card__title">
        <Text>{label}</Text>
      </h3>
      <dl className="mdg-card__facts">
        <div>
          <dt>
            <Text>{text.originLabel}</Text>
          </dt>
          <dd>
            <Text>{describeOrigin(record.origin, text, locale)}</Text>
          </dd>
        </div>
        <div>
          <dt>
            <Text>{text.createdAtLabel}</Text>
          </dt>
          <dd>
            <DateText date={japanDateOf(new Date(record.createdAt))} locale={locale} />
          </dd>
        </div>
      </dl>
      <h4>
        <Text>{text.remindersHeading(horizonDays)}</Text>
      </h4>
      {record.upcomingReminders.length === 0 ? (
        <p>
          <Text>{text.noReminders}</Text>
        </p>
      ) : (
        <ul>
          {record.upcomingReminders.map((reminder) => (
            <ReminderItem
              key={`${reminder.ruleId}:${reminder.dueOn}:${reminder.eventDate}`}
              reminder={reminder}
              text={text}
              locale={locale}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

function OfficeItem({
  office,
  text,
  locale,
}: {
  office: LifeRecordOffice;
  text: LifeRecordsMessages;
  locale: Locale;
}) {
  const name = [office.municipalityName, office.department]
    .flatMap((part) => (part ? [pickText(part, locale)] : []))
    .join(' ');
  return (
    <li className="mdg-card">
      <h3 className="mdg-card__title">
        <Text>{name}</Text>
      </h3>
      {office.phone || office.email ? (
        <dl className="mdg-card__facts">
          {office.phone ? (
            <div>
              <dt>
                <Text>{text.phoneLabel}</Text>
              </dt>
              <dd>
                <a href={`tel:${office.phone.replace(/[^0-9+]/g, '')}`}>{office.phone}</a>
              </dd>
            </div>
          ) : null}
          {office.email ? (
            <div>
              <dt>
                <Text>{text.emailLabel}</Text>
              </dt>
              <dd>
                <a href={`mailto:${office.email}`}>{office.email}</a>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </li>
  );
}

/**
 * 通知のもとになっている情報: the resident's life records in plain words, where each came from,
 * the reminders each will bring, and whom to ask when one is wrong (residents cannot edit them).
 */
export function LifeRecordsOverview() {
  const { locale } = useLocale();
  const text = LIFE_RECORDS_MESSAGES[locale];
  const lifeRecords = useMyLifeRecords();
  if (lifeRecords.isPending) {
    return <LoadingNotice />;
  }
  if (lifeRecords.isError) {
    return (
      <LoadFailedNotice error={lifeRecords.error} onRetry={() => void lifeRecords.refetch()} />
    );
  }
  const { asOf, horizonDays, records, offices } = lifeRecords.data;
  const hasApplications = records.some((record) => record.origin.type === 'application');
  return (
    <>
      <p>
        <Text>{text.lead}</Text>
      </p>
      <p>
        <Text>{text.asOf(formatCalendarDate(asOf, locale))}</Text>
      </p>
      <section aria-labelledby="life-records-heading">
        <h2 id="life-records-heading">
          <Text>{text.recordsHeading(records.length)}</Text>
        </h2>
        {records.length === 0 ? (
          <p>
            <Text>{text.noRecords}</Text>
          </p>
        ) : (
          <ul className="mdg-card-list">
            {records.map((record) => (
              <LifeRecordCard
                key={record.id}
                record={record}
                horizonDays={horizonDays}
                text={text}
                locale={locale}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="life-records-correction-heading">
        <h2 id="life-records-correction-heading">
          <Text>{text.correctionHeading}</Text>
        </h2>
        <p>
          <Text>{text.correction}</Text>
        </p>
        {hasApplications ? (
          <p>
            <Text>{text.correctionWithReceipt}</Text>
          </p>
        ) : null}
        {offices.length > 0 ? (
          <ul className="mdg-card-list">
            {offices.map((office) => (
              <OfficeItem
                key={office.municipalityCode}
                office={office}
                text={text}
                locale={locale}
              />
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
