import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { UnsafeInputGuard } from './unsafe-input.guard.js';

/** Checks every request's text at the edge (see UnsafeInputGuard). */
@Module({ providers: [{ provide: APP_GUARD, useClass: UnsafeInputGuard }] })
export class InputModule {}
