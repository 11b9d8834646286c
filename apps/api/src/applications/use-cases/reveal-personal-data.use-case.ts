import { Inject, Injectable } from '@nestjs/common';
import type {
  RevealPersonalDataRequest,
  RevealedPersonalData,
} from '@madoguchi/procedures-contracts';
import type { ApplicationEntity } from '@madoguchi/server-database';

import type { Env } from '../../config/env.js';
import type { StaffActor } from '../../identity/actor.js';
import { ENV, PERSONAL_DATA_CIPHER } from '../../infrastructure/tokens.js';
import { MetricsService } from '../../observability/metrics.service.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { PersonalDataUnreadableError } from '../../personal-data/personal-data.exception.js';
import { applicationRecord } from '../../personal-data/sealed-record.js';
import { findSealedValue } from '../../personal-data/sensitive-answers.js';
import { ApplicationRepository } from '../application.repository.js';
import type { ApplicationsExceptionCode } from '../applications.exception.js';
import { applicationsException } from '../applications.exception.js';

const REVEAL_ACTION = 'personal_data.reveal';
const REFUSAL_ACTION = 'personal_data.reveal_refused';
const HOUR_MS = 3600_000;

export type RevealRefusal = Extract<
  ApplicationsExceptionCode,
  'personal_number_handler_required' | 'step_up_required' | 'personal_number_reveal_rate_limited'
>;

/**
 * Why this staff member may not open a 個人番号 now, or null when they may:
 * - 番号法 第12条 (安全管理措置) and the 特定個人情報ガイドライン ask that only designated staff
 *   (事務取扱担当者) handle 個人番号: other roles see it masked, whatever their rank;
 * - a step-up: the session signed in again at the step-up acr at most `maxAgeSeconds` ago;
 * - at most `perHour` reveals in the last hour (counted from the reveals' own audit rows).
 */
export function revealRefusal(
  actor: StaffActor,
  now: Date,
  limits: { maxAgeSeconds: number; perHour: number },
  revealsInLastHour: () => Promise<number>,
): Promise<RevealRefusal | null> {
  if (actor.isPersonalNumberHandler !== true) {
    return Promise.resolve('personal_number_handler_required');
  }
  const steppedUpAt = actor.steppedUpAt === undefined ? Number.NaN : Date.parse(actor.steppedUpAt);
  // A step-up time in the future (clock skew aside) is as suspect as a stale one.
  const age = now.getTime() - steppedUpAt;
  if (!(age <= limits.maxAgeSeconds * 1000 && age >= -60_000)) {
    return Promise.resolve('step_up_required');
  }
  return revealsInLastHour().then((count) =>
    count >= limits.perHour ? 'personal_number_reveal_rate_limited' : null,
  );
}

/**
 * Opens one sealed value for a 事務取扱担当者 of the municipality after a fresh step-up, within
 * the hourly limit. Every reveal and every refusal leaves an audit row and counts in
 * `madoguchi_personal_number_reveals_total`.
 */
@Injectable()
export class RevealPersonalDataUseCase {
  constructor(
    private readonly applications: ApplicationRepository,
    @Inject(PERSONAL_DATA_CIPHER) private readonly cipher: PersonalDataCipher,
    @Inject(ENV) private readonly env: Env,
    private readonly metrics: MetricsService,
  ) {}

  async execute(
    actor: StaffActor,
    applicationId: string,
    input: RevealPersonalDataRequest,
  ): Promise<RevealedPersonalData> {
    const application = await this.applications.findForMunicipality(
      actor.municipalityCode,
      applicationId,
    );
    if (!application) {
      throw applicationsException('application_not_found');
    }
    const sealed = findSealedValue(application.answers, input.path);
    if (!sealed) {
      throw applicationsException('personal_data_not_found');
    }
    const refusal = await revealRefusal(
      actor,
      new Date(),
      {
        maxAgeSeconds: this.env.PERSONAL_NUMBER_STEP_UP_MAX_AGE_SECONDS,
        perHour: this.env.PERSONAL_NUMBER_REVEALS_PER_HOUR,
      },
      () =>
        this.applications.countAuditsSince(actor, REVEAL_ACTION, new Date(Date.now() - HOUR_MS)),
    );
    if (refusal !== null) {
      await this.refuse(actor, application, input, refusal);
    }
    const value = await this.openOrRefuse(actor, application, input, sealed);
    // The audit row is written before the value leaves: no reveal without a trace.
    await this.applications.recordAudit(actor, application, REVEAL_ACTION, {
      path: input.path,
      reason: input.reason,
    });
    this.metrics.personalNumberReveals.inc({
      outcome: 'revealed',
      municipality: actor.municipalityCode,
    });
    return { path: input.path, value };
  }

  /**
   * A value that does not open for this application (copied from another record, altered, or
   * sealed with a key no longer configured) is refused with its own code (409 or 503), audited
   * and counted like the other refusals: a copied 個人番号 is a finding for the operators.
   */
  private async openOrRefuse(
    actor: StaffActor,
    application: ApplicationEntity,
    input: RevealPersonalDataRequest,
    sealed: NonNullable<ReturnType<typeof findSealedValue>>,
  ): Promise<string> {
    try {
      return this.cipher.open(sealed, { record: applicationRecord(application), path: input.path });
    } catch (error) {
      if (!(error instanceof PersonalDataUnreadableError)) {
        throw error;
      }
      await this.applications.recordAuditCommitted(actor, application, REFUSAL_ACTION, {
        path: input.path,
        refusal: error.code,
      });
      this.metrics.personalNumberReveals.inc({
        outcome: error.code,
        municipality: actor.municipalityCode,
      });
      throw error;
    }
  }

  private async refuse(
    actor: StaffActor,
    application: ApplicationEntity,
    input: RevealPersonalDataRequest,
    refusal: RevealRefusal,
  ): Promise<never> {
    // The refusal's audit row must outlive the refused request, whose tenant transaction rolls back
    // on the error: it is written in a transaction of its own.
    await this.applications.recordAuditCommitted(actor, application, REFUSAL_ACTION, {
      path: input.path,
      refusal,
    });
    this.metrics.personalNumberReveals.inc({
      outcome: refusal,
      municipality: actor.municipalityCode,
    });
    throw applicationsException(refusal);
  }
}
