import type { PipeTransform } from '@nestjs/common';
import { Injectable } from '@nestjs/common';

import { overlayEditorException } from './overlay-editor.exception.js';

/** A procedure id in a path (kebab-case, as in seeds/forms): anything else names no procedure. */
@Injectable()
export class ProcedureIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[a-z][a-z0-9-]{0,99}$/.test(value)) {
      throw overlayEditorException('procedure_not_found');
    }
    return value;
  }
}
