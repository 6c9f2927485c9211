import {z} from 'zod';
import {PLUGIN_API_VERSION, type Plugin} from './api.js';

const callable = (what: string) => z.custom<(...args: never[]) => unknown>(value => typeof value === 'function', {message: `${what} must be a function`});
const name = z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'must be lower-case letters, digits, - or _, starting with a letter (at most 40)');

const source = z.object({name, description: z.string().min(1), create: callable('create')});
const exporter = z.object({name, extension: z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'must be letters and digits'), format: callable('format')});
const notifier = z.object({scheme: name, deliver: callable('deliver')});
const analyzer = z.object({name, description: z.string().optional(), analyze: callable('analyze')});

const pluginShape = z.object({
	apiVersion: z.literal(PLUGIN_API_VERSION),
	name: z.string().regex(/^[A-Za-z0-9@/_.-]{1,80}$/, 'must be a package-like name'),
	sources: z.array(source).optional(),
	exporters: z.array(exporter).optional(),
	notifiers: z.array(notifier).optional(),
	analyzers: z.array(analyzer).optional(),
});

/** What an analyzer may return: every finding checked, money as an exact decimal string. */
export const findingsSchema = z.array(
	z.object({
		title: z.string().min(1),
		detail: z.string(),
		severity: z.enum(['info', 'warning', 'critical']),
		amount: z.string().regex(/^-?\d+(\.\d+)?$/, 'must be an exact decimal string such as "12.34"').optional(),
	}),
);

/** `where` names the place in the plugin ("exporters.0.name"); the first problem is enough for one line. */
function firstIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (issue === undefined) return 'it is not a plugin';
	const where = issue.path.map(String).join('.');
	return where === '' ? issue.message : `${where}: ${issue.message}`;
}

/** What a module exports, checked: the plugin, or the one-line reason it is not one. */
export function validatePlugin(exported: unknown): {readonly ok: true; readonly plugin: Plugin} | {readonly ok: false; readonly reason: string} {
	if (typeof exported !== 'object' || exported === null) return {ok: false, reason: 'it exports no plugin (a default export, or one named `plugin`)'};
	const version = (exported as {apiVersion?: unknown}).apiVersion;
	if (version !== PLUGIN_API_VERSION) {
		return {ok: false, reason: `it is written for plugin API version ${JSON.stringify(version) ?? 'none'}; this aws-cost speaks apiVersion ${PLUGIN_API_VERSION}`};
	}
	const parsed = pluginShape.safeParse(exported);
	if (!parsed.success) return {ok: false, reason: `bad shape: ${firstIssue(parsed.error)}`};
	// The module's own objects, not zod's copies: their functions keep their `this`.
	return {ok: true, plugin: exported as Plugin};
}

export {firstIssue};
