import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

import { REDIS } from '../infrastructure/tokens.js';

type ComponentState = 'up' | 'down';
export type HealthReport = {
  status: 'ok' | 'degraded';
  checks: { database: ComponentState; redis: ComponentState };
};
type StatusSettable = { status(code: number): unknown };

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @HttpCode(200)
  @ApiOperation({ summary: 'Reports whether PostgreSQL and Redis answer' })
  async check(@Res({ passthrough: true }) response: StatusSettable): Promise<HealthReport> {
    const [database, redis] = await Promise.all([this.probeDatabase(), this.probeRedis()]);
    const isUp = database === 'up' && redis === 'up';
    response.status(isUp ? 200 : 503);
    return { status: isUp ? 'ok' : 'degraded', checks: { database, redis } };
  }

  private async probeDatabase(): Promise<ComponentState> {
    try {
      await this.dataSource.query('SELECT 1');
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async probeRedis(): Promise<ComponentState> {
    try {
      return (await this.redis.ping()) === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }
}
