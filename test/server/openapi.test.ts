import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startApiServer, type ApiServer} from '../fixtures/api-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-api-openapi-');
const env = isolatedEnv(dir.path);
let server: ApiServer;
let document: OpenApi;

interface Parameter {
	readonly name: string;
	readonly in: string;
	readonly required?: boolean;
	readonly schema?: object;
}
interface Operation {
	readonly summary?: string;
	readonly parameters?: readonly Parameter[];
	readonly requestBody?: {readonly content: Record<string, {readonly schema: object}>};
	readonly responses: Record<string, unknown>;
}
interface OpenApi {
	readonly openapi: string;
	readonly info: {readonly title: string; readonly version: string};
	readonly paths: Record<string, Record<string, Operation>>;
	readonly components?: Record<string, Record<string, unknown>>;
}

beforeAll(async () => {
	server = await startApiServer(env);
	document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as OpenApi;
});
afterAll(async () => {
	await server.close();
	dir.remove();
});

/** The routes Fastify serves, as OpenAPI spells them (`/api/v1/budgets/{name}`), with their methods, from its route tree. */
function registeredRoutes(): Map<string, Set<string>> {
	const routes = new Map<string, Set<string>>();
	const prefixes: string[] = [];
	for (const line of server.app.printRoutes({commonPrefix: false}).split('\n')) {
		const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]+)\))?/.exec(line);
		if (match === null) continue;
		const depth = match[1]!.length / 4;
		const path = `${prefixes[depth - 1] ?? ''}${match[2]!}`;
		prefixes[depth] = path;
		if (match[3] === undefined) continue;
		const methods = match[3].split(', ').filter(method => method !== 'HEAD').map(method => method.toLowerCase());
		const openApiPath = path.replaceAll(/:(\w+)/g, '{$1}');
		routes.set(openApiPath, new Set([...(routes.get(openApiPath) ?? []), ...methods]));
	}
	return routes;
}

// The web page (/ and its /assets/) is not part of the API.
const HIDDEN = /^\/api\/v1\/(openapi\.json|docs)|^\/$|^\/assets\//;
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

describe('the OpenAPI document', () => {
	it('is OpenAPI 3.1 with an info block', () => {
		expect(document.openapi).toMatch(/^3\.1\.\d+$/);
		expect(document.info.title).toBe('aws-cost API');
		expect(document.info.version).toMatch(/^\d+\.\d+\.\d+/);
	});

	it('lists every route the server serves, with its methods', () => {
		const registered = registeredRoutes();
		const served = [...registered.entries()].filter(([path]) => !HIDDEN.test(path));
		expect(served.length).toBeGreaterThanOrEqual(10);
		for (const [path, methods] of served) {
			expect(Object.keys(document.paths), path).toContain(path);
			expect(new Set(Object.keys(document.paths[path]!))).toEqual(methods);
		}
		for (const path of Object.keys(document.paths)) expect(registered.has(path), path).toBe(true);
		for (const path of ['/api/v1/costs', '/api/v1/forecast', '/api/v1/anomalies', '/api/v1/savings', '/api/v1/budgets', '/api/v1/budgets/{name}', '/api/v1/accounts', '/api/v1/cache', '/health', '/ready']) {
			expect(document.paths[path], path).toBeDefined();
		}
	});

	it('is well formed: operations, parameters, bodies and references', () => {
		const text = JSON.stringify(document);
		for (const [path, item] of Object.entries(document.paths)) {
			expect(path).toMatch(/^\//);
			const templated = [...path.matchAll(/\{(\w+)\}/g)].map(match => match[1]);
			for (const [method, operation] of Object.entries(item)) {
				expect(METHODS.has(method), `${method} ${path}`).toBe(true);
				expect(Object.keys(operation.responses).length, `${method} ${path} responses`).toBeGreaterThan(0);
				const parameters = operation.parameters ?? [];
				for (const parameter of parameters) {
					expect(['query', 'path', 'header', 'cookie']).toContain(parameter.in);
					expect(typeof parameter.name).toBe('string');
					expect(parameter.schema).toBeTypeOf('object');
					if (parameter.in === 'path') expect(parameter.required).toBe(true);
				}
				expect(parameters.filter(parameter => parameter.in === 'path').map(parameter => parameter.name).sort()).toEqual([...templated].sort());
				const names = parameters.map(parameter => `${parameter.in}:${parameter.name}`);
				expect(new Set(names).size, `${method} ${path} duplicate parameters`).toBe(names.length);
				if (operation.requestBody !== undefined) expect(operation.requestBody.content['application/json']?.schema).toBeTypeOf('object');
			}
		}
		for (const [, reference] of text.matchAll(/"\$ref":"([^"]+)"/g)) {
			const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(reference!) ?? [];
			expect(document.components?.[section!]?.[name!], reference).toBeDefined();
		}
	});

	it('names parameters like the CLI\'s flags (groupBy the one exception)', () => {
		const names = (path: string, method = 'get') => (document.paths[path]![method]!.parameters ?? []).map(parameter => parameter.name).sort();
		expect(names('/api/v1/costs')).toEqual(['account', 'exclude-credits', 'filter', 'from', 'granularity', 'groupBy', 'metric', 'range', 'to']);
		expect(names('/api/v1/forecast')).toEqual(['account', 'exclude-credits', 'filter', 'groupBy', 'horizon', 'metric']);
		expect(names('/api/v1/anomalies')).toEqual(['account', 'exclude-credits', 'filter', 'from', 'metric', 'min-impact', 'range', 'to']);
		expect(names('/api/v1/budgets')).toEqual(['account', 'metric']);
		expect(names('/api/v1/savings')).toEqual([]);
		expect(names('/api/v1/budgets/{name}', 'post')).toEqual(['name']);
		expect(names('/api/v1/budgets/{name}', 'delete')).toEqual(['name']);
		const body = document.paths['/api/v1/budgets/{name}']!['post']!.requestBody!.content['application/json']!.schema as {properties: object};
		expect(Object.keys(body.properties).sort()).toEqual(['account', 'amount', 'service', 'tag']);
	});

	it('is served as the page at /api/v1/docs', async () => {
		const page = await fetch(`${server.url}/api/v1/docs`);
		expect(page.status).toBe(200);
		expect(await page.text()).toMatch(/swagger/i);
	});
});
