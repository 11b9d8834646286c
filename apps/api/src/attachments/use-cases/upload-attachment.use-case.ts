import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream';

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { FileStorage } from '@madoguchi/server-storage';
import { ApiException, zodIssuesToFieldIssues } from '@madoguchi/server-util-nest';

import type { Env } from '../../config/env.js';
import type { ResidentActor } from '../../identity/actor.js';
import { ENV } from '../../infrastructure/tokens.js';
import { AttachmentRepository } from '../attachment.repository.js';
import { AttachmentSlotsService } from '../attachment-slots.service.js';
import { attachmentsException } from '../attachments.exception.js';
import type { AttachmentDto } from '../dtos/attachment.dto.js';
import { toAttachmentDto, uploadAttachmentFieldsSchema } from '../dtos/attachment.dto.js';
import type { UploadAttachmentFields } from '../dtos/attachment.dto.js';
import { sanitizeFileName } from '../file-name.js';
import { FILE_STORAGE } from '../file-storage.provider.js';
import { ContentInspector } from '../inspection/content-inspector.js';
import { InspectionFailure } from '../inspection/inspection-failure.js';
import type { UploadedFile } from '../multipart/read-single-file-upload.js';
import { readSingleFileUpload } from '../multipart/read-single-file-upload.js';

function parseFields(raw: Readonly<Record<string, string>>): UploadAttachmentFields {
  const result = uploadAttachmentFieldsSchema.safeParse(raw);
  if (!result.success) {
    throw attachmentsException('invalid_upload', zodIssuesToFieldIssues(result.error.issues));
  }
  return result.data;
}

/**
 * 添付: streams one uploaded file through the content inspection into the file storage and
 * records it. A refused or broken upload leaves neither an object nor a row behind.
 */
@Injectable()
export class UploadAttachmentUseCase {
  private readonly logger = new Logger(UploadAttachmentUseCase.name);

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly slots: AttachmentSlotsService,
    private readonly attachments: AttachmentRepository,
  ) {}

  execute(actor: ResidentActor, request: IncomingMessage): Promise<AttachmentDto> {
    return readSingleFileUpload(
      request,
      { maxFileBytes: this.env.UPLOAD_MAX_BYTES },
      (fields, file) => this.store(actor, parseFields(fields), file),
      (stored) => this.undo(stored),
    );
  }

  private async store(
    actor: ResidentActor,
    fields: UploadAttachmentFields,
    file: UploadedFile,
  ): Promise<AttachmentDto> {
    const slot = await this.slots.requireSlot(fields);
    const id = randomUUID();
    const storageKey = `attachments/${id}`;
    const inspector = new ContentInspector({
      maxBytes: Math.min(slot.maxBytes, this.env.UPLOAD_MAX_BYTES),
      accept: slot.accept,
    });
    let isClientFailure = false;
    // The callback form destroys the inspector (and so fails the storage write) if the upload breaks.
    pipeline(file.stream, inspector, (error) => {
      isClientFailure =
        error !== undefined && error !== null && !(error instanceof InspectionFailure);
    });
    let stored;
    try {
      stored = await this.storage.put(storageKey, inspector);
    } catch (error) {
      await this.deleteObject(storageKey);
      throw this.toUploadError(error, isClientFailure);
    }
    try {
      const row = await this.attachments.insert({
        id,
        residentId: actor.id,
        municipalityCode: fields.municipalityCode,
        procedureId: fields.procedureId,
        formVersion: fields.formVersion,
        slotId: slot.id,
        storageKey,
        fileName: sanitizeFileName(file.fileName),
        mimeType: inspector.detectedType.mimeType,
        bytes: stored.bytes,
        sha256: stored.sha256,
      });
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
    if (error instanceof ApiException) {
      return error;
    }
    return isClientFailure ? attachmentsException('upload_incomplete') : error;
  }

  private async undo(stored: AttachmentDto): Promise<void> {
    const row = await this.attachments.findById(stored.id);
    if (row && (await this.attachments.deleteUnlinked(row.residentId, row.id))) {
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
