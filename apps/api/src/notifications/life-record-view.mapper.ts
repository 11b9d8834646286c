import type {
  DeliveryChannel,
  LifeRecordOffice,
  LifeRecordOrigin,
  MyLifeRecord,
  NotificationPreferences,
} from '@madoguchi/notifications-contracts';
import type { LifeRecordKind, ReminderRule } from '@madoguchi/notifications-domain';
import {
  LIFE_RECORD_DATE_FIELDS,
  chooseChannels,
  findUpcomingReminders,
  parseSourceKey,
} from '@madoguchi/notifications-domain';
import type { MunicipalityEntity } from '@madoguchi/server-database';
import { z } from 'zod';

/** A life record as the repository reads it. */
export type LifeRecordRow = {
  id: string;
  residentId: string;
  kind: LifeRecordKind;
  municipalityCode: string;
  fields: Record<string, unknown>;
  sourceKey: string;
  createdAt: Date;
};

export type SourceApplication = {
  id: string;
  receiptNumber: string;
  procedureId: string;
  procedureTitle: { ja: string; en: string; easyJa: string } | null;
};

const isoDate = z.iso.date();

/** The application a record was extracted from, or null (demo seeds, anything else). */
export function applicationIdOf(sourceKey: string): string | null {
  const source = parseSourceKey(sourceKey);
  return source.type === 'application' ? source.applicationId : null;
}

function originOf(sourceKey: string, application: SourceApplication | undefined): LifeRecordOrigin {
  if (application) {
    const fallback = {
      ja: application.procedureId,
      en: application.procedureId,
      easyJa: application.procedureId,
    };
    return {
      type: 'application',
      applicationId: application.id,
      receiptNumber: application.receiptNumber,
      procedureTitle: application.procedureTitle ?? fallback,
    };
  }
  return parseSourceKey(sourceKey).type === 'demo' ? { type: 'demo' } : { type: 'other' };
}

/**
 * The fields a resident is shown: the display name and the date fields of the record's kind,
 * nothing else, whatever else a row may hold (a record never should hold a 個人番号 or an insurance
 * number; if one ever did, it would not leave the server).
 */
function visibleFields(
  kind: LifeRecordKind,
  fields: Record<string, unknown>,
): Pick<MyLifeRecord, 'name' | 'birthDate' | 'dueDate' | 'validFrom' | 'expiryDate'> {
  const dates: Record<string, string> = {};
  for (const field of LIFE_RECORD_DATE_FIELDS[kind]) {
    const value = fields[field];
    if (isoDate.safeParse(value).success) {
      dates[field] = value as string;
    }
  }
  const name = fields['name'];
  return { name: typeof name === 'string' && name.trim() !== '' ? name : null, ...dates };
}

/**
 * A record as its resident sees it, with the reminders the daily scan will send for it in the
 * `days` from `today` (by the same domain function), minus those already sent (`isSent`), and the
 * channels each would use with the resident's current preferences.
 */
export function toLifeRecordDto(
  row: LifeRecordRow,
  context: {
    application: SourceApplication | undefined;
    rules: readonly ReminderRule[];
    preferences: NotificationPreferences;
    today: string;
    days: number;
    isSent: (ruleId: string, occurrenceKey: string) => boolean;
  },
): MyLifeRecord {
  // The rules read the row as the daily scan reads it, so the list shows what the scan will send.
  const fields = Object.fromEntries(
    Object.entries(row.fields).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  const upcoming = findUpcomingReminders(
    { id: row.id, residentId: row.residentId, kind: row.kind, fields },
    context.rules,
    context.today,
    context.days,
  );
  const ruleById = new Map(context.rules.map((rule) => [rule.id, rule]));
  return {
    id: row.id,
    kind: row.kind,
    municipalityCode: row.municipalityCode,
    ...visibleFields(row.kind, row.fields),
    origin: originOf(row.sourceKey, context.application),
    createdAt: row.createdAt.toISOString(),
    upcomingReminders: upcoming
      .filter((reminder) => !context.isSent(reminder.ruleId, reminder.occurrenceKey))
      .map((reminder) => {
        const rule = ruleById.get(reminder.ruleId);
        const channels: DeliveryChannel[] = rule
          ? chooseChannels(context.preferences, reminder.category, rule.channels)
          : [];
        return {
          ruleId: reminder.ruleId,
          category: reminder.category,
          dueOn: reminder.dueOn,
          eventDate: reminder.eventDate,
          title: reminder.title,
          channels,
        };
      }),
  };
}

export function toOfficeDto(
  municipality: Pick<MunicipalityEntity, 'code' | 'name' | 'contact'>,
): LifeRecordOffice {
  return {
    municipalityCode: municipality.code,
    municipalityName: municipality.name,
    department: municipality.contact?.department ?? null,
    phone: municipality.contact?.phone ?? null,
    email: municipality.contact?.email ?? null,
  };
}
