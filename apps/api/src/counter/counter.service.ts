import { Inject, Injectable } from '@nestjs/common';
import type {
  CounterConfirmation,
  CounterConfirmationPreview,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';

import { FormRegistry } from '../catalog/form-registry.service.js';
import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';
import type { Actor, StaffActor } from '../identity/actor.js';
import { maskSensitiveAnswers } from '../personal-data/sensitive-answers.js';
import { counterException } from './counter.exception.js';
import type { CounterConfirmationRow } from './counter.repository.js';
import { CounterRepository } from './counter.repository.js';
import { COUNTER_TOKEN_TTL_MS, generateCounterToken, hashCounterToken } from './counter-token.js';
import { counterLinks } from './counter-links.js';
import { CounterTokens } from './counter-tokens.service.js';
import { anonymousCounterResidentId, toCounterConfirmationDto } from './counter-view.mapper.js';

/** Following a counter-assisted application: staff's status view, a new link, the resident's preview. */
@Injectable()
export class CounterService {
  constructor(
    private readonly counter: CounterRepository,
    private readonly tokens: CounterTokens,
    private readonly forms: FormRegistry,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Staff of its municipality only (another's is a 404, as if it did not exist). */
  async getForStaff(actor: StaffActor, id: string): Promise<CounterConfirmation> {
    const row = await this.requireOfMunicipality(actor, id);
    return toCounterConfirmationDto(row, await this.titleOf(row));
  }

  /** A new ten-minute link for a pending one (the old link stops working). */
  async reissueLink(actor: StaffActor, id: string): Promise<IssuedCounterConfirmation> {
    const row = await this.requireOfMunicipality(actor, id);
    if (row.status === 'confirmed') {
      throw counterException('counter_already_confirmed');
    }
    const token = generateCounterToken();
    const tokenExpiresAt = new Date(Date.now() + COUNTER_TOKEN_TTL_MS);
    if (!(await this.counter.replaceToken(actor, row, hashCounterToken(token), tokenExpiresAt))) {
      throw counterException('counter_already_confirmed');
    }
    return {
      ...toCounterConfirmationDto({ ...row, tokenExpiresAt }, await this.titleOf(row)),
      ...counterLinks(this.env.CITIZEN_APP_URL, token),
    };
  }

  /** What the link holder is asked to confirm, 個人番号 and other sensitive values masked; audited. */
  async preview(resident: Actor | null, token: string): Promise<CounterConfirmationPreview> {
    const tenant = await this.tokens.findTenant(token);
    return this.counter.inTenant(
      { municipalityCode: tenant.municipalityCode, residentId: resident?.id ?? null },
      async () => {
        const row = this.tokens.requireUsable(
          await this.counter.findForMunicipality(tenant.municipalityCode, tenant.id),
        );
        const [form, municipalityName] = await Promise.all([
          this.forms.get(row.municipalityCode, row.procedureId, row.formVersion),
          this.counter.findMunicipalityName(row.municipalityCode),
        ]);
        await this.counter.recordPreview(row, resident?.id ?? anonymousCounterResidentId(row.id));
        return {
          municipalityCode: row.municipalityCode,
          municipalityName: municipalityName?.ja ?? row.municipalityCode,
          procedureId: row.procedureId,
          procedureTitle: form.definition.title,
          formVersion: row.formVersion,
          answers: maskSensitiveAnswers(row.answers, form.sensitivePaths(row.answers)),
          identityMethod: row.identityCheck.method,
          tokenExpiresAt: row.tokenExpiresAt.toISOString(),
        };
      },
    );
  }

  private async requireOfMunicipality(
    actor: StaffActor,
    id: string,
  ): Promise<CounterConfirmationRow> {
    const row = await this.counter.findForMunicipality(actor.municipalityCode, id);
    if (!row) {
      throw counterException('counter_confirmation_not_found');
    }
    return row;
  }

  private async titleOf(row: CounterConfirmationRow) {
    const form = await this.forms.get(row.municipalityCode, row.procedureId, row.formVersion);
    return form.definition.title;
  }
}
