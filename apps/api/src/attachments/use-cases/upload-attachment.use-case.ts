import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream';

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { FileStorage } from '@madoguchi/server-storage';
import { ApiException, zodIssuesToFieldIssues } from '@madoguchi/server-util-nest';

import type { Env } from '../../config/env.js';
import type { ResidentActor, StaffActor } from '../../identity/actor.js';
import { ProcedureIdentityLevels } from '../../identity/identity-level.js';
import { ENV } from '../../infrastructure/tokens.js';
import { TenantTransactions } from '../../tenancy/tenant-transactions.service.js';
import { AttachmentRepository } from '../attachment.repository.js';
import { AttachmentSlotsService } from '../attachment-slots.service.js';
import { attachmentsException } from '../attachments.exception.js';
import { ConcurrentUploads } from '../concurrent-uploads.service.js';
import type { AttachmentDto } from '../dtos/attachment.dto.js';
import { toAttachmentDto, uploadAttachmentFieldsSchema } from '../dtos/attachment.dto.js';
import type { UploadAttachmentFields } from '../dtos/attachment.dto.js';
import { sanitizeFileName } from '../file-name.js';
import { FILE_STORAGE } from '../file-storage.provider.js';
import { ContentInspector } from '../inspection/content-inspector.js';
import { InspectionFailure } from '../inspection/inspection-failure.js';
import { LocationMetadataStripper } from '../metadata/location-metadata-stripper.js';
import type { UploadedFile, UploadLimits } from '../multipart/read-single-file-upload.js';
import { UploadCut, discard, readSingleFileUpload } from '../multipart/read-single-file-upload.js';
import type { MalwareScanner } from '../scanning/malware-scanner.js';
import { MalwareFoundError, ScannerUnavailableError } from '../scanning/malware-scanner.js';
import { MALWARE_SCANNER } from '../scanning/malware-scanner.provider.js';
import { ScanningStream } from '../scanning/scanning-stream.js';

function parseFields(raw: Readonly<Record<string, string>>): UploadAttachmentFields {
  const result = uploadAttachmentFieldsSchema.safeParse(raw);
  if (!result.success) {
    throw attachmentsException('invalid_upload', zodIssuesToFieldIssues(result.error.issues));
  }
  return result.data;
}

/**
 * 添付: streams one uploaded file through the content inspection, the removal of location data
 * and the malware scan into the file storage, and records it. A refused or broken upload leaves
 * neither an object nor a row behind.
 *
 * No database connection is held while the bytes arrive (a slow client would otherwise hold a
 * pooled connection for minutes): the slot is looked up in one short tenant transaction before
 * the file streams, and the row is written in another once the file is stored and clean.
 */
