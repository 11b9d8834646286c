import { Module } from '@nestjs/common';

import { OverlayEditorController } from './overlay-editor.controller.js';
import { OverlayEditorRepository } from './overlay-editor.repository.js';
import { OverlayEditorService } from './overlay-editor.service.js';

/** The administrators' editor of the municipality's form overlays, with 施行日 (issue #12). */
@Module({
  controllers: [OverlayEditorController],
  providers: [OverlayEditorRepository, OverlayEditorService],
})
export class OverlayEditorModule {}
