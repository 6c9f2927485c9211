import Conf from 'conf';
import {type GroupDimension, isGroupDimension} from './query.js';

/** Who answers chat questions: a local Ollama, a remote OpenAI-compatible endpoint, or the offline parser. */
export const CHAT_PROVIDERS = ['ollama', 'openai', 'offline'] as const;
export type ChatProviderSetting = (typeof CHAT_PROVIDERS)[number];
const isChatProvider = (value: unknown): value is ChatProviderSetting => CHAT_PROVIDERS.some(provider => provider === value);

/** What the app remembers between runs. */
export interface Settings {
	/** dark | light | no-color; an unknown name falls back to dark. */
	readonly theme?: string;
	/** The AWS profile to open with when no --profile is given. */
	readonly defaultProfile?: string;
	/** The dimensions Enter walks through, in order. */
	readonly drillPath: readonly GroupDimension[];
	/** Command → key specs, over the defaults ("quit": ["q", "ctrl+q"]). */
	readonly keyBindings: Readonly<Record<string, readonly string[]>>;
	/** How many of the biggest groups the chart draws besides the total. */
	readonly chartSeries: number;
	/** Where `e` writes exports; the current directory when unset. */
	readonly exportDir?: string;
	/** The chat's provider; ollama when unset. */
	readonly provider?: ChatProviderSetting;
	/** The chat model (the picker saves it here); the provider's default when unset. */
	readonly model?: string;
	/** Wins over OLLAMA_HOST. */
	readonly ollamaHost?: string;
	/** Wins over AWS_COST_OPENAI_BASE_URL. */
	readonly openaiBaseUrl?: string;
}

export const DEFAULT_SETTINGS: Settings = {
	drillPath: ['SERVICE', 'USAGE_TYPE', 'REGION', 'LINKED_ACCOUNT'],
	keyBindings: {},
	chartSeries: 5,
};

const schema = {
	theme: {type: 'string'},
	defaultProfile: {type: 'string'},
	drillPath: {type: 'array', items: {type: 'string'}, minItems: 1, maxItems: 14},
	keyBindings: {type: 'object', additionalProperties: {type: 'array', items: {type: 'string', minLength: 1}}},
	chartSeries: {type: 'integer', minimum: 0, maximum: 10},
	exportDir: {type: 'string'},
	provider: {type: 'string', enum: [...CHAT_PROVIDERS]},
	model: {type: 'string', minLength: 1},
	ollamaHost: {type: 'string', minLength: 1},
	openaiBaseUrl: {type: 'string', minLength: 1},
} as const;

export interface LoadedSettings {
	readonly settings: Settings;
	/** One-line reasons some settings were ignored; empty when all were fine. */
	readonly problems: readonly string[];
}

/** Reads and writes the settings file; `cwd` puts it somewhere else (tests). */
export class SettingsStore {
	private readonly conf: Conf<Record<string, unknown>> | undefined;
	private readonly openProblem: string | undefined;

	constructor(options: {cwd?: string} = {}) {
		try {
			this.conf = new Conf<Record<string, unknown>>({
				projectName: 'aws-cost',
				projectSuffix: '',
				...(options.cwd === undefined ? {} : {cwd: options.cwd}),
				schema,
			});
		} catch (error) {
			this.openProblem = `Settings file ignored (${firstLine(error)}): using defaults.`;
		}
	}

	/** Where the settings live, for messages. */
	get path(): string | undefined {
		return this.conf?.path;
	}

	/** The stored settings over the defaults; bad entries are dropped and reported. */
	load(): LoadedSettings {
		if (this.conf === undefined) return {settings: DEFAULT_SETTINGS, problems: [this.openProblem ?? 'Settings unavailable.']};
		return parseSettings(this.conf.store);
	}

	/** Stores the given keys, leaving the others as they were. */
	save(patch: Partial<Settings>): void {
		if (this.conf === undefined) return;
		for (const [key, value] of Object.entries(patch)) {
			if (value === undefined) this.conf.delete(key);
			else this.conf.set(key, value);
		}
	}
}

/** Validates raw stored values into Settings (conf's schema checks types; this checks meaning). */
export function parseSettings(raw: Readonly<Record<string, unknown>>): LoadedSettings {
	const problems: string[] = [];
	const drillPath = Array.isArray(raw['drillPath']) ? (raw['drillPath'] as unknown[]) : undefined;
	const validPath = drillPath?.filter((value): value is GroupDimension => typeof value === 'string' && isGroupDimension(value));
	if (drillPath !== undefined && validPath !== undefined && validPath.length !== drillPath.length) {
		problems.push(`drillPath has unknown dimensions (${drillPath.filter(value => !validPath.includes(value as GroupDimension)).join(', ')}): they are skipped.`);
	}
	if (raw['provider'] !== undefined && !isChatProvider(raw['provider'])) {
		problems.push(`provider "${String(raw['provider'])}" is not one of ${CHAT_PROVIDERS.join(', ')}: using ollama.`);
	}
	const text = (key: string): string | undefined => (typeof raw[key] === 'string' && (raw[key] as string).trim() !== '' ? (raw[key] as string).trim() : undefined);
	const chat = {provider: isChatProvider(raw['provider']) ? raw['provider'] : undefined, model: text('model'), ollamaHost: text('ollamaHost'), openaiBaseUrl: text('openaiBaseUrl')};
	const settings: Settings = {
		...Object.fromEntries(Object.entries(chat).filter(([, value]) => value !== undefined)),
		...(typeof raw['theme'] === 'string' ? {theme: raw['theme']} : {}),
		...(typeof raw['defaultProfile'] === 'string' ? {defaultProfile: raw['defaultProfile']} : {}),
		...(typeof raw['exportDir'] === 'string' ? {exportDir: raw['exportDir']} : {}),
		drillPath: validPath !== undefined && validPath.length > 0 ? [...new Set(validPath)] : DEFAULT_SETTINGS.drillPath,
		keyBindings: isBindings(raw['keyBindings']) ? raw['keyBindings'] : DEFAULT_SETTINGS.keyBindings,
		chartSeries: typeof raw['chartSeries'] === 'number' ? raw['chartSeries'] : DEFAULT_SETTINGS.chartSeries,
	};
	return {settings, problems};
}

function isBindings(value: unknown): value is Record<string, readonly string[]> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	return Object.values(value).every(specs => Array.isArray(specs) && specs.every(spec => typeof spec === 'string'));
}

function firstLine(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return (text.split('\n')[0] ?? '').trim();
}
