/** Why the content of an upload was refused (each is also an attachments exception code). */
export type InspectionFailureCode =
  | 'file_too_large'
  | 'file_empty'
  | 'file_type_not_allowed'
  | 'file_encrypted'
  | 'file_active_content'
  | 'file_corrupt';

/** Thrown by the inspecting stream; it fails the storage write, so nothing is kept. */
export class InspectionFailure extends Error {
  constructor(readonly code: InspectionFailureCode) {
    super(code);
    this.name = 'InspectionFailure';
  }
}

/** Structural check of one format, fed the bytes in order as they stream in. */
export type FormatValidator = {
  /** May throw an {@link InspectionFailure} as soon as the bytes cannot be of the format. */
  write(chunk: Buffer): void;
  /** Resolves when the whole file is well-formed; rejects with an {@link InspectionFailure}. */
  end(): Promise<void>;
  /** Releases what the validator holds when the upload fails before `end`. */
  abort(): void;
};
