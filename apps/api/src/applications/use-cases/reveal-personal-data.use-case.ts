import { Inject, Injectable } from '@nestjs/common';
import type { RevealPersonalDataRequest, RevealedPersonalData } from '@madoguchi/procedures-contracts';

import type { StaffActor } from '../../identity/actor.js';
import { PERSONAL_DATA_CIPHER } from '../../infrastructure/tokens.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { findSealedValue } from '../../personal-data/sensitive-answers.js';
import { ApplicationRepository } from '../application.repository.js';
import { applicationsException } from '../applications.exception.js';

/** Opens one sealed value for a staff member of the municipality, leaving an audit row with the reason. */
@Injectable()
export class RevealPersonalDataUseCase {
  constructor(
    private readonly applications: ApplicationRepository,
    @Inject(PERSONAL_DATA_CIPHER) private readonly cipher: PersonalDataCipher,
  ) {}

  async execute(actor: StaffActor, applicationId: string, input: RevealPersonalDataRequest): Promise<RevealedPersonalData> {
    const application = await this.applications.findForMunicipality(actor.municipalityCode, applicationId);
    if (!application) {
      throw applicationsException('application_not_found');
    }
    const sealed = findSealedValue(application.answers, input.path);
    if (!sealed) {
      throw applicationsException('personal_data_not_found');
    }
    // The audit row is written before the value leaves: no reveal without a trace.
    await this.applications.recordAudit(actor, application, 'personal_data.reveal', { path: input.path, reason: input.reason });
    return { path: input.path, value: this.cipher.open(sealed, input.path) };
  }
}
