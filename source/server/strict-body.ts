import type {FastifyRequest} from 'fastify';
import {badInput} from '../errors.js';

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

interface BodySchema {
	readonly properties: Readonly<Record<string, {readonly type?: JsonType | readonly JsonType[]; readonly anyOf?: readonly {readonly type: JsonType}[]}>>;
}

function typeOf(value: unknown): JsonType {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value as JsonType;
}

/**
 * A preValidation hook that refuses a body field of the wrong JSON type. The
 * validator coerces types (query strings need it: `groupBy=SERVICE` becomes
 * a list), which would turn `{"service": 5}` into "5"; a body says what it means.
 */
export function strictBodyTypes(schema: BodySchema) {
	return async (request: FastifyRequest): Promise<void> => {
		const body = request.body;
		if (typeof body !== 'object' || body === null || Array.isArray(body)) {
			if (body !== undefined) throw badInput('The body must be a JSON object.');
			return;
		}
		for (const [name, value] of Object.entries(body)) {
			const property = schema.properties[name];
			if (property === undefined) continue;
			const allowed = property.anyOf?.map(branch => branch.type) ?? [property.type ?? []].flat();
			const actual = typeOf(value);
			if (allowed.length === 0 || allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'))) continue;
			throw badInput(`body.${name} must be ${allowed.join(' or ')}, not ${actual}.`);
		}
	};
}
