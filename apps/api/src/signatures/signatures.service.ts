import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { CompiledForm } from '@madoguchi/forms-schema';
import type {
  ApplicationSignature,
  SigningRequestStarted,
  SigningResult,
  StartSigningRequest,
} from '@madoguchi/procedures-contracts';
import type { SignatureVerification } from '@madoguchi/server-trust';
import { canonicalSubmission, type JsonValue } from '@madoguchi/shared-util-canonical';
import type { EntityManager } from 'typeorm';

import { CatalogService } from '../catalog/catalog.service.js';
import { FormRegistry } from '../catalog/form-registry.service.js';
import type { Env } from '../config/env.js';
import type { ResidentActor } from '../identity/actor.js';
import { ENV } from '../infrastructure/tokens.js';
import { applicationsException } from '../applications/applications.exception.js';
import { compareBasicFour } from './basic-four-comparison.js';
import { JpkiTrustService } from './jpki-trust.service.js';
import type { NewApplicationSignature, SigningTarget } from './signature.repository.js';
import { SignatureRepository } from './signature.repository.js';
import { signatureFailureException, signaturesException } from './signatures.exception.js';
import { SigningServiceClient } from './signing-service.client.js';

/** A signature checked for a submission, to keep with the application once it is stored. */
export type SubmissionSignature = {
  readonly requestId: string;
  readonly record: Omit<NewApplicationSignature, 'applicationId'>;
};

/**
 * Card signatures (issue #13): the resident signs the canonical submission of exactly what they
 * are about to submit; the submission is refused unless a verified signature covers its bytes
 * when the form requires one (CARD_SIGNATURES=enforce).
 */
@Injectable()
export class SignaturesService implements OnModuleInit {
  private readonly logger = new Logger(SignaturesService.name);

