import type { Readable } from 'node:stream';

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AttachmentFile, StaffAttachment } from '@madoguchi/procedures-contracts';
import type { AttachmentEntity } from '@madoguchi/server-database';
import type { FileStorage } from '@madoguchi/server-storage';

import type { Actor, ResidentActor } from '../identity/actor.js';
import { isStaffActor } from '../identity/actor.js';
import { AttachmentRepository } from './attachment.repository.js';
import { attachmentsException } from './attachments.exception.js';
import { toAttachmentFile, toStaffAttachment } from './dtos/attachment.dto.js';
import { downloadFileName } from './file-name.js';
import { FILE_STORAGE } from './file-storage.provider.js';

export type AttachmentDownload = {
  stream: Readable;
  fileName: string;
  mimeType: string;
  bytes: number;
};

/**
 * Downloads and deletions, authorised like the application: the owning resident, or staff of the
 * municipality of a submitted application that references the attachment. Anyone else gets the
 * same 404 as for an id that does not exist.
 */
@Injectable()
export class AttachmentAccessService {
  private readonly logger = new Logger(AttachmentAccessService.name);

  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly attachments: AttachmentRepository,
  ) {}

  async download(actor: Actor, id: string): Promise<AttachmentDownload> {
    const attachment = await this.findReadable(actor, id);
    if (!attachment) {
      throw attachmentsException('attachment_not_found');
    }
    const stream = await this.storage.get(attachment.storageKey);
    if (isStaffActor(actor)) {
      await this.attachments.recordStaffDownload(actor, attachment).catch((error: unknown) => {
        stream.destroy();
        throw error;
      });
    }
    return {
      stream,
      fileName: downloadFileName(attachment.fileName, attachment.mimeType),
      mimeType: attachment.mimeType,
      bytes: attachment.bytes,
    };
  }

  /**
   * A file of one application, for a caller the application was already checked for (the
   * back-office API); `audit` runs before any byte leaves. 404 unless the file is that
   * application's.
   */
  async downloadOfApplication(
    municipalityCode: string,
    applicationId: string,
    id: string,
    audit: (attachment: AttachmentEntity) => Promise<void>,
  ): Promise<AttachmentDownload> {
    const attachment = await this.attachments.findForMunicipality(municipalityCode, id);
    if (!attachment || attachment.applicationId !== applicationId) {
      throw attachmentsException('attachment_not_found');
    }
    await audit(attachment);
    return {
      stream: await this.storage.get(attachment.storageKey),
      fileName: downloadFileName(attachment.fileName, attachment.mimeType),
      mimeType: attachment.mimeType,
      bytes: attachment.bytes,
    };
  }

  /**
   * The files of one application with their slots, for staff the application was already checked
   * for (its detail): names and sizes only, no bytes, so nothing to audit as a download.
   */
  async describeOfApplication(applicationId: string): Promise<StaffAttachment[]> {
    return (await this.attachments.findByApplication(applicationId)).map(toStaffAttachment);
  }

  /** Name and size of the resident's own file; 404 for anyone else's, as for a download. */
  async describe(actor: ResidentActor, id: string): Promise<AttachmentFile> {
    const attachment = await this.findReadable(actor, id);
    if (!attachment) {
      throw attachmentsException('attachment_not_found');
    }
    return toAttachmentFile(attachment);
  }

  /** The resident's own files among `ids` (others' and unknown ids left out), in the order given. */
  async describeOwn(residentId: string, ids: readonly string[]): Promise<AttachmentFile[]> {
    const rows = new Map(
      (await this.attachments.findByIds(ids))
        .filter((row) => row.residentId === residentId)
        .map((row) => [row.id, row]),
    );
    return [...new Set(ids)].flatMap((id) => {
      const row = rows.get(id);
      return row ? [toAttachmentFile(row)] : [];
    });
  }

  async remove(actor: ResidentActor, id: string): Promise<void> {
    return this.removeOwned(actor.id, id);
  }

  /**
   * Files of `ownerId` among `ids` with their slots (others' and unknown ids left out), in the
   * order given: what the resident at the counter is shown of the files staff attached.
   */
  async describeOwnWithSlots(ownerId: string, ids: readonly string[]): Promise<StaffAttachment[]> {
    const rows = new Map(
      (await this.attachments.findByIds(ids))
        .filter((row) => row.residentId === ownerId)
        .map((row) => [row.id, row]),
    );
    return [...new Set(ids)].flatMap((id) => {
      const row = rows.get(id);
      return row ? [toStaffAttachment(row)] : [];
    });
  }

  /** The bytes of a file of `ownerId` (404 for any other), for a caller who proved the owner. */
  async downloadOwned(ownerId: string, id: string): Promise<AttachmentDownload> {
    const attachment = await this.attachments.findById(id);
    if (attachment?.residentId !== ownerId) {
      throw attachmentsException('attachment_not_found');
    }
    return {
      stream: await this.storage.get(attachment.storageKey),
      fileName: downloadFileName(attachment.fileName, attachment.mimeType),
      mimeType: attachment.mimeType,
      bytes: attachment.bytes,
    };
  }

  /** Deletes a file of `ownerId` that no submitted application references yet. */
  async removeOwned(ownerId: string, id: string): Promise<void> {
    const attachment = await this.attachments.findById(id);
    if (!attachment || attachment.residentId !== ownerId) {
      throw attachmentsException('attachment_not_found');
    }
    if (
      attachment.applicationId !== null ||
      !(await this.attachments.deleteUnlinked(ownerId, id))
    ) {
      throw attachmentsException('attachment_in_use');
    }
    await this.storage.delete(attachment.storageKey).catch((error: unknown) => {
      // The row is gone, so the object is unreachable: nothing can serve it any more.
      this.logger.warn(
        `Could not delete ${attachment.storageKey}: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
    });
  }

  private async findReadable(actor: Actor, id: string): Promise<AttachmentEntity | null> {
    if (isStaffActor(actor)) {
      return this.attachments.findForMunicipality(actor.municipalityCode, id);
    }
    if (actor.kind !== 'resident') {
      return null;
    }
    const attachment = await this.attachments.findById(id);
    return attachment?.residentId === actor.id ? attachment : null;
  }
}
