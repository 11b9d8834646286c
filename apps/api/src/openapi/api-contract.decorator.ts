import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiResponse } from '@nestjs/swagger';
import { apiErrorSchema } from '@madoguchi/procedures-contracts';
import { z } from 'zod';

type SchemaObject = Record<string, unknown>;

/** The zod contract as JSON Schema 2020-12: the schema dialect of OpenAPI 3.1. */
export function toOpenApiSchema(schema: z.ZodType): SchemaObject {
  const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
  }) as SchemaObject;
  return jsonSchema;
}

const ERROR_SCHEMA = toOpenApiSchema(apiErrorSchema);

/**
 * Documents a handler from the same zod schemas that validate it, so the OpenAPI document
 * cannot drift from what the API accepts and returns. Every handler may answer with the one
 * error shape.
 */
export function ApiContract(contract: {
  body?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  description?: string;
}): MethodDecorator {
  const decorators: MethodDecorator[] = [
    ApiResponse({
      status: '4XX',
      description: 'The one error shape: code, messages in ja/en, field paths',
      schema: ERROR_SCHEMA,
    }),
  ];
  if (contract.body) {
    decorators.push(ApiBody({ schema: toOpenApiSchema(contract.body) }));
  }
  if (contract.response) {
    decorators.push(
      ApiResponse({
        status: contract.status ?? 200,
        description: contract.description ?? 'OK',
        schema: toOpenApiSchema(contract.response),
      }),
    );
  }
  return applyDecorators(...decorators);
}
