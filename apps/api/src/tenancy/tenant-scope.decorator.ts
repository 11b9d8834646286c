import { SetMetadata } from '@nestjs/common';

export const OWN_TENANT_TRANSACTIONS = 'madoguchi:own-tenant-transactions';

/**
 * The handler opens its own short tenant transactions (through `TenantTransactions`) instead of
 * running inside one for the whole request. For handlers that wait on the client, such as an
 * upload streaming for minutes: a transaction held that long would hold a pooled connection,
 * and a few slow clients would stall every other request.
 */
export const OwnTenantTransactions = (): MethodDecorator =>
  SetMetadata(OWN_TENANT_TRANSACTIONS, true);