  constructor(
    private readonly catalog: CatalogService,
    private readonly forms: FormRegistry,
    private readonly signatures: SignatureRepository,
    private readonly signer: SigningServiceClient,
    private readonly trust: JpkiTrustService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onModuleInit(): void {
    if (this.env.CARD_SIGNATURES !== 'enforce') {
      this.logger.warn(
        'CARD_SIGNATURES=optional: a procedure requiring a card signature also accepts an unsigned submission',
      );
    }
  }

  async start(actor: ResidentActor, input: StartSigningRequest): Promise<SigningRequestStarted> {
    if (!this.signer.isConfigured) {
      throw signaturesException('signing_unavailable');
    }
    const procedure = await this.catalog.requireProcedure(
      input.municipalityCode,
      input.procedureId,
    );
    await this.catalog.requireVersionInForce(procedure, input.formVersion);
    const form = await this.forms.get(input.municipalityCode, input.procedureId, input.formVersion);
    const { digestHex } = await this.digestOf(form, input.answers);
    const id = randomUUID();
    const separator = input.returnPath.includes('?') ? '&' : '?';
    const created = await this.signer.create({
      digestHex,
      procedureTitle: { ja: procedure.title.ja, en: procedure.title.en },
      municipalityName: await this.signatures.municipalityName(input.municipalityCode),
      returnUrl: `${this.env.CITIZEN_APP_URL}${input.returnPath}${separator}signingRequest=${id}`,
      cardHint: actor.id,
    });
    await this.signatures.insertRequest({
      id,
      residentId: actor.id,
      municipalityCode: input.municipalityCode,
      procedureId: input.procedureId,
      formVersion: input.formVersion,
      digestHex,
      signerRequestId: created.requestId,
    });
    return { id, signingUrl: created.signingUrl, digestHex };
  }

  /** After the resident confirmed on the signer: fetches the CMS, verifies it and keeps it. */
  async complete(actor: ResidentActor, id: string): Promise<SigningResult> {
    const request = await this.signatures.findRequest(actor.id, id);
    if (!request) {
      throw signaturesException('signing_request_not_found');
    }
    const signature = request.signature ?? (await this.fetchSignature(request.signerRequestId));
    const verification = await this.trust.verify(signature, hexToBytes(request.digestHex));
    if (!verification.isValid) {
      throw signatureFailureException(verification.failure);
    }
    if (request.status === 'pending') {
      await this.signatures.markSigned(request.id, signature);
    }
    return {
      id: request.id,
      digestHex: request.digestHex,
      signerName: verification.signer.basicFour?.name ?? verification.signer.subject,
      signingTime: verification.signingTime.toISOString(),
    };
  }

  /**
   * At 送信, before the application is stored: the signature that covers exactly these answers
   * and attachments, verified again now, or a refusal when the form requires one. Null: none
   * needed and none given (or CARD_SIGNATURES=optional and none given).
   */
  async checkForSubmission(
    actor: ResidentActor,
    target: Omit<SigningTarget, 'residentId'>,
    form: CompiledForm,
    answers: Record<string, unknown>,
  ): Promise<SubmissionSignature | null> {
    const isRequired = this.env.CARD_SIGNATURES === 'enforce' && form.isSignatureRequired(answers);
    const latest = this.trust.isConfigured
      ? await this.signatures.findLatestSigned({ ...target, residentId: actor.id })
      : null;
    if (!latest || latest.signature === null) {
      if (isRequired) {
        throw signaturesException('signature_required');
      }
      return null;
    }
    const { digest, digestHex } = await this.digestOf(form, answers);
    if (digestHex !== latest.digestHex) {
      if (isRequired) {
        throw signaturesException('signature_digest_mismatch');
      }
      // Signed, then changed, in a procedure that does not require it: submitted unsigned.
      return null;
    }
    const verification = await this.trust.verify(latest.signature, digest);
    if (!verification.isValid) {
      throw signatureFailureException(verification.failure);
    }
    return {
      requestId: latest.id,
      record: toRecord(
        actor,
        target.municipalityCode,
        latest.signature,
        digestHex,
        verification,
        answers,
      ),
    };
  }

  /** Keeps the checked signature with the stored application (in the submission's transaction). */
  keep(
    manager: EntityManager,
    applicationId: string,
    signature: SubmissionSignature,
  ): Promise<void> {
    return this.signatures.insertApplicationSignature(manager, signature.requestId, {
      ...signature.record,
      applicationId,
    });
  }

  async describeOfApplication(applicationId: string): Promise<ApplicationSignature | null> {
    const row = await this.signatures.findOfApplication(applicationId);
    if (!row) {
      return null;
    }
    return {
      isValid: row.isValid,
      failure: row.failure,
      signingTime: row.signingTime?.toISOString() ?? null,
      signingTimeSource: (row.signingTimeSource ??
        null) as ApplicationSignature['signingTimeSource'],
      certificateSerial: row.certificateSerial,
      certificateIssuer: row.certificateIssuer,
      signer: row.signer,
      comparison: [...row.comparison],
      verifiedAt: row.verifiedAt.toISOString(),
    };
  }

  private async fetchSignature(signerRequestId: string): Promise<Uint8Array> {
    const fetched = await this.signer.fetch(signerRequestId);
    if (fetched.status !== 'signed') {
      throw signaturesException('signing_not_confirmed');
    }
    return new Uint8Array(Buffer.from(fetched.signature, 'base64'));
  }

  /** The canonical submission of the validated answers and the SHA-256 of every attached file. */
  private async digestOf(
    form: CompiledForm,
    rawAnswers: Record<string, unknown>,
  ): Promise<{ digest: Uint8Array; digestHex: string }> {
    const validation = form.validate(rawAnswers);
    if (!validation.ok) {
      throw applicationsException('invalid_answers', validation.issues);
    }
    const slots = form.attachmentsIn(validation.answers);
    const digests = await this.signatures.attachmentDigests(slots.flatMap((slot) => slot.ids));
    const attachments = slots.flatMap((slot) =>
      slot.ids.flatMap((attachmentId) => {
        const sha256 = digests.get(attachmentId);
        return sha256 === undefined ? [] : [{ slot: slot.slotId, sha256 }];
      }),
    );
    const canonical = await canonicalSubmission(
      validation.answers as { [key: string]: JsonValue },
      attachments,
    );
    return { digest: canonical.sha256, digestHex: canonical.sha256Hex };
  }
}

function toRecord(
  actor: ResidentActor,
  municipalityCode: string,
  signature: Uint8Array,
  digestHex: string,
  verification: Extract<SignatureVerification, { isValid: true }>,
  answers: Record<string, unknown>,
): SubmissionSignature['record'] {
  const basicFour = verification.signer.basicFour;
  return {
    municipalityCode,
    residentId: actor.id,
    signature,
    digestHex,
    isValid: true,
    failure: null,
    signingTime: verification.signingTime,
    signingTimeSource: verification.signingTimeSource,
    certificateSerial: verification.signer.serialNumber,
    certificateIssuer: verification.signer.issuer,
    signer: basicFour ? { ...basicFour } : null,
    comparison: basicFour ? compareBasicFour(basicFour, answers) : [],
  };
}

function hexToBytes(hex: string): Uint8Array {
  return new Uint8Array(Buffer.from(hex, 'hex'));
}
