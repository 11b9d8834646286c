import { Body, Controller, Get, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  NotificationContact,
  NotificationContactView,
  NotificationPreferences,
  PushPublicKey,
  PushSubscriptionRequest,
  PushSubscriptionView,
  UnsubscribePushRequest,
} from '@madoguchi/notifications-contracts';
import {
  notificationContactSchema,
  notificationContactViewSchema,
  notificationPreferencesSchema,
  pushPublicKeySchema,
  pushSubscriptionRequestSchema,
  pushSubscriptionSchema,
  unsubscribePushRequestSchema,
} from '@madoguchi/notifications-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';
import { z } from 'zod';

import type { ResidentActor } from '../identity/actor.js';
import type { RequestWithActor } from '../identity/authenticated.decorator.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { SESSION_COOKIE } from '../identity/session.store.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { NotificationSettingsService } from './notification-settings.service.js';
import { PushSubscriptionsService } from './push-subscriptions.service.js';

@ApiTags('notifications')
@Controller()
export class NotificationSettingsController {
  constructor(
    private readonly settings: NotificationSettingsService,
    private readonly pushSubscriptions: PushSubscriptionsService,
  ) {}

  @Get('notifications/push-public-key')
  @ApiOperation({
    summary: 'The VAPID public key a browser subscribes with (applicationServerKey)',
  })
  @ApiContract({ response: pushPublicKeySchema })
  publicKey(): PushPublicKey {
    return this.settings.publicKey();
  }

  @Get('me/notification-preferences')
  @Authenticated('resident')
  @ApiOperation({
    summary: 'Channels per category, opt-outs, quiet hours, language and digest threshold',
  })
  @ApiContract({ response: notificationPreferencesSchema })
  getPreferences(@CurrentActor() actor: ResidentActor): Promise<NotificationPreferences> {
    return this.settings.getPreferences(actor);
  }

  @Put('me/notification-preferences')
  @Authenticated('resident')
  @ApiContract({ body: notificationPreferencesSchema, response: notificationPreferencesSchema })
  savePreferences(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(notificationPreferencesSchema)) body: NotificationPreferences,
  ): Promise<NotificationPreferences> {
    return this.settings.savePreferences(actor, body);
  }

  @Get('me/notification-contact')
  @Authenticated('resident')
  @ApiContract({ response: notificationContactViewSchema })
  getContact(@CurrentActor() actor: ResidentActor): Promise<NotificationContactView> {
    return this.settings.getContact(actor);
  }

  @Put('me/notification-contact')
  @Authenticated('resident')
  @ApiOperation({
    summary:
      'The e-mail address notifications are sent to once confirmed (null: no e-mail); a new address is sent one confirmation mail',
  })
  @ApiContract({ body: notificationContactSchema, response: notificationContactViewSchema })
  saveContact(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(notificationContactSchema)) body: NotificationContact,
  ): Promise<NotificationContactView> {
    return this.settings.saveContact(actor, body);
  }

  @Post('me/notification-contact/confirmation-mail')
  @Authenticated('resident')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sends the confirmation mail of the pending address again (once a minute, 5 a day: else 429)',
  })
  @ApiContract({ response: notificationContactViewSchema })
  resendConfirmation(@CurrentActor() actor: ResidentActor): Promise<NotificationContactView> {
    return this.settings.resendConfirmation(actor);
  }

  @Get('me/push-subscriptions')
  @Authenticated('resident')
  @ApiContract({ response: z.array(pushSubscriptionSchema) })
  listSubscriptions(@CurrentActor() actor: ResidentActor): Promise<PushSubscriptionView[]> {
    return this.pushSubscriptions.listSubscriptions(actor);
  }

  @Post('me/push-subscriptions')
  @Authenticated('resident')
  @ApiOperation({
    summary:
      "Registers this browser's PushSubscription (from the service worker): https on a configured push service, at most 10 active per resident; ended when this session signs out",
  })
  @ApiContract({
    body: pushSubscriptionRequestSchema,
    response: pushSubscriptionSchema,
    status: 201,
  })
  subscribe(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(pushSubscriptionRequestSchema)) body: PushSubscriptionRequest,
    @Req() request: RequestWithActor,
  ): Promise<PushSubscriptionView> {
    return this.pushSubscriptions.subscribe(actor, body, request.cookies?.[SESSION_COOKIE]);
  }

  @Post('me/push-subscriptions/unsubscribe')
  @Authenticated('resident')
  @HttpCode(204)
  @ApiContract({ body: unsubscribePushRequestSchema, status: 204 })
  unsubscribe(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(unsubscribePushRequestSchema)) body: UnsubscribePushRequest,
  ): Promise<void> {
    return this.pushSubscriptions.unsubscribe(actor, body.endpoint);
  }
}
