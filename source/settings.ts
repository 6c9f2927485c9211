import {configFilePath, defaultConfigDir, readConfigFile, writeConfigKeys} from './config-file.js';
import {type GroupDimension, isGroupDimension} from './query.js';
import {CHAT_PROVIDERS, type ChatProviderSetting, isBindings, isChatProvider, settingsShapeProblem} from './settings-shapes.js';

export {CHAT_PROVIDERS, type ChatProviderSetting} from './settings-shapes.js';

/** The themes the app ships (themes/). */
export type BuiltinThemeName = 'dark' | 'light' | 'no-color';
/** A registered theme's name: a built-in one or a plugin's (see registerTheme in themes/). */
export type ThemeName = BuiltinThemeName | (string & {});
/** Every registered theme's name, the built-in ones first; `--theme` must name one. */
export const THEME_NAMES: ThemeName[] = ['dark', 'light', 'no-color'];
export const isThemeName = (value: string): value is ThemeName => THEME_NAMES.includes(value);

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
	/** The source to open with when none is named: "demo", "aws", "parquet:GLOB" or "athena:DB.TABLE". */
	readonly defaultSource?: string;
	/** For an athena: default source, its workgroup and results location. */
	readonly athenaWorkgroup?: string;
	readonly athenaOutput?: string;
	/** Seconds any one network request may take (AWS, Ollama, remote model); `--timeout` and AWS_COST_TIMEOUT win. */
	readonly timeout?: number;
	/** Billable requests one `aws-cost mcp` session may make; `--max-requests` wins. */
	readonly mcpMaxRequests?: number;
	/** Plugins to load when a command needs one: package names, or paths relative to the settings file. */
	readonly plugins?: readonly string[];
	/** Days the query history keeps (pruned at start); 90 when unset, 0 keeps everything. */
	readonly historyRetentionDays?: number;
}

export const DEFAULT_SETTINGS: Settings = {
	drillPath: ['SERVICE', 'USAGE_TYPE', 'REGION', 'LINKED_ACCOUNT'],
	keyBindings: {},
	chartSeries: 5,
};

export interface LoadedSettings {
	readonly settings: Settings;
	/** One-line reasons some settings were ignored; empty when all were fine. */
	readonly problems: readonly string[];
}

/**
 * Reads and writes the settings file (conf's `config.json`); `cwd` puts it
 * somewhere else (tests). Reading is a plain file read so start-up stays fast;
 * writing goes through conf.
 */
export class SettingsStore {
	readonly directory: string;

	constructor(options: {cwd?: string} = {}) {
		this.directory = options.cwd ?? defaultConfigDir();
	}

	/** Where the settings live, for messages. */
	get path(): string {
		return configFilePath(this.directory);
	}

	/** The stored settings over the defaults; bad entries are dropped and reported. */
	load(): LoadedSettings {
		const read = readConfigFile(this.directory);
		// A file that breaks one key's stored shape (settings-schema.ts) is ignored as a whole.
		const problem = read.ok ? settingsShapeProblem(read.values) : read.problem;
		if (problem !== undefined || !read.ok) {
			return {settings: DEFAULT_SETTINGS, problems: [`Settings file ignored (${problem ?? 'unreadable'}): using defaults.`]};
		}
		return parseSettings(read.values);
	}

	/** Stores the given keys, leaving the others as they were; undefined removes a key. */
	save(patch: Partial<Settings>): Promise<void> {
		return writeConfigKeys(this.directory, patch);
	}
}

/** Validates raw stored values into Settings (shapeProblem checks types; this checks meaning). */
export function parseSettings(raw: Readonly<Record<string, unknown>>): LoadedSettings {
	const problems: string[] = [];
	const drillPath = Array.isArray(raw['drillPath']) ? (raw['drillPath'] as unknown[]) : undefined;
	const validPath = drillPath?.filter((value): value is GroupDimension => typeof value === 'string' && isGroupDimension(value));
	if (drillPath !== undefined && validPath !== undefined && validPath.length !== drillPath.length) {
		problems.push(`drillPath has unknown dimensions (${drillPath.filter(value => !validPath.includes(value as GroupDimension)).join(', ')}): they are skipped.`);
	}
	if (typeof raw['theme'] === 'string' && !isThemeName(raw['theme'])) {
		problems.push(`theme "${raw['theme']}" is not one of ${THEME_NAMES.join(', ')}: using dark.`);
	}
	if (raw['provider'] !== undefined && !isChatProvider(raw['provider'])) {
		const given = raw['provider'];
		problems.push(`provider ${typeof given === 'string' ? `"${given}"` : JSON.stringify(given)} is not one of ${CHAT_PROVIDERS.join(', ')}: using ollama.`);
	}
	const text = (key: string): string | undefined => (typeof raw[key] === 'string' && (raw[key] as string).trim() !== '' ? (raw[key] as string).trim() : undefined);
	const chat = {provider: isChatProvider(raw['provider']) ? raw['provider'] : undefined, model: text('model'), ollamaHost: text('ollamaHost'), openaiBaseUrl: text('openaiBaseUrl')};
	const settings: Settings = {
		...Object.fromEntries(Object.entries(chat).filter(([, value]) => value !== undefined)),
		...(typeof raw['theme'] === 'string' ? {theme: raw['theme']} : {}),
		...(typeof raw['defaultProfile'] === 'string' ? {defaultProfile: raw['defaultProfile']} : {}),
		...(typeof raw['exportDir'] === 'string' ? {exportDir: raw['exportDir']} : {}),
		...(typeof raw['timeout'] === 'number' ? {timeout: raw['timeout']} : {}),
		...(typeof raw['mcpMaxRequests'] === 'number' ? {mcpMaxRequests: raw['mcpMaxRequests']} : {}),
		...(Array.isArray(raw['plugins']) ? {plugins: (raw['plugins'] as string[]).map(specifier => specifier.trim())} : {}),
		...(typeof raw['historyRetentionDays'] === 'number' ? {historyRetentionDays: raw['historyRetentionDays']} : {}),

		...Object.fromEntries((['defaultSource', 'athenaWorkgroup', 'athenaOutput'] as const).flatMap(key => (text(key) === undefined ? [] : [[key, text(key)]]))),
		drillPath: validPath !== undefined && validPath.length > 0 ? [...new Set(validPath)] : DEFAULT_SETTINGS.drillPath,
		keyBindings: isBindings(raw['keyBindings']) ? raw['keyBindings'] : DEFAULT_SETTINGS.keyBindings,
		chartSeries: typeof raw['chartSeries'] === 'number' ? raw['chartSeries'] : DEFAULT_SETTINGS.chartSeries,
	};
	return {settings, problems};
}
