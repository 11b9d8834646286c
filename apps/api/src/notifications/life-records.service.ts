import { Inject, Injectable } from '@nestjs/common';
import type { MyLifeRecords } from '@madoguchi/notifications-contracts';
import { MAX_UPCOMING_DAYS } from '@madoguchi/notifications-domain';
import { japanDateOf } from '@madoguchi/shared-util-dates';
import type { RuleBook } from '@madoguchi/server-notification-rules';

import type { ResidentActor } from '../identity/actor.js';
import { RULE_BOOK } from '../infrastructure/tokens.js';
import { applicationIdOf, toLifeRecordDto, toOfficeDto } from './life-record-view.mapper.js';
import { LifeRecordRepository, occurrenceId } from './life-record.repository.js';
import { NotificationSettingsService } from './notification-settings.service.js';

/**
 * A resident's life records (made from their accepted applications) as they see them, with the
 * reminders the daily scan will send for each in the coming year, and the offices to ask when
 * a record is wrong: residents cannot edit them (the office corrects its own records).
 */
@Injectable()
export class LifeRecordsService {
  constructor(
    private readonly records: LifeRecordRepository,
    private readonly settings: NotificationSettingsService,
    @Inject(RULE_BOOK) private readonly ruleBook: RuleBook,
  ) {}

  async listMine(actor: ResidentActor, now = new Date()): Promise<MyLifeRecords> {
    const today = japanDateOf(now);
    const rows = await this.records.listByResident(actor.id);
    const applicationIds = [
      ...new Set(
        rows.map((row) => applicationIdOf(row.sourceKey)).filter((id): id is string => id !== null),
      ),
    ];
    const municipalityCodes = [...new Set(rows.map((row) => row.municipalityCode))];
    // One after another: a resident's request holds one connection (its row-level security scope).
    const applications = await this.records.findSourceApplications(actor.id, applicationIds);
    const municipalities = await this.records.findMunicipalities(municipalityCodes);
    const recorded = await this.records.findRecordedOccurrences(actor.id, today);
    const preferences = await this.settings.getPreferences(actor);
    // The current parameters of each municipality (read per request: an edit shows at once).
    const rulesByMunicipality = new Map<string, Awaited<ReturnType<RuleBook['rulesFor']>>>();
    for (const code of municipalityCodes) {
      rulesByMunicipality.set(code, await this.ruleBook.rulesFor(code));
    }
    const applicationById = new Map(
      applications.map((application) => [application.id, application]),
    );
    return {
      asOf: today,
      horizonDays: MAX_UPCOMING_DAYS,
      records: rows.map((row) =>
        toLifeRecordDto(row, {
          application: applicationById.get(applicationIdOf(row.sourceKey) ?? ''),
          rules: rulesByMunicipality.get(row.municipalityCode) ?? [],
          preferences,
          today,
          days: MAX_UPCOMING_DAYS,
          isSent: (ruleId, occurrenceKey) => recorded.has(occurrenceId(ruleId, occurrenceKey)),
        }),
      ),
      offices: municipalities.map(toOfficeDto),
    };
  }
}
