import { Injectable } from '@nestjs/common';
import type {
  ApplicationNote,
  StaffMember,
  WorkQueueCount,
  WorkQueueCountQuery,
  WorkQueueItem,
  WorkQueuePage,
  WorkQueueQuery,
} from '@madoguchi/procedures-contracts';
import { japanDateOf } from '@madoguchi/shared-util-dates';
import type { ApplicationNoteEntity } from '@madoguchi/server-database';

import { ApplicationContextService } from '../applications/application-context.service.js';
import { toSummaryDto } from '../applications/application-view.mapper.js';
import type { StaffActor } from '../identity/actor.js';
import { decodePageCursor, encodePageCursor } from './page-cursor.js';
import { parseQueueSearch } from './search-query.js';
import { staffQueueException } from './staff-queue.exception.js';
import type { QueueFilter, QueueRow } from './work-queue.repository.js';
import { WorkQueueRepository } from './work-queue.repository.js';

type FilterInput = Pick<
  WorkQueueQuery,
  'procedureId' | 'status' | 'assignee' | 'due' | 'q' | 'sort'
>;

/** The queue's filters for a staff member: always their municipality, `me` resolved. */
export function toQueueFilter(
  actor: StaffActor,
  input: FilterInput,
  now = new Date(),
): QueueFilter {
  return {
    municipalityCode: actor.municipalityCode,
    procedureId: input.procedureId,
    statuses: input.status,
    assigneeId:
      input.assignee === 'me' ? actor.id : input.assignee === 'unassigned' ? null : input.assignee,
    due: input.due,
    today: japanDateOf(now),
    search: input.q === undefined ? null : parseQueueSearch(input.q),
    sort: input.sort,
  };
}

/** Reads of the work queue, its staff and notes; always scoped to the staff member's municipality. */
@Injectable()
export class WorkQueueService {
  constructor(
    private readonly context: ApplicationContextService,
    private readonly queue: WorkQueueRepository,
  ) {}

  async list(actor: StaffActor, query: WorkQueueQuery): Promise<WorkQueuePage> {
    const cursor = query.cursor === undefined ? null : decodePageCursor(query.cursor, query.sort);
    // One row more than asked tells whether there is a next page without a count.
    const rows = await this.queue.listPage(toQueueFilter(actor, query), cursor, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: await Promise.all(page.map((row) => this.toItem(row))),
      nextCursor:
        rows.length > query.limit && last
          ? encodePageCursor({ sort: query.sort, key: last.sortKey, id: last.application.id })
          : null,
    };
  }

  async count(actor: StaffActor, query: WorkQueueCountQuery): Promise<WorkQueueCount> {
    return { count: await this.queue.countMatching(toQueueFilter(actor, query)) };
  }

  async listStaffMembers(actor: StaffActor): Promise<StaffMember[]> {
    const members = await this.queue.listStaffMembers(actor.municipalityCode);
    return members.map((member) => ({
      id: member.id,
      displayName: member.displayName,
      staffRole: member.staffRole,
    }));
  }

  async listNotes(actor: StaffActor, applicationId: string): Promise<ApplicationNote[]> {
    const application = await this.queue.findApplication(actor.municipalityCode, applicationId);
    if (!application) {
      throw staffQueueException('application_not_found');
    }
    return (await this.queue.listNotes(application.id)).map(toNoteDto);
  }

  async toItem(row: QueueRow): Promise<WorkQueueItem> {
    return {
      ...toSummaryDto(row.application, await this.context.formOf(row.application)),
      applicantNameKana: row.applicantNameKana,
      assigneeName: row.assigneeName,
    };
  }
}

export function toNoteDto(note: ApplicationNoteEntity): ApplicationNote {
  return {
    id: note.id,
    authorId: note.authorId,
    authorName: note.authorName,
    body: note.body,
    createdAt: note.createdAt.toISOString(),
  };
}
