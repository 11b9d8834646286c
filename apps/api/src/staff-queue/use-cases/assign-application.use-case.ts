import { Injectable } from '@nestjs/common';
import type { AssignApplicationRequest, WorkQueueItem } from '@madoguchi/procedures-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { isTerminalStatus } from '@madoguchi/procedures-domain';

import type { StaffActor } from '../../identity/actor.js';
import { staffQueueException } from '../staff-queue.exception.js';
import { WorkQueueRepository } from '../work-queue.repository.js';
import { WorkQueueService } from '../work-queue.service.js';

/**
 * Sets or clears the assignee (担当) of an application. The assignee must be a staff member of
 * the same municipality who has signed in at least once (`staff_members`, recorded at sign-in).
 */
@Injectable()
export class AssignApplicationUseCase {
  constructor(
    private readonly queue: WorkQueueRepository,
    private readonly queries: WorkQueueService,
  ) {}

  async execute(
    actor: StaffActor,
    applicationId: string,
    input: AssignApplicationRequest,
  ): Promise<WorkQueueItem> {
    const application = await this.queue.findApplication(actor.municipalityCode, applicationId);
    if (!application) {
      throw staffQueueException('application_not_found');
    }
    if (isTerminalStatus(application.status as ApplicationStatus)) {
      throw staffQueueException('application_closed');
    }
    const assignee =
      input.assigneeId === null
        ? null
        : await this.queue.findStaffMember(actor.municipalityCode, input.assigneeId);
    if (input.assigneeId !== null && !assignee) {
      throw staffQueueException('unknown_assignee');
    }
    const updated = await this.queue.assign(actor, application, input.assigneeId);
    const row = updated ? await this.queue.findRow(actor.municipalityCode, updated.id) : null;
    if (!row) {
      // Changed by someone else between the read and the write: the caller reloads and retries.
      throw staffQueueException('assignment_conflict');
    }
    return this.queries.toItem(row);
  }
}
