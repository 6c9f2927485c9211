import {z} from 'zod';
import {isGroupDimension} from './query.js';

/** Who answers chat questions: a local Ollama, a remote OpenAI-compatible endpoint, or the offline parser. */
export const CHAT_PROVIDERS = ['ollama', 'openai', 'offline'] as const;

const text = z.string({error: 'expected text'});
const nonEmpty = text.min(1, 'expected text, not empty');
const filled = text.trim().min(1, 'expected text, not empty');

/**
 * The stored shape of each key the app reads: the settings loader ignores a
 * file that breaks one (and says so), `aws-cost config validate` lists them.
 */
export const SETTINGS_SHAPES = {
	theme: text,
	defaultProfile: text,
	drillPath: z.array(text, {error: 'expected a list of dimensions'}).min(1, 'expected at least one dimension').max(14, 'expected at most 14 dimensions'),
	keyBindings: z.record(text, z.array(text, {error: 'expected a list of keys, e.g. ["q", "ctrl+q"]'}), {error: 'expected an object of command: [keys]'}),
	chartSeries: z.number({error: 'expected a whole number from 0 to 10'}).int('expected a whole number from 0 to 10').min(0, 'expected a whole number from 0 to 10').max(10, 'expected a whole number from 0 to 10'),
	exportDir: text,
	provider: z.enum(CHAT_PROVIDERS, {error: `expected one of ${CHAT_PROVIDERS.join(', ')}`}),
	model: nonEmpty,
	ollamaHost: nonEmpty,
	openaiBaseUrl: nonEmpty,
	defaultSource: nonEmpty,
	athenaWorkgroup: nonEmpty,
	athenaOutput: nonEmpty,
	timeout: z.number({error: 'expected seconds, a number'}).gt(0, 'expected seconds above 0').max(3600, 'expected at most 3600 seconds'),
	mcpMaxRequests: z.number({error: 'expected a whole number'}).int('expected a whole number').min(0, 'expected 0 or more'),
} as const;

export type SettingsKey = keyof typeof SETTINGS_SHAPES;

/** The first key whose stored value breaks its shape, as "drillPath has the wrong type or range"; undefined when all fit. */
export function settingsShapeProblem(raw: Readonly<Record<string, unknown>>): string | undefined {
	for (const [key, shape] of Object.entries(SETTINGS_SHAPES)) {
		if (raw[key] !== undefined && !shape.safeParse(raw[key]).success) return `${key} has the wrong type or range`;
	}
	return undefined;
}

const dimension = text.refine(isGroupDimension, {error: 'expected a dimension: SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE, …'});

const budget = z.object(
	{
		name: z.string({error: 'expected a name'}).trim().min(1, 'expected a name'),
		monthlyAmount: z.number({error: 'expected a positive amount of dollars'}).positive('expected a positive amount of dollars'),
		scope: z
			.strictObject(
				{
					account: text.regex(/^\d{12}$/, 'expected a 12-digit AWS account id').optional(),
					service: filled.optional(),
					tag: z.strictObject({key: filled, value: text}, {error: 'expected {"key": …, "value": …}'}).optional(),
				},
				{error: 'expected an object with account, service or tag'},
			)
			.optional(),
	},
	{error: 'expected a budget: {"name", "monthlyAmount", "scope"}'},
);

const budgets = z.array(budget, {error: 'expected a list of budgets'}).superRefine((list, context) => {
	const seen = new Set<string>();
	if (!Array.isArray(list)) return;
	(list as readonly unknown[]).forEach((entry, index) => {
		const name = typeof entry === 'object' && entry !== null ? (entry as {name?: unknown}).name : undefined;
		if (typeof name !== 'string') return;
		const key = name.trim().toLowerCase();
		if (seen.has(key)) context.addIssue({code: 'custom', path: [index, 'name'], message: `"${name}" is used twice: budget names must differ`});
		seen.add(key);
	});
	// Checked even when another budget is wrong, so one run lists every problem.
}, {when: () => true});

const apiTokens = z.array(
	z.strictObject(
		{
			name: text.regex(/^[A-Za-z0-9_.-]{1,64}$/, 'expected 1-64 letters, digits, "_", "." or "-"'),
			scopes: z.array(z.enum(['read', 'ask', 'admin'], {error: 'expected read, ask or admin'})).min(1, 'expected at least one scope'),
			sha256: text.regex(/^[0-9a-f]{64}$/i, 'expected the secret\'s SHA-256 as 64 hex digits (printf %s "$SECRET" | sha256sum)'),
		},
		{error: 'expected a token: {"name", "scopes", "sha256"}'},
	),
	{error: 'expected a list of tokens'},
);

/** The whole settings file as `aws-cost config validate` checks it: each key's shape, then what it means. */
export const SETTINGS_FILE_SCHEMA = z.object({
	...SETTINGS_SHAPES,
	drillPath: SETTINGS_SHAPES.drillPath.pipe(z.array(dimension)),
	budgets,
	apiTokens,
	metricsOpen: z.boolean({error: 'expected true or false'}),
}).partial();

/** Keys the file may hold that aws-cost reads; `//…` and `$comment` keys are comments. */
export const KNOWN_SETTINGS_KEYS: readonly string[] = Object.keys(SETTINGS_FILE_SCHEMA.shape);

export const isCommentKey = (key: string): boolean => key.startsWith('//') || key === '$comment';
