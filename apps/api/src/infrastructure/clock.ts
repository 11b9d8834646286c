import { Injectable } from '@nestjs/common';

/** Japan Standard Time is UTC+9 all year (no daylight saving time since 1951). */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * The API's time, one injectable place for it: what is "today" decides which form version is in
 * force (施行日). Tests move it (`jest.spyOn(app.get(Clock), 'now')`) instead of the machine's clock.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today in Japan (YYYY-MM-DD): a 施行日 is a Japanese calendar day. */
  today(): string {
    return new Date(this.now().getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
  }
}
