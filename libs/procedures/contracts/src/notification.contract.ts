import { z } from 'zod';

export const inAppNotificationSchema = z.object({
  id: z.string(),
  title: z.object({ ja: z.string(), en: z.string(), easyJa: z.string() }),
  body: z.object({ ja: z.string(), en: z.string(), easyJa: z.string() }),
  applicationId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type InAppNotification = z.infer<typeof inAppNotificationSchema>;
