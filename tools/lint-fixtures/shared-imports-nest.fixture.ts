// lint-as: libs/forms/schema/src/boundary-fixture.ts
// expect: @nx/enforce-module-boundaries
// Shared code runs in the browser too: no NestJS, TypeORM, BullMQ or React.
import { Injectable } from '@nestjs/common';

export const fixture = Injectable;
