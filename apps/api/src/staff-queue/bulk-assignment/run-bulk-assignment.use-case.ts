import { Injectable } from '@nestjs/common';
import type {
  BulkAssignmentProgress,
  BulkAssignmentResult,
  SkippedAssignment,
} from '@madoguchi/procedures-contracts';
import { MAX_LISTED_SKIPPED } from '@madoguchi/procedures-contracts';
import { isTerminalStatus } from '@madoguchi/procedures-domain';
import { UnrecoverableError } from 'bullmq';

import type { StaffActor } from '../../identity/actor.js';
import { TenantTransactions } from '../../tenancy/tenant-transactions.service.js';
import type { AssignmentTarget } from '../work-queue.repository.js';
import { WorkQueueRepository } from '../work-queue.repository.js';
import { toQueueFilter } from '../work-queue.service.js';
import type { RunBulkAssignmentJobData } from './bulk-assignment.jobs.js';

/** Applications set in one statement (and one short transaction). */
export const ASSIGNMENT_BATCH_SIZE = 250;
/** Rows read at a time when the job takes its list of applications. */
const LIST_PAGE_SIZE = 1000;

/**
 * Runs one bulk assignment as the staff member who asked, in their municipality's tenant scope:
 * takes the list of applications (the ids asked for, or those the filters match), then sets the
 * assignee a batch at a time with the single assignment's rules: never a closed application,
 * never one changed since the list was taken (the same compare-and-set on `updated_at`), and an
 * `application.assign` audit row for each application changed. Each batch commits on its own,
 * so the queue shows the new 担当 as the job goes and a failure keeps what was done.
 */
@Injectable()
export class RunBulkAssignmentUseCase {
  constructor(
    private readonly tenants: TenantTransactions,
    private readonly queue: WorkQueueRepository,
  ) {}

  async execute(
    data: RunBulkAssignmentJobData,
    reportProgress: (progress: BulkAssignmentProgress) => Promise<void>,
    now: () => Date = () => new Date(),
  ): Promise<BulkAssignmentResult> {
    const actor: StaffActor = data.actor;
    const { assigneeId } = data.request;
    const { targets, notFound } = await this.tenants.run(actor, async () => {
      // The assignee may have been removed after the request was taken.
      if (
        assigneeId !== null &&
        !(await this.queue.findStaffMember(actor.municipalityCode, assigneeId))
      ) {
        throw new UnrecoverableError('the assignee is no staff member of the municipality');
      }
      return this.listTargets(data, now());
    });
    const total = targets.length + notFound;
    const skipped: SkippedAssignment[] = [];
    const skip = (target: AssignmentTarget, reason: SkippedAssignment['reason']) => {
      skipped.push({ receiptNumber: target.receiptNumber, reason });
    };
    const open = targets.filter((target) => {
      if (isTerminalStatus(target.status)) {
        skip(target, 'closed');
        return false;
      }
      return true;
    });
    let done = total - open.length;
    let assigned = 0;
    await reportProgress({ done, total, skipped: skipped.length + notFound });

    for (let start = 0; start < open.length; start += ASSIGNMENT_BATCH_SIZE) {
      const batch = open.slice(start, start + ASSIGNMENT_BATCH_SIZE);
      const changed = new Set(
        await this.tenants.run(actor, () =>
          this.queue.assignBatch(actor, batch, assigneeId, data.bulkAssignmentId),
        ),
      );
      for (const target of batch) {
        if (!changed.has(target.id)) {
          skip(target, 'changed');
        }
      }
      assigned += changed.size;
      done += batch.length;
      await reportProgress({ done, total, skipped: skipped.length + notFound });
    }

    const result: BulkAssignmentResult = {
      assigned,
      skipped: skipped.length + notFound,
      notFound,
      skippedApplications: skipped
        .sort((left, right) => left.receiptNumber.localeCompare(right.receiptNumber))
        .slice(0, MAX_LISTED_SKIPPED),
    };
    await this.tenants.run(actor, () =>
      this.queue.recordAudit(
        actor,
        'application.assign.bulk.complete',
        'bulk_assignment',
        data.bulkAssignmentId,
        { to: assigneeId, assigned, skipped: result.skipped },
      ),
    );
    return result;
  }

  private async listTargets(
    data: RunBulkAssignmentJobData,
    now: Date,
  ): Promise<{ targets: AssignmentTarget[]; notFound: number }> {
    const { request, actor } = data;
    if ('applicationIds' in request) {
      const ids = [...new Set(request.applicationIds)];
      const targets = await this.queue.findAssignmentTargets(actor.municipalityCode, ids);
      return { targets, notFound: ids.length - targets.length };
    }
    const filter = toQueueFilter(actor, request.filter, now);
    const targets: AssignmentTarget[] = [];
    let afterId: string | null = null;
    for (;;) {
      const page = await this.queue.listAssignmentTargets(filter, afterId, LIST_PAGE_SIZE);
      targets.push(...page);
      const last = page.at(-1);
      if (page.length < LIST_PAGE_SIZE || !last) {
        return { targets, notFound: 0 };
      }
      afterId = last.id;
    }
  }
}
