/** JSON column shapes shared by the entities. */
export type LocalizedName = { ja: string; en: string };
export type LocalizedText = { ja: string; en: string; easyJa: string };
export type MunicipalityContact = {
  department: LocalizedName;
  phone: string;
  email?: string;
};

export type JsonPrimitive = string | number | boolean | null;
/**
 * Two levels of JSON at most: enough for outbox payloads and audit details, and shallow enough
 * for TypeORM's partial-entity types (a recursive JSON type makes them infinitely deep).
 */
export type JsonObject = Record<
  string,
  JsonPrimitive | JsonPrimitive[] | Record<string, JsonPrimitive>
>;
