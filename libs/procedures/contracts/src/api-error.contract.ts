import { z } from 'zod';

const messageSchema = z.object({ ja: z.string(), en: z.string(), easyJa: z.string().optional() });

/** The one error shape of the API: a code, messages in Japanese and English, and field paths. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: messageSchema,
    fields: z
      .array(z.object({ path: z.string(), code: z.string(), message: messageSchema }))
      .default([]),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
export type ApiFieldError = ApiError['error']['fields'][number];
