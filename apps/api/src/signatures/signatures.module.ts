import { Module } from '@nestjs/common';

import { CatalogModule } from '../catalog/catalog.module.js';
import { JpkiTrustService } from './jpki-trust.service.js';
import { SignatureRepository } from './signature.repository.js';
import { SignaturesController } from './signatures.controller.js';
import { SignaturesService } from './signatures.service.js';
import { SigningServiceClient } from './signing-service.client.js';

@Module({
  imports: [CatalogModule],
  controllers: [SignaturesController],
  providers: [SignatureRepository, SignaturesService, SigningServiceClient, JpkiTrustService],
  exports: [SignaturesService],
})
export class SignaturesModule {}