@Injectable()
export class UploadAttachmentUseCase {
  private readonly logger = new Logger(UploadAttachmentUseCase.name);

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(MALWARE_SCANNER) private readonly scanner: MalwareScanner,
    private readonly slots: AttachmentSlotsService,
    private readonly attachments: AttachmentRepository,
    private readonly transactions: TenantTransactions,
    private readonly concurrentUploads: ConcurrentUploads,
    private readonly identityLevels: ProcedureIdentityLevels,
  ) {}

  async execute(actor: ResidentActor, request: IncomingMessage): Promise<AttachmentDto> {
    return this.receive(actor, actor.id, request);
  }

  /**
   * 書かない窓口: a file staff scan at the counter for the resident there, through the same
   * pipeline, stored for `ownerId` (the counter's owner id, never a resident's) in the staff
   * member's municipality only. The counter application claims it when it is filled.
   */
  executeAtCounter(
    actor: StaffActor,
    ownerId: string,
    request: IncomingMessage,
  ): Promise<AttachmentDto> {
    return this.receive(actor, ownerId, request);
  }

  private async receive(
    actor: ResidentActor | StaffActor,
    ownerId: string,
    request: IncomingMessage,
  ): Promise<AttachmentDto> {
    const limits: UploadLimits = {
      maxFileBytes: this.env.UPLOAD_MAX_BYTES,
      minBytesPerSecond: this.env.UPLOAD_MIN_BYTES_PER_SECOND,
      rateWindowMs: this.env.UPLOAD_RATE_WINDOW_SECONDS * 1000,
      deadlineMs: this.env.UPLOAD_DEADLINE_SECONDS * 1000,
    };
    try {
      return await this.concurrentUploads.run(ownerId, () =>
        readSingleFileUpload(
          request,
          limits,
          (fields, file) => this.store(actor, ownerId, parseFields(fields), file),
          (stored) => this.undo(actor, stored),
        ),
      );
    } catch (error) {
      if (!request.readableEnded && request.listenerCount('data') === 0) {
        // Refused before the body was read (no free place): read it so the client gets the answer.
        discard(request, limits);
      }
      throw error;
    }
  }

  private async store(
    actor: ResidentActor | StaffActor,
    ownerId: string,
    fields: UploadAttachmentFields,
    file: UploadedFile,
  ): Promise<AttachmentDto> {
    if (actor.kind === 'staff') {
      // Staff attach only to their own municipality's forms (the identity was checked in person).
      if (fields.municipalityCode !== actor.municipalityCode) {
        throw attachmentsException('invalid_upload', [
          {
            path: 'municipalityCode',
            code: 'invalid_upload',
            message: {
              ja: '自分の自治体の手続にだけ添付できます。',
              en: 'Files can be attached only to your own municipality’s procedures.',
            },
          },
        ]);
      }
    } else {
      // The procedure's identity level holds for its uploads too (the fields arrive before the file).
      await this.identityLevels.assertForProcedure(
        actor,
        fields.municipalityCode,
        fields.procedureId,
      );
    }
    const slot = await this.transactions.run(actor, () => this.slots.requireSlot(fields));
    const id = randomUUID();
    const storageKey = `attachments/${id}`;
    const inspector = new ContentInspector({
      maxBytes: Math.min(slot.maxBytes, this.env.UPLOAD_MAX_BYTES),
      accept: slot.accept,
    });
    const stripper = new LocationMetadataStripper();
    const scanning = new ScanningStream(this.scanner);
    let isClientFailure = false;
    // The callback form destroys every stage (and so fails the storage write) if one of them breaks.
    pipeline(file.stream, inspector, stripper, scanning, (error) => {
      isClientFailure = error !== undefined && error !== null && isClientError(error);
    });
    let stored;
    try {
      // Measured after the stripper: the size and SHA-256 are those of the stored bytes.
      stored = await this.storage.put(storageKey, scanning);
    } catch (error) {
      await this.deleteObject(storageKey);
      throw this.toUploadError(error, isClientFailure);
    }
    try {
      const row = await this.transactions.run(actor, () =>
        this.attachments.insert({
          id,
          residentId: ownerId,
          municipalityCode: fields.municipalityCode,
          procedureId: fields.procedureId,
          formVersion: fields.formVersion,
          slotId: slot.id,
          storageKey,
          fileName: sanitizeFileName(file.fileName),
          mimeType: inspector.detectedType.mimeType,
          bytes: stored.bytes,
          sha256: stored.sha256,
          removedMetadata: stripper.removed,
        }),
      );
      return toAttachmentDto(row);
    } catch (error) {
      await this.deleteObject(storageKey);
      throw error;
    }
  }

  private toUploadError(error: unknown, isClientFailure: boolean): unknown {
    if (error instanceof InspectionFailure) {
      return attachmentsException(error.code);
    }
    if (error instanceof UploadCut) {
      return attachmentsException(error.code);
    }
    if (error instanceof MalwareFoundError) {
      // The signature name only: never the file name or anything the resident typed.
      this.logger.warn(`Refused an upload: the scanner found ${error.signature}`);
      return attachmentsException('file_infected');
    }
    if (error instanceof ScannerUnavailableError) {
      this.logger.error(error.message);
      return attachmentsException('scanner_unavailable');
    }
    if (error instanceof ApiException) {
      return error;
    }
    return isClientFailure ? attachmentsException('upload_incomplete') : error;
  }

  private async undo(actor: ResidentActor | StaffActor, stored: AttachmentDto): Promise<void> {
    const row = await this.transactions.run(actor, async () => {
      const found = await this.attachments.findById(stored.id);
      return found && (await this.attachments.deleteUnlinked(found.residentId, found.id))
        ? found
        : null;
    });
    if (row) {
      await this.deleteObject(row.storageKey);
    }
  }

  private async deleteObject(storageKey: string): Promise<void> {
    try {
      await this.storage.delete(storageKey);
    } catch (error) {
      // An unreferenced object is harmless: nothing can reach it without its row.
      this.logger.warn(
        `Could not delete ${storageKey}: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
    }
  }
}

/** An error of the client's stream (hung up, broken body), not a refusal by one of the stages. */
function isClientError(error: Error): boolean {
  return !(
    error instanceof InspectionFailure ||
    error instanceof UploadCut ||
    error instanceof MalwareFoundError ||
    error instanceof ScannerUnavailableError
  );
}
