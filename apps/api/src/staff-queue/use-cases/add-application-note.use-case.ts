import { Injectable } from '@nestjs/common';
import type {
  ApplicationNote,
  CreateApplicationNoteRequest,
} from '@madoguchi/procedures-contracts';

import type { StaffActor } from '../../identity/actor.js';
import { staffQueueException } from '../staff-queue.exception.js';
import { WorkQueueRepository } from '../work-queue.repository.js';
import { toNoteDto } from '../work-queue.service.js';

/** Adds an internal note (内部メモ) to an application of the staff member's municipality. */
@Injectable()
export class AddApplicationNoteUseCase {
  constructor(private readonly queue: WorkQueueRepository) {}

  async execute(
    actor: StaffActor,
    applicationId: string,
    input: CreateApplicationNoteRequest,
  ): Promise<ApplicationNote> {
    const application = await this.queue.findApplication(actor.municipalityCode, applicationId);
    if (!application) {
      throw staffQueueException('application_not_found');
    }
    return toNoteDto(await this.queue.addNote(actor, application, input.body));
  }
}
