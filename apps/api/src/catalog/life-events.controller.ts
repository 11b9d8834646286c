import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LifeEvent, LifeEventsQuery } from '@madoguchi/procedures-contracts';
import { lifeEventsQuerySchema } from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import { CatalogSearchService } from './catalog-search.service.js';

@ApiTags('catalog')
@Controller('life-events')
export class LifeEventsController {
  constructor(private readonly search: CatalogSearchService) {}

  @Get()
  @ApiOperation({
    summary:
      'Life events (妊娠・出産, 子育て, 介護, 引越し, 災害) with labels; with ?municipality=, ' +
      'the number of procedures that municipality accepts for each',
  })
  listLifeEvents(
    @Query(new ZodBodyPipe(lifeEventsQuerySchema)) query: LifeEventsQuery,
  ): Promise<LifeEvent[]> {
    return this.search.listLifeEvents(query);
  }
}
