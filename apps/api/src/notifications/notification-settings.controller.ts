import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  NotificationContact,
  NotificationPreferences,
  PushPublicKey,
  PushSubscriptionRequest,
  PushSubscriptionView,
  UnsubscribePushRequest,
} from '@madoguchi/notifications-contracts';
import {
  notificationContactSchema,
  notificationPreferencesSchema,
  pushPublicKeySchema,
  pushSubscriptionRequestSchema,
  pushSubscriptionSchema,
  unsubscribePushRequestSchema,
} from '@madoguchi/notifications-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';
import { z } from 'zod';

import type { ResidentActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { NotificationSettingsService } from './notification-settings.service.js';

@ApiTags('notifications')
@Controller()
export class NotificationSettingsController {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Get('notifications/push-public-key')
  @ApiOperation({ summary: 'The VAPID public key a browser subscribes with (applicationServerKey)' })
  @ApiContract({ response: pushPublicKeySchema })
  publicKey(): PushPublicKey {
    return this.settings.publicKey();
  }

  @Get('me/notification-preferences')
  @Authenticated('resident')
  @ApiOperation({ summary: 'Channels per category, opt-outs, quiet hours, language and digest threshold' })
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
  @ApiContract({ response: notificationContactSchema })
  getContact(@CurrentActor() actor: ResidentActor): Promise<NotificationContact> {
    return this.settings.getContact(actor);
  }

  @Put('me/notification-contact')
  @Authenticated('resident')
  @ApiOperation({ summary: 'The e-mail address notifications are sent to (null: no e-mail)' })
  @ApiContract({ body: notificationContactSchema, response: notificationContactSchema })
  saveContact(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(notificationContactSchema)) body: NotificationContact,
  ): Promise<NotificationContact> {
    return this.settings.saveContact(actor, body);
  }

  @Get('me/push-subscriptions')
  @Authenticated('resident')
  @ApiContract({ response: z.array(pushSubscriptionSchema) })
  listSubscriptions(@CurrentActor() actor: ResidentActor): Promise<PushSubscriptionView[]> {
    return this.settings.listSubscriptions(actor);
  }

  @Post('me/push-subscriptions')
  @Authenticated('resident')
  @ApiOperation({ summary: "Registers this browser's PushSubscription (from the service worker)" })
  @ApiContract({ body: pushSubscriptionRequestSchema, response: pushSubscriptionSchema, status: 201 })
  subscribe(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(pushSubscriptionRequestSchema)) body: PushSubscriptionRequest,
  ): Promise<PushSubscriptionView> {
    return this.settings.subscribe(actor, body);
  }

  @Post('me/push-subscriptions/unsubscribe')
  @Authenticated('resident')
  @HttpCode(204)
  @ApiContract({ body: unsubscribePushRequestSchema, status: 204 })
  unsubscribe(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(unsubscribePushRequestSchema)) body: UnsubscribePushRequest,
  ): Promise<void> {
    return this.settings.unsubscribe(actor, body.endpoint);
  }
}
