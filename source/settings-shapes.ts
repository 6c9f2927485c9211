/*
 * The stored shape of each settings key, as plain predicates: the settings
 * loader is on the app's start-up path and must not load a schema library
 * (zod alone takes longer to import than the first frame may). The validator
 * (settings-schema.ts) builds its zod schema from these same shapes.
 */

/** Who answers chat questions: a local Ollama, a remote OpenAI-compatible endpoint, or the offline parser. */
export const CHAT_PROVIDERS = ['ollama', 'openai', 'offline'] as const;
export type ChatProviderSetting = (typeof CHAT_PROVIDERS)[number];
export const isChatProvider = (value: unknown): value is ChatProviderSetting => CHAT_PROVIDERS.some(provider => provider === value);

/** What a key must hold, and how to say so when it does not. */
export interface KeyShape {
	readonly fits: (value: unknown) => boolean;
	readonly expected: string;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const anyText: KeyShape = {fits: isText, expected: 'expected text'};
const someText: KeyShape = {fits: value => isText(value) && value !== '', expected: 'expected text, not empty'};

/** An object of command: [key specs]. */
export function isBindings(value: unknown): value is Record<string, readonly string[]> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	return Object.values(value).every(specs => Array.isArray(specs) && specs.every(isText));
}

export const SETTINGS_SHAPES = {
	theme: anyText,
	defaultProfile: anyText,
	drillPath: {fits: value => Array.isArray(value) && value.length >= 1 && value.length <= 14 && value.every(isText), expected: 'expected a list of 1 to 14 dimensions'},
	keyBindings: {fits: isBindings, expected: 'expected an object of command: [keys], e.g. {"quit": ["q", "ctrl+q"]}'},
	chartSeries: {fits: value => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10, expected: 'expected a whole number from 0 to 10'},
	exportDir: anyText,
	provider: {fits: isChatProvider, expected: `expected one of ${CHAT_PROVIDERS.join(', ')}`},
	model: someText,
	ollamaHost: someText,
	openaiBaseUrl: someText,
	defaultSource: someText,
	athenaWorkgroup: someText,
	athenaOutput: someText,
	timeout: {fits: value => typeof value === 'number' && value > 0 && value <= 3600, expected: 'expected seconds, above 0 and at most 3600'},
	mcpMaxRequests: {fits: value => Number.isInteger(value) && (value as number) >= 0, expected: 'expected a whole number, 0 or more'},
	plugins: {fits: value => Array.isArray(value) && value.every(item => isText(item) && item.trim() !== ''), expected: 'expected a list of package names or paths'},
	historyRetentionDays: {fits: value => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 36_500, expected: 'expected a whole number of days from 0 (keep all) to 36500'},
} as const satisfies Record<string, KeyShape>;

/** The first key whose stored value breaks its shape, as "drillPath has the wrong type or range"; undefined when all fit. */
export function settingsShapeProblem(raw: Readonly<Record<string, unknown>>): string | undefined {
	for (const [key, shape] of Object.entries(SETTINGS_SHAPES)) {
		if (raw[key] !== undefined && !shape.fits(raw[key])) return `${key} has the wrong type or range`;
	}
	return undefined;
}
