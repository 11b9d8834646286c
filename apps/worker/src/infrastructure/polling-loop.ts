import type { Logger } from '@nestjs/common';

export type PollingLoopOptions = {
  /** Named in the log line when a round fails. */
  name: string;
  /** One round of work; returns how many rows it handled. */
  work: () => Promise<number>;
  intervalMs: number;
  /** A round that handled a full batch means more are waiting: the next one starts at once. */
  batchSize: number;
  logger: Logger;
};

/**
 * Runs `work` again and again, one round at a time, until stopped. A failing round (Redis or
 * PostgreSQL away) is logged and retried after the interval: the rows wait in PostgreSQL.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private isStopping = false;

  constructor(private readonly options: PollingLoopOptions) {}

  start(): void {
    this.schedule(0);
  }

  /** Waits for the round under way, if any, and starts no other. */
  async stop(): Promise<void> {
    this.isStopping = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.isStopping) {
      return;
    }
    this.timer = setTimeout(() => {
      this.running = this.round();
    }, delayMs);
  }

  private async round(): Promise<void> {
    let handled = 0;
    try {
      handled = await this.options.work();
    } catch (error) {
      this.options.logger.warn(
        `${this.options.name} paused: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
    }
    this.schedule(handled >= this.options.batchSize ? 0 : this.options.intervalMs);
  }
}
