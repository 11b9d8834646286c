import { LIFE_EVENTS, PROCEDURE_CATEGORIES, formDefinitionSchema } from '@madoguchi/forms-schema';
import { z } from 'zod';

const textSchema = z.object({ ja: z.string(), en: z.string(), easyJa: z.string() });

export const municipalitySchema = z.object({
  /** 地方公共団体コード, 6 digits including the check digit. */
  code: z.string().regex(/^\d{6}$/),
  name: z.object({ ja: z.string(), en: z.string() }),
  prefecture: z.object({ ja: z.string(), en: z.string() }),
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const procedureSummarySchema = z.object({
  id: z.string(),
  municipalityCode: z.string(),
  title: textSchema,
  summary: textSchema,
  category: z.string(),
  formVersion: z.number().int(),
  identityLevel: z.number().int(),
  /** The form's life events (the API always sends them; optional for older clients). */
  lifeEvents: z.array(z.enum(LIFE_EVENTS)).optional(),
});
export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;

/** GET /api/municipalities/:code/procedures/:procedureId/form — the exact form version to fill in. */
export const procedureFormSchema = z.object({
  procedureId: z.string(),
  municipalityCode: z.string(),
  /** The municipality's effective form version (standard + overlay): what a submission names. */
  formVersion: z.number().int(),
  /** The standard form version (標準様式の版) under it. */
  baseFormVersion: z.number().int(),
  definition: formDefinitionSchema,
});
export type ProcedureForm = z.infer<typeof procedureFormSchema>;

// ---------------------------------------------------------------------------------------------
// Search, life events and the "which procedures fit me" questionnaire (issue #5).

/** Words residents type; the API normalises them (NFKC, case, katakana → hiragana). */
const searchTextSchema = z.string().trim().max(100);

/**
 * GET /api/municipalities?q=&postalCode= — `q` is a name (千代田, ちよだ, Chiyoda) or a
 * 地方公共団体コード (5 digits, or 6 with a valid check digit); `postalCode` a 郵便番号 in any
 * usual spelling (1020072, 102-0072, 〒１０２−００７２). Neither: every municipality served.
 */
export const municipalitySearchQuerySchema = z
  .object({
    q: searchTextSchema.optional(),
    postalCode: z.string().trim().max(20).optional(),
  })
  .strict();
export type MunicipalitySearchQuery = z.infer<typeof municipalitySearchQuerySchema>;

/** GET /api/municipalities/:code/procedures?q=&lifeEvent=&category= */
export const procedureSearchQuerySchema = z
  .object({
    q: searchTextSchema.optional(),
    /** A life event id from GET /api/life-events, or a form-level life event (childbirth…). */
    lifeEvent: z
      .string()
      .regex(/^[a-zA-Z]{1,40}$/)
      .optional(),
    category: z.enum(PROCEDURE_CATEGORIES).optional(),
  })
  .strict();
export type ProcedureSearchQuery = z.infer<typeof procedureSearchQuerySchema>;

/** GET /api/life-events?municipality= */
export const lifeEventsQuerySchema = z
  .object({
    municipality: z.string().trim().max(6).optional(),
  })
  .strict();
export type LifeEventsQuery = z.infer<typeof lifeEventsQuerySchema>;

/** A life event residents browse procedures by: 妊娠・出産, 子育て, 介護, 引越し, 災害. */
export const lifeEventSchema = z.object({
  id: z.string(),
  label: textSchema,
  description: textSchema,
  /** The form-level life events it gathers (妊娠・出産 = pregnancy + childbirth). */
  tags: z.array(z.enum(LIFE_EVENTS)),
  /** Procedures the municipality accepts for this life event; only with `?municipality=`. */
  procedureCount: z.number().int().nonnegative().optional(),
});
export type LifeEvent = z.infer<typeof lifeEventSchema>;

const isoDateSchema = z.iso.date();

/** A child of the household: a birth date, or an age in whole years when the date is not at hand. */
export const procedureFinderChildSchema = z
  .object({
    birthDate: isoDateSchema.optional(),
    age: z.number().int().min(0).max(30).optional(),
    livesWithApplicant: z.boolean(),
  })
  .strict()
  .refine((child) => child.birthDate !== undefined || child.age !== undefined, {
    message: 'birthDate or age',
    path: ['birthDate'],
  });
export type ProcedureFinderChild = z.infer<typeof procedureFinderChildSchema>;

/** 要介護認定 status: none yet, 要支援 1–2, or 要介護 1–5. */
export const CARE_CERTIFICATIONS = ['none', 'requiresSupport', 'requiresCare'] as const;

export const procedureFinderCareRecipientSchema = z
  .object({
    age: z.number().int().min(0).max(130),
    certification: z.enum(CARE_CERTIFICATIONS),
    /** The last day of the current certification's 有効期間. */
    certificationExpiresOn: isoDateSchema.optional(),
    /** Certified by the municipality the household lived in before moving here. */
    isCertifiedByPreviousMunicipality: z.boolean().default(false),
    /** 40–64: one of the 16 特定疾病 (only these are covered before 65). */
    hasSpecifiedDisease: z.boolean().default(false),
  })
  .strict();
export type ProcedureFinderCareRecipient = z.infer<typeof procedureFinderCareRecipientSchema>;

/**
 * POST /api/municipalities/:code/procedure-finder — what the household says about itself. Nothing
 * here identifies a person, and the API keeps none of it.
 */
export const procedureFinderRequestSchema = z
  .object({
    household: z
      .object({
        isExpecting: z.boolean().default(false),
        dueDate: isoDateSchema.optional(),
        children: z.array(procedureFinderChildSchema).max(20).default([]),
        /** Already receives 児童手当 (a new child is then a 額改定, not a new 認定請求). */
        isReceivingChildAllowance: z.boolean().default(false),
        /** Every parent in the household works (or otherwise cannot look after the children by day). */
        isEveryParentWorking: z.boolean().default(false),
        careRecipient: procedureFinderCareRecipientSchema.optional(),
        /** The day the household moved into this municipality (転入), if recent. */
        movedInOn: isoDateSchema.optional(),
        isDisasterAffected: z.boolean().default(false),
        disasterOccurredOn: isoDateSchema.optional(),
      })
      .strict(),
  })
  .strict();
export type ProcedureFinderRequest = z.infer<typeof procedureFinderRequestSchema>;
export type ProcedureFinderRequestInput = z.input<typeof procedureFinderRequestSchema>;

/** One procedure the household should consider, why, how urgent (1 first) and by when. */
export const procedureRecommendationSchema = z.object({
  procedure: procedureSummarySchema,
  reason: textSchema,
  /** 1 = do it first (a legal deadline is running) … 3 = when convenient. */
  priority: z.number().int().min(1).max(3),
  /** YYYY-MM-DD, moved to the next day the office is open when it falls on a closed day. */
  deadline: isoDateSchema.optional(),
  /** The rule of seeds/catalog/procedure-finder-rules.json that produced it. */
  ruleId: z.string(),
});
export type ProcedureRecommendation = z.infer<typeof procedureRecommendationSchema>;

// ---------------------------------------------------------------------------------------------
// The procedure page before the form, and 郵便番号 → 住所 (issue #10).

/** ja and en always; やさしい日本語 where the source has it (a municipality's contact has none). */
const textWithOptionalEasySchema = z.object({
  ja: z.string(),
  en: z.string(),
  easyJa: z.string().optional(),
});

/** The office residents contact about a procedure (申請先). */
export const procedureContactSchema = z.object({
  department: textWithOptionalEasySchema,
  phone: z.string(),
  email: z.string().optional(),
  hours: textSchema.optional(),
  address: textSchema.optional(),
});
export type ProcedureContact = z.infer<typeof procedureContactSchema>;

/** A document to prepare: one attachment slot of the form with its guidance. */
export const procedureDocumentSchema = z.object({
  id: z.string(),
  label: textSchema,
  guidance: textSchema,
  /** Always required. */
  isRequired: z.boolean(),
  /** Required only for some answers (e.g. a proxy's letter of attorney). */
  isRequiredSometimes: z.boolean(),
  accept: z.array(z.string()),
  maxBytes: z.number().int().positive(),
  maxFiles: z.number().int().positive(),
});
export type ProcedureDocument = z.infer<typeof procedureDocumentSchema>;

/** GET /api/municipalities/:code/procedures/:procedureId — what a resident reads before the form. */
export const procedureDetailSchema = z.object({
  procedure: procedureSummarySchema,
  municipality: municipalitySchema,
  legalBasis: textSchema,
  /** Who applies: the form's first step (申請者, 請求者…) and what it says about proxies. */
  applicant: z.object({ title: textSchema, description: textSchema.optional() }),
  /** DS-511 identity assurance level the procedure needs (3 = マイナンバーカード). */
  identityLevel: z.number().int().min(1).max(3),
  signature: z.object({
    /** JPKI 署名用電子証明書 by default. */
    isRequired: z.boolean(),
    /** Answers that change the rule, with the reason. */
    exceptions: z.array(z.object({ isRequired: z.boolean(), reason: textSchema })),
  }),
  /** The form asks for a 個人番号. */
  asksForMyNumber: z.boolean(),
  /** 標準処理期間 in business days; null where the law sets none. */
  standardProcessingDays: z.number().int().positive().nullable(),
  deadlines: z.array(z.object({ days: z.number().int().positive(), description: textSchema })),
  documents: z.array(procedureDocumentSchema),
  contact: procedureContactSchema.nullable(),
});
export type ProcedureDetail = z.infer<typeof procedureDetailSchema>;

/** One address a 郵便番号 stands for; `town` is '' where Japan Post lists no 町域. */
export const postalAddressSchema = z.object({
  postalCode: z.string().regex(/^\d{7}$/),
  prefecture: z.string(),
  city: z.string(),
  town: z.string(),
  /** 地方公共団体コード with its check digit. */
  localGovernmentCode: z.string().regex(/^\d{6}$/),
});
export type PostalAddress = z.infer<typeof postalAddressSchema>;

/** GET /api/postal-codes/:postalCode — every address of the code (most often one). */
export const postalCodeLookupSchema = z.object({
  postalCode: z.string().regex(/^\d{7}$/),
  addresses: z.array(postalAddressSchema).min(1),
});
export type PostalCodeLookup = z.infer<typeof postalCodeLookupSchema>;
