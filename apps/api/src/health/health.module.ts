import { Module } from '@nestjs/common';

import { ApiIndexController } from './api-index.controller.js';
import { HealthController } from './health.controller.js';

@Module({ controllers: [ApiIndexController, HealthController] })
export class HealthModule {}
