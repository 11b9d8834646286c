import { Injectable } from '@nestjs/common';
import type {
  ConfirmCounterApplicationRequest,
  CounterConfirmationResult,
} from '@madoguchi/procedures-contracts';
import { addBusinessDays, japanDateOf } from '@madoguchi/shared-util-dates';
import { ApplicationEntity } from '@madoguchi/server-database';

import { statusChangedAnnouncement } from '../../applications/application-status-job.js';
import { withFreshReceiptNumber } from '../../applications/fresh-receipt-number.js';
import { AttachmentUsageService } from '../../attachments/attachment-usage.service.js';
import { CatalogService } from '../../catalog/catalog.service.js';
import { FormRegistry } from '../../catalog/form-registry.service.js';
import type { Actor } from '../../identity/actor.js';
import { CounterRepository } from '../counter.repository.js';
import { anonymousCounterResidentId } from '../counter-view.mapper.js';
import { CounterTokens } from '../counter-tokens.service.js';
import { COUNTER_RECEIPT_WINDOW_MS } from '../counter-token.js';
import { counterAttachmentIds } from '../counter-attachments.js';

/**
 * 書かない窓口, step 2: the resident confirms what staff filled, by the one-time link. Only now is
 * the application submitted (受付番号, receipt time, the queue), recording who filled it, the
 * counter's identity check and where the resident confirmed. A signed-in resident gets it in
 * their account; otherwise it belongs to no account.
 */
@Injectable()
export class ConfirmCounterApplicationUseCase {
  constructor(
    private readonly tokens: CounterTokens,
    private readonly counter: CounterRepository,
    private readonly catalog: CatalogService,
    private readonly forms: FormRegistry,
    private readonly attachments: AttachmentUsageService,
  ) {}

  async execute(
    resident: Actor | null,
    input: ConfirmCounterApplicationRequest,
  ): Promise<CounterConfirmationResult> {
    const tenant = await this.tokens.findTenant(input.token);
    return this.counter.inTenant(
      { municipalityCode: tenant.municipalityCode, residentId: resident?.id ?? null },
      async () => {
        // Locked: a second confirmation of the same link waits here, then finds it used.
        const confirmation = this.tokens.requireUsable(await this.counter.lockById(tenant.id));
        const [form, procedure, municipalityName] = await Promise.all([
          this.forms.get(
            confirmation.municipalityCode,
            confirmation.procedureId,
            confirmation.formVersion,
          ),
          this.catalog.findProcedureIncludingDisabled(
            confirmation.municipalityCode,
            confirmation.procedureId,
          ),
          this.counter.findMunicipalityName(confirmation.municipalityCode),
        ]);
        const residentId = resident?.id ?? anonymousCounterResidentId(confirmation.id);
        const submittedAt = new Date();
        const announcement = statusChangedAnnouncement(
          form.definition.title,
          'application.submit',
          null,
        );
        return withFreshReceiptNumber(async (receiptNumber) => {
          const application = Object.assign(new ApplicationEntity(), {
            id: confirmation.applicationId,
            municipalityCode: confirmation.municipalityCode,
            residentId,
            receiptNumber,
            status: 'submitted',
          });
          const counterOwner = anonymousCounterResidentId(confirmation.id);
          const attachmentIds = counterAttachmentIds(form, confirmation.answers);
          await this.counter.insertConfirmedApplication(
            {
              confirmation,
              baseFormVersion: form.definition.version,
              residentId,
              isSignedIn: resident !== null,
              via: input.via,
              receiptNumber,
              submittedAt,
              dueDate:
                procedure.standardProcessingDays === null
                  ? null
                  : addBusinessDays(japanDateOf(submittedAt), procedure.standardProcessingDays),
              jobName: announcement.jobName,
              jobPayload: (eventId) => announcement.jobPayload(application, eventId),
            },
            // The files staff attached become the application's, and the account's of a
            // resident who confirmed signed in (an anonymous one's stay with `counter:<id>`).
            async (manager) => {
              await this.attachments.handOver(manager, attachmentIds, counterOwner, residentId);
              await this.attachments.linkToApplication(
                manager,
                confirmation.applicationId,
                attachmentIds,
              );
            },
          );
          return {
            receiptNumber,
            submittedAt: submittedAt.toISOString(),
            procedureTitle: form.definition.title,
            municipalityName: municipalityName?.ja ?? confirmation.municipalityCode,
            applicationId: resident === null ? null : confirmation.applicationId,
            receiptAvailableUntil: new Date(
              submittedAt.getTime() + COUNTER_RECEIPT_WINDOW_MS,
            ).toISOString(),
          };
        });
      },
    );
  }
}
